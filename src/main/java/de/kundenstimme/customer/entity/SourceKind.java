package de.kundenstimme.customer.entity;

/** How a department's records reach us. */
public enum SourceKind {
    /** A CSV or Excel file an admin uploads. */
    UPLOAD,
    /** A read-only query against the department's database. */
    SQL,
    /** The department's system sends JSON to our endpoint. */
    PUSH
}
