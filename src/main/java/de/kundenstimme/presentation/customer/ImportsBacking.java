package de.kundenstimme.presentation.customer;

import de.kundenstimme.administration.control.AccessDenied;
import de.kundenstimme.customer.boundary.CustomerSources;
import de.kundenstimme.customer.boundary.Imports;
import de.kundenstimme.customer.entity.CustomerSource;
import de.kundenstimme.customer.entity.ImportRejection;
import de.kundenstimme.customer.entity.ImportRun;
import de.kundenstimme.customer.entity.SourceKind;
import de.kundenstimme.platform.control.InvalidInput;
import de.kundenstimme.presentation.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/** The admin's import page: upload a file or run a source's query, watch progress and counts, see rejected rows. */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Imports imports;

    @Inject
    CustomerSources sources;

    @Inject
    FacesMessages messages;

    private Long sourceId;
    private transient UploadedFile file;
    private Long shownRunId;

    public List<CustomerSource> getSources() {
        return sources.all().stream().filter(s -> s.getKind() == SourceKind.UPLOAD || s.getKind() == SourceKind.SQL).toList();
    }

    public List<ImportRun> getRuns() {
        return imports.recent();
    }

    public boolean isAnyRunning() {
        return getRuns().stream().anyMatch(run -> run.getStatus() == ImportRun.Status.RUNNING);
    }

    public List<ImportRejection> getRejections() {
        return shownRunId == null ? List.of() : imports.rejections(shownRunId);
    }

    public void start() {
        try {
            CustomerSource source = sourceId == null ? null : sources.find(sourceId);
            if (source == null) {
                throw new InvalidInput("source", "customer.sources.unknown");
            }
            ImportRun run = source.getKind() == SourceKind.SQL ? imports.query(sourceId)
                    : imports.upload(sourceId, file == null ? null : file.getFileName(),
                    file == null ? null : file.getContent());
            shownRunId = run.getId();
            messages.info("customer.imports.started");
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, "imports");
        } catch (AccessDenied denied) {
            messages.error(denied.getMessageKey());
        }
    }

    public void restart(long runId) {
        try {
            imports.restart(runId);
            shownRunId = runId;
        } catch (InvalidInput invalid) {
            messages.invalid(invalid, "imports");
        }
    }

    public void show(long runId) {
        shownRunId = runId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getShownRunId() {
        return shownRunId;
    }
}
