package de.kundenstimme.intake.boundary;

/** A webhook call whose nonce was seen before: a recording played again, refused. */
public class Replayed extends RuntimeException {

    public Replayed() {
        super("nonce already used");
    }
}
