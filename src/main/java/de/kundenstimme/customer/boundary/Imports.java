package de.kundenstimme.customer.boundary;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.administration.control.CurrentUser;
import de.kundenstimme.administration.entity.Role;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.ImportRejection;
import de.kundenstimme.customer.entity.ImportRun;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.platform.control.InvalidInput;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Starts imports of a source's records as the batch job {@code customer-import} and shows how
 * they went. Uploaded files are kept under the server's data directory until re-imported.
 */
@ApplicationScoped
public class Imports {

    static final String JOB = "customer-import";
    /** Excel and CSV files of a department are far below this; anything larger is refused. */
    static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
    /** The file name as the run keeps it (import_run.file_name). */
    private static final int MAX_FILE_NAME = 255;

    @Inject
    ImportRuns runs;

    @Inject
    CurrentUser currentUser;

    /** Takes an uploaded CSV or XLSX file for an upload source and starts its import. */
    public ImportRun upload(long sourceId, String fileName, byte[] content) {
        requireAdmin();
        // The name without a path, which a browser may send with either kind of separator.
        String name = fileName == null ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (name.length() > MAX_FILE_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("file", "customer.imports.file.name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".txt") && !lower.endsWith(".xlsx")) {
            throw new InvalidInput("file", "customer.imports.file.type");
        }
        if (content == null || content.length == 0 || content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInput("file", "customer.imports.file.size");
        }
        Path file;
        try {
            Path directory = Files.createDirectories(uploadDirectory());
            file = Files.createTempFile(directory, "import-", lower.endsWith(".xlsx") ? ".xlsx" : ".csv");
            Files.write(file, content);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Integer total = lower.endsWith(".xlsx") ? null : lines(content) - 1;
        ImportRun run = runs.create(sourceId, SourceKind.UPLOAD, name, total);
        return start(run, file.toString());
    }

    /** Starts reading an SQL source's query. */
    public ImportRun query(long sourceId) {
        requireAdmin();
        return start(runs.create(sourceId, SourceKind.SQL, null, null), "");
    }

    /** Restarts a stopped or failed import from its last checkpoint. */
    public void restart(long runId) {
        requireAdmin();
        ImportRun run = runs.find(runId);
        if (run == null || run.getExecutionId() == null || run.getStatus() == ImportRun.Status.COMPLETED
                || run.getStatus() == ImportRun.Status.RUNNING) {
            throw new InvalidInput("run", "customer.imports.restart.notPossible");
        }
        runs.restarting(runId);
        JobOperator operator = BatchRuntime.getJobOperator();
        operator.restart(run.getExecutionId(), operator.getParameters(run.getExecutionId()));
    }

    public ImportRun run(long runId) {
        requireAdmin();
        return runs.find(runId);
    }

    public List<ImportRun> recent() {
        requireAdmin();
        return runs.recent();
    }

    public List<ImportRejection> rejections(long runId) {
        requireAdmin();
        return runs.rejections(runId);
    }

    private ImportRun start(ImportRun run, String file) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(run.getId()));
        parameters.setProperty("file", file);
        BatchRuntime.getJobOperator().start(JOB, parameters);
        return run;
    }

    private static int lines(byte[] content) {
        int lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        return content[content.length - 1] == '\n' ? lines : lines + 1;
    }

    private static Path uploadDirectory() {
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "customer-imports");
    }

    private void requireAdmin() {
        if (!currentUser.is(Role.ADMIN)) {
            throw new AccessDenied("administration.adminOnly");
        }
    }
}
