package de.kundenstimme.complaint.boundary;

/** The caller's role does not allow this action; checked on the server, whatever the page showed. */
public class NotPermitted extends RuntimeException {

    public NotPermitted() {
        super("Not permitted for this role");
    }
}
