package de.kundenstimme.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A row an import could not take, kept with its text and the reason. */
@Entity
@Table(name = "import_rejection")
@NamedQuery(name = ImportRejection.OF_RUN,
        query = "select r from ImportRejection r where r.runId = :run order by r.lineNumber")
public class ImportRejection {

    public static final String OF_RUN = "ImportRejection.ofRun";
    private static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "run_id")
    private long runId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "row_text")
    private String rowText;
    private String reason;

    protected ImportRejection() {
    }

    public ImportRejection(long runId, int lineNumber, String rowText, String reason) {
        this.runId = runId;
        this.lineNumber = lineNumber;
        this.rowText = rowText.length() <= MAX_TEXT ? rowText : rowText.substring(0, MAX_TEXT);
        this.reason = reason;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getRowText() {
        return rowText;
    }

    public String getReason() {
        return reason;
    }
}
