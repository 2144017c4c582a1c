package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.ImportRejection;
import de.kundenstimme.customer.entity.ImportRun;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** The record of imports; a run is committed before its job starts, so the job finds it. */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class ImportRuns {

    private static final int RECENT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessTime time;

    ImportRun create(long sourceId, SourceKind kind, String fileName, Integer totalRows) {
        CustomerSource source = em.find(CustomerSource.class, sourceId);
        if (source == null || source.getKind() != kind) {
            throw new InvalidInput("source", "customer.imports.source.wrongKind");
        }
        ImportRun run = new ImportRun(source, fileName, totalRows, time.now());
        em.persist(run);
        return run;
    }

    /** Running again from now on, so nobody reads the old failure while the restart gets going. */
    void restarting(long runId) {
        em.find(ImportRun.class, runId).setStatus(ImportRun.Status.RUNNING);
    }

    /** Runs whose job had begun when the server went down: they still say running. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<ImportRun> interrupted() {
        return em.createQuery("select r from ImportRun r where r.status = :running and r.executionId is not null",
                ImportRun.class).setParameter("running", ImportRun.Status.RUNNING).getResultList();
    }

    void failed(long runId) {
        em.find(ImportRun.class, runId).finish(ImportRun.Status.FAILED, time.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ImportRun find(long runId) {
        return em.find(ImportRun.class, runId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<ImportRun> recent() {
        return em.createNamedQuery(ImportRun.RECENT, ImportRun.class).setMaxResults(RECENT).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<ImportRejection> rejections(long runId) {
        return em.createNamedQuery(ImportRejection.OF_RUN, ImportRejection.class).setParameter("run", runId)
                .getResultList();
    }
}
