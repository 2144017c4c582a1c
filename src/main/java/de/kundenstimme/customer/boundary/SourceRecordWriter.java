package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.ImportRejection;
import de.kundenstimme.customer.entity.ImportRun;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Stores a chunk in the chunk's transaction: source records created or updated by the source's
 * customer number, rejected rows with their reason, and the run's counts. A chunk is all or
 * nothing, so a restart from the checkpoint neither loses nor doubles a row.
 */
@Dependent
@Named
public class SourceRecordWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String runId;

    @PersistenceContext
    EntityManager em;

    @Inject
    SourceRecords sourceRecords;

    @Inject
    BusinessTime time;

    @Override
    public void writeItems(List<Object> items) {
        ImportRun run = em.find(ImportRun.class, Long.valueOf(runId));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int rejected = 0;
        for (Object object : items) {
            ImportItem item = (ImportItem) object;
            if (item.rejection() != null) {
                em.persist(new ImportRejection(run.getId(), item.row().line(), item.row().text(), item.rejection()));
                rejected++;
                continue;
            }
            switch (sourceRecords.store(run.getSource(), item.mapped().sourceKey(), item.mapped().fields(), time.now())) {
                case NEW -> added++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
        }
        run.count(items.size(), added, changed, unchanged, rejected);
    }
}
