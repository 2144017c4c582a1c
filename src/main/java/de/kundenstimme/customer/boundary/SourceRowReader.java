package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.control.DatabaseQuery;
import de.kundenstimme.customer.control.DelimitedText;
import de.kundenstimme.customer.control.SourceRows;
import de.kundenstimme.customer.control.Spreadsheet;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.ImportRun;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the rows of the run's source; the checkpoint is the last line taken, so a restart goes on after it. */
@Dependent
@Named
public class SourceRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String file;

    @PersistenceContext
    EntityManager em;

    private SourceRows rows;
    private int lastLine;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        CustomerSource source = em.find(ImportRun.class, Long.valueOf(runId)).getSource();
        rows = switch (source.getKind()) {
            case SQL -> DatabaseQuery.open(source.getJdbcUrl(), source.getJdbcUser(), source.getJdbcPassword(),
                    source.getSqlQuery());
            case UPLOAD -> file.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? Spreadsheet.open(Path.of(file)) : DelimitedText.open(Path.of(file));
            case PUSH, CAPTURE -> throw new IllegalStateException("A " + source.getKind() + " source's records are not read");
        };
        int restartAfter = checkpoint == null ? 0 : (Integer) checkpoint;
        while (lastLine < restartAfter && rows.hasNext()) {
            lastLine = rows.next().line();
        }
    }

    @Override
    public Object readItem() {
        if (!rows.hasNext()) {
            return null;
        }
        var row = rows.next();
        lastLine = row.line();
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
