package de.kundenstimme.complaint.boundary;

import jakarta.ws.rs.WebApplicationException;

/** 428: a change without If-Match is refused, since the client cannot prove what it saw. */
public class PreconditionRequired extends WebApplicationException {

    public PreconditionRequired() {
        super(428);
    }
}
