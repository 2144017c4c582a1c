package de.kundenstimme.customer.control;

/** Two source identities in no particular order: (a, b) equals (b, a). */
public record IdentityPair(long first, long second) {

    public IdentityPair {
        if (first > second) {
            long swap = first;
            first = second;
            second = swap;
        }
    }
}
