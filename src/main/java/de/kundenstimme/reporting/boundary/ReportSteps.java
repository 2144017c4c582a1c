package de.kundenstimme.reporting.boundary;

import de.kundenstimme.platform.control.BusinessTime;
import de.kundenstimme.platform.control.Mailer;
import de.kundenstimme.platform.control.OutgoingMail;
import de.kundenstimme.reporting.control.ReportArchive;
import de.kundenstimme.reporting.control.ReportContent;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The steps of the job leadership-report (META-INF/batch-jobs/leadership-report.xml): XLSX, PDF,
 * delivery. Each step stores its result before the next begins; a restarted run skips the steps
 * already done and computes the rest from the same inputs, so the report comes out the same.
 */
public final class ReportSteps {

    private ReportSteps() {
    }

    /** A step that makes one file of the report and archives it, moving the progress bar from start to end. */
    abstract static class FileStep extends AbstractBatchlet {

        @Inject
        @BatchProperty
        String reportId;

        @Inject
        ReportArchive archive;

        @Inject
        ReportContent content;

        private final int startPercent;
        private final int endPercent;

        FileStep(int startPercent, int endPercent) {
            this.startPercent = startPercent;
            this.endPercent = endPercent;
        }

        abstract void makeAndStore(ReportArchive.Report report);

        @Override
        public String process() {
            ReportArchive.Report report = archive.find(Long.parseLong(reportId)).orElseThrow();
            archive.progress(report.id(), ReportArchive.Status.RUNNING, startPercent);
            makeAndStore(report);
            archive.progress(report.id(), ReportArchive.Status.RUNNING, endPercent);
            return "STORED";
        }
    }

    /** Computes the figures and archives the workbook. */
    @Named("reportWorkbookStep")
    @Dependent
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public static class WorkbookStep extends FileStep {

        public WorkbookStep() {
            super(10, 45);
        }

        @Override
        void makeAndStore(ReportArchive.Report report) {
            archive.storeWorkbook(report.id(), content.workbook(report));
        }
    }

    /** Writes the PDF with its charts and summary and archives it. */
    @Named("reportDocumentStep")
    @Dependent
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public static class DocumentStep extends FileStep {

        public DocumentStep() {
            super(55, 90);
        }

        @Override
        void makeAndStore(ReportArchive.Report report) {
            archive.storeDocument(report.id(), content.document(report));
        }
    }

    /** Marks the report finished and tells the executives where to download it. */
    @Named("reportDeliveryStep")
    @Dependent
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public static class DeliveryStep extends AbstractBatchlet {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

        @Inject
        @BatchProperty
        String reportId;

        @Inject
        ReportArchive archive;

        @Inject
        ReportContent content;

        @Inject
        Mailer mailer;

        @Inject
        BusinessTime time;

        @Override
        public String process() {
            ReportArchive.Report report = archive.find(Long.parseLong(reportId)).orElseThrow();
            archive.finished(report.id(), time.now());
            String period = DATE.format(report.period().from()) + " bis " + DATE.format(report.period().to());
            String base = Optional.ofNullable(System.getenv("KUNDENSTIMME_BASE_URL"))
                    .orElse("http://localhost:8080/kundenstimme").replaceAll("/$", "");
            StringBuilder body = new StringBuilder("Guten Tag,\n\nder Bericht zum Beschwerdemanagement für den Eingang vom ")
                    .append(period).append(" liegt bereit (PDF und Excel):\n")
                    .append(base).append("/reporting/reports.xhtml\n\nDas Wichtigste:\n");
            content.summary(report, content.figures(report)).forEach(s -> body.append("- ").append(s).append('\n'));
            body.append("\nDiese Nachricht wurde von Kundenstimme erstellt.\n");
            for (String address : archive.executiveAddresses()) {
                mailer.sendAfterCommit(new OutgoingMail(address, "Bericht Beschwerdemanagement " + period, body.toString()));
            }
            return "DELIVERED";
        }
    }

    /** Keeps the archive's status in step with the run: failed and stopped runs show as such and can be restarted. */
    @Named("reportJobListener")
    @Dependent
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public static class JobListener extends AbstractJobListener {

        @Inject
        @BatchProperty
        String reportId;

        @Inject
        JobContext job;

        @Inject
        ReportArchive archive;

        @Override
        public void beforeJob() {
            archive.started(Long.parseLong(reportId), job.getExecutionId());
        }

        @Override
        public void afterJob() {
            BatchStatus status = job.getBatchStatus();
            if (status == BatchStatus.FAILED) {
                archive.status(Long.parseLong(reportId), ReportArchive.Status.FAILED);
            } else if (status == BatchStatus.STOPPED || status == BatchStatus.STOPPING) {
                archive.status(Long.parseLong(reportId), ReportArchive.Status.STOPPED);
            }
        }
    }
}
