package de.kundenstimme.customer.control;

/** Two source identities and their match score. */
public record ScoredPair(long first, long second, double score) {

    public IdentityPair pair() {
        return new IdentityPair(first, second);
    }
}
