package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.control.RowMapping;
import de.kundenstimme.customer.control.SourceRow;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.ImportRun;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Maps a row through the source's field mapping; a malformed row travels on with its reason. */
@Dependent
@Named
public class SourceRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String runId;

    @PersistenceContext
    EntityManager em;

    private RowMapping mapping;

    @Override
    public Object processItem(Object item) {
        SourceRow row = (SourceRow) item;
        if (row.problem() != null) {
            return new ImportItem(row, null);
        }
        if (mapping == null) {
            CustomerSource source = em.find(ImportRun.class, Long.valueOf(runId)).getSource();
            mapping = new RowMapping(source.mapping(), source.getNameLayout(), source.getStreetLayout());
        }
        return new ImportItem(row, mapping.map(row.values()));
    }
}
