package de.kundenstimme.complaint.boundary;

/** No goodwill with this id on this case. */
public class GoodwillNotFound extends RuntimeException {

    public GoodwillNotFound(String caseNumber, long goodwillId) {
        super("No goodwill " + goodwillId + " on case " + caseNumber);
    }
}
