package de.kundenstimme.customer.control;

import java.util.Iterator;

/** The rows of one source in order: a file or a query result. Closing releases the file or connection. */
public interface SourceRows extends Iterator<SourceRow>, AutoCloseable {

    @Override
    void close();
}
