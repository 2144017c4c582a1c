package de.kundenstimme.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One import of a source's records, with what became of its rows. */
@Entity
@Table(name = "import_run")
@NamedQuery(name = ImportRun.RECENT, query = "select r from ImportRun r join fetch r.source order by r.startedAt desc, r.id desc")
public class ImportRun {

    public static final String RECENT = "ImportRun.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private CustomerSource source;
    @Column(name = "execution_id")
    private Long executionId;
    @Column(name = "file_name")
    private String fileName;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "total_rows")
    private Integer totalRows;
    @Column(name = "read_count")
    private int readCount;
    @Column(name = "new_count")
    private int newCount;
    @Column(name = "changed_count")
    private int changedCount;
    @Column(name = "unchanged_count")
    private int unchangedCount;
    @Column(name = "rejected_count")
    private int rejectedCount;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportRun() {
    }

    public ImportRun(CustomerSource source, String fileName, Integer totalRows, Instant startedAt) {
        this.source = source;
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.startedAt = startedAt;
        this.status = Status.RUNNING;
    }

    public void count(int read, int added, int changed, int unchanged, int rejected) {
        readCount += read;
        newCount += added;
        changedCount += changed;
        unchangedCount += unchanged;
        rejectedCount += rejected;
    }

    public void finish(Status status, Instant at) {
        this.status = status;
        this.finishedAt = at;
    }

    /** Done share in percent for the progress bar; unknown totals show 0 until finished. */
    public int getProgress() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        return totalRows == null || totalRows == 0 ? 0 : Math.min(99, readCount * 100 / totalRows);
    }

    public Long getId() {
        return id;
    }

    public CustomerSource getSource() {
        return source;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public void setExecutionId(Long executionId) {
        this.executionId = executionId;
    }

    public String getFileName() {
        return fileName;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Integer getTotalRows() {
        return totalRows;
    }

    public int getReadCount() {
        return readCount;
    }

    public int getNewCount() {
        return newCount;
    }

    public int getChangedCount() {
        return changedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public int getRejectedCount() {
        return rejectedCount;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public enum Status { RUNNING, COMPLETED, FAILED, STOPPED }
}
