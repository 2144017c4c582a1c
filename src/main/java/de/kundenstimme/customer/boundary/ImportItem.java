package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.control.RowMapping;
import de.kundenstimme.customer.control.SourceRow;

/** A row on its way through the import: as read, and as mapped (or why it was rejected). */
record ImportItem(SourceRow row, RowMapping.MappedRow mapped) {

    String rejection() {
        return row.problem() != null ? row.problem() : mapped.rejection();
    }
}
