package de.kundenstimme.reporting.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.reporting.control.Period;
import de.kundenstimme.reporting.control.ReportArchive;
import de.kundenstimme.reporting.control.ReportArchive.Report;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Properties;

/**
 * Leadership reports for executives: request one for any period, watch it run, restart a failed
 * or stopped run, download the archived files. The monthly run is started by {@link ReportSchedule}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LeadershipReports {

    static final String JOB = "leadership-report";
    static final String SYSTEM = "system";
    private static final int SHOWN = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    BusinessTime time;

    @Inject
    ReportArchive archive;

    public Report request(Period period) {
        requireExecutive();
        return start(period, currentUser.username());
    }

    /** The scheduled monthly report; no user behind it. */
    Report requestScheduled(Period period) {
        return start(period, SYSTEM);
    }

    private Report start(Period period, String requestedBy) {
        long id = archive.create(period, time.today(), requestedBy, time.now());
        long execution = operator().start(JOB, parameters(id));
        archive.started(id, execution);
        return archive.find(id).orElseThrow();
    }

    /** Runs a failed or stopped report again from the step where it ended; finished steps are kept. */
    public Report restart(long id) {
        requireExecutive();
        Report report = find(id);
        if (report.status() != ReportArchive.Status.FAILED && report.status() != ReportArchive.Status.STOPPED) {
            throw new InvalidInput("status", "reporting.report.notRestartable");
        }
        long execution;
        try {
            execution = operator().restart(report.executionId(), parameters(id));
        } catch (NoSuchJobExecutionException forgotten) {
            // The server was restarted and its job repository forgot the run: the same inputs give the same report.
            execution = operator().start(JOB, parameters(id));
        }
        archive.started(id, execution);
        return archive.find(id).orElseThrow();
    }

    /** Stops a running report; it can be restarted later. */
    public Report stop(long id) {
        requireExecutive();
        Report report = find(id);
        if (report.status() != ReportArchive.Status.RUNNING || report.executionId() == null) {
            throw new InvalidInput("status", "reporting.report.notRunning");
        }
        operator().stop(report.executionId());
        return archive.find(id).orElseThrow();
    }

    public List<Report> recent() {
        requireExecutive();
        return archive.recent(SHOWN);
    }

    public Report find(long id) {
        requireExecutive();
        return archive.find(id).orElseThrow(() -> new InvalidInput("id", "reporting.report.unknown"));
    }

    /** The archived PDF or XLSX, or null while the run has not written it. */
    public byte[] file(long id, String kind) {
        find(id);
        return archive.file(id, kind).orElse(null);
    }

    private void requireExecutive() {
        if (!currentUser.is(Role.EXECUTIVE)) {
            throw new AccessDenied("reporting.report.executivesOnly");
        }
    }

    static Properties parameters(long id) {
        Properties parameters = new Properties();
        parameters.setProperty("reportId", Long.toString(id));
        return parameters;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
