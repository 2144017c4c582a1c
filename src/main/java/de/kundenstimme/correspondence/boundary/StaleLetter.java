package de.kundenstimme.correspondence.boundary;

/** Someone changed the letter since the caller loaded it. */
public class StaleLetter extends RuntimeException {

    public StaleLetter(long letterId) {
        super("Letter " + letterId + " changed meanwhile");
    }
}
