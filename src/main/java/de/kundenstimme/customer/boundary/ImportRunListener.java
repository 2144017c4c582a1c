package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.ImportRun;
import de.kundenstimme.platform.control.BusinessTime;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Marks the run as running when (re)started and records how it ended. */
@Dependent
@Named
public class ImportRunListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessTime time;

    @Override
    @Transactional
    public void beforeJob() {
        ImportRun run = em.find(ImportRun.class, Long.valueOf(runId));
        run.setExecutionId(job.getExecutionId());
        run.setStatus(ImportRun.Status.RUNNING);
    }

    @Override
    @Transactional
    public void afterJob() {
        ImportRun run = em.find(ImportRun.class, Long.valueOf(runId));
        run.finish(outcome(), time.now());
    }

    /** How the job ended, read from its steps: the job's own status is only final after the listeners. */
    private ImportRun.Status outcome() {
        List<BatchStatus> statuses = new ArrayList<>();
        statuses.add(job.getBatchStatus());
        BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId())
                .forEach(step -> statuses.add(step.getBatchStatus()));
        if (statuses.contains(BatchStatus.FAILED) || statuses.contains(BatchStatus.ABANDONED)) {
            return ImportRun.Status.FAILED;
        }
        if (statuses.contains(BatchStatus.STOPPED) || statuses.contains(BatchStatus.STOPPING)) {
            return ImportRun.Status.STOPPED;
        }
        return ImportRun.Status.COMPLETED;
    }
}
