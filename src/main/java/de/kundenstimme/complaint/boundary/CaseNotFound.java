package de.kundenstimme.complaint.boundary;

/** No such case, or one of another department: the caller must not learn which. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String caseNumber) {
        super("No case " + caseNumber);
    }
}
