package de.kundenstimme.complaint.control;

/** The columns the list can be sorted by; every order ends on the id so pages never overlap. */
public enum ComplaintSort {
    RECEIVED_AT("receivedAt"), CASE_NUMBER("caseNumber"), PRIORITY("priority"), STATUS("status"),
    RESOLUTION_DUE("resolutionDue"), SUBJECT("subject");

    private final String attribute;

    ComplaintSort(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
