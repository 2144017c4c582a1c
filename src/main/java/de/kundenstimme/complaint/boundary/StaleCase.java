package de.kundenstimme.complaint.boundary;

/** Someone else changed the case since the caller loaded it; their change is kept, this one refused. */
public class StaleCase extends RuntimeException {

    private final long currentVersion;

    public StaleCase(String caseNumber, long currentVersion) {
        super("Case " + caseNumber + " was changed by someone else");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
