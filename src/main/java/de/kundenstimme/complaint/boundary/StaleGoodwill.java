package de.kundenstimme.complaint.boundary;

/** Someone decided or changed the goodwill since the caller loaded it; their decision stands. */
public class StaleGoodwill extends RuntimeException {

    private final long currentVersion;

    public StaleGoodwill(long goodwillId, long currentVersion) {
        super("Goodwill " + goodwillId + " was changed by someone else");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
