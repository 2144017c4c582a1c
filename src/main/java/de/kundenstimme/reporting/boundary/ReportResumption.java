package de.kundenstimme.reporting.boundary;

import de.kundenstimme.reporting.control.ReportArchive;
import de.kundenstimme.reporting.control.ReportArchive.Report;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
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
 * When the application starts, the leadership reports a crash interrupted go on: a running one
 * from the step it was in (the steps it finished are kept), one that was only requested from the
 * start. Nothing of this server can have begun a report yet.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportResumption {

    private static final Logger LOG = Logger.getLogger(ReportResumption.class.getName());

    @Inject
    ReportArchive archive;

    @PostConstruct
    void resumeInterrupted() {
        JobOperator operator = BatchRuntime.getJobOperator();
        for (Report report : archive.interrupted()) {
            try {
                archive.started(report.id(), resume(operator, report));
                LOG.info(() -> "Resumed the interrupted leadership report " + report.id());
            } catch (BatchRuntimeException notRestartable) {
                LOG.log(Level.WARNING, notRestartable, () -> "The interrupted leadership report " + report.id()
                        + " cannot be resumed; it is marked failed and can be restarted");
                archive.status(report.id(), ReportArchive.Status.FAILED);
            }
        }
    }

    private static long resume(JobOperator operator, Report report) {
        if (report.executionId() == null) {
            return operator.start(LeadershipReports.JOB, LeadershipReports.parameters(report.id()));
        }
        Properties parameters = LeadershipReports.parameters(report.id());
        // The crashed execution still says STARTED, which JBeret restarts only when forced.
        parameters.setProperty("jberet.restart.mode", "force");
        try {
            return operator.restart(report.executionId(), parameters);
        } catch (NoSuchJobExecutionException forgotten) {
            // Started while the job repository was kept in memory: the same inputs give the same report.
            return operator.start(LeadershipReports.JOB, LeadershipReports.parameters(report.id()));
        }
    }
}
