package de.kundenstimme.customer.control;

import java.util.Set;

/**
 * What people decided in the review queue; the linker follows it on every later run: merged
 * pairs are linked whatever their score, kept-apart pairs never end up in one customer.
 */
public record ReviewDecisions(Set<IdentityPair> merged, Set<IdentityPair> keptApart) {

    public static final ReviewDecisions NONE = new ReviewDecisions(Set.of(), Set.of());

    public ReviewDecisions {
        merged = Set.copyOf(merged);
        keptApart = Set.copyOf(keptApart);
    }
}
