package de.kundenstimme.customer.entity;

import java.util.List;

/** How a department's records reach us. */
public enum SourceKind {
    /** A CSV or Excel file an admin uploads. */
    UPLOAD,
    /** A read-only query against the department's database. */
    SQL,
    /** The department's system sends JSON to our endpoint. */
    PUSH,
    /** Built in: the customers handlers capture by hand; there is exactly one such source. */
    CAPTURE;

    /** The kinds an admin can give a source. */
    public static List<SourceKind> definable() {
        return List.of(UPLOAD, SQL, PUSH);
    }
}
