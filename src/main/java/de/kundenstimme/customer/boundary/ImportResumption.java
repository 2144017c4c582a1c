package de.kundenstimme.customer.boundary;

import de.kundenstimme.customer.entity.ImportRun;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the application starts, the customer imports a crash interrupted go on from their last
 * checkpoint: their runs still say running, but no server runs them any more (nothing of this
 * server can have begun an import yet). The job repository is in the database, so it knows the
 * checkpoint. A run that cannot be restarted is marked failed, for an administrator to see.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportResumption {

    private static final Logger LOG = Logger.getLogger(ImportResumption.class.getName());

    @Inject
    ImportRuns runs;

    @PostConstruct
    void resumeInterrupted() {
        JobOperator operator = BatchRuntime.getJobOperator();
        for (ImportRun run : runs.interrupted()) {
            try {
                Properties parameters = operator.getParameters(run.getExecutionId());
                // The crashed execution still says STARTED, which JBeret restarts only when forced.
                parameters.setProperty("jberet.restart.mode", "force");
                operator.restart(run.getExecutionId(), parameters);
                LOG.info(() -> "Resumed the interrupted customer import run " + run.getId());
            } catch (BatchRuntimeException notRestartable) {
                LOG.log(Level.WARNING, notRestartable, () -> "The interrupted customer import run " + run.getId()
                        + " cannot be resumed; it is marked failed");
                runs.failed(run.getId());
            }
        }
    }
}
