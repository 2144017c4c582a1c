-- Data protection (DSGVO): when a customer or a case was anonymised, and the audit of every erasure.
ALTER TABLE customer ADD COLUMN anonymised_at DATETIME(6) NULL;
ALTER TABLE complaint ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_complaint_retention (status, anonymised_at, closed_at);

-- Who erased what, when and why: the customer's request (Art. 17) or the retention period.
CREATE TABLE personal_data_erasure (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT        NULL,
    complaint_id BIGINT        NULL,
    cause        VARCHAR(20)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    erased_by    VARCHAR(60)   NOT NULL,
    erased_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_erasure_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_erasure_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_erasure_customer (customer_id, erased_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The archived PDF of a sent letter still never changes, with one sanctioned exception: its
-- anonymisation, once. Then the PDF is replaced by a tombstone (a PDF saying when and why it was
-- erased) and anonymised_at is set; the SHA-256 of the original, the channel, the sender and the
-- dates stay as proof that and when it was sent. Deleting stays refused, so the case keeps the
-- record of its letters. A tombstone rather than an edited PDF, because a sent letter cannot be
-- "corrected" honestly: what remains should say that it was erased, not pretend another text.
ALTER TABLE letter_archive ADD COLUMN anonymised_at DATETIME(6) NULL;

DROP TRIGGER letter_archive_no_update;

DELIMITER $$
CREATE TRIGGER letter_archive_no_update BEFORE UPDATE ON letter_archive FOR EACH ROW
BEGIN
    IF OLD.anonymised_at IS NOT NULL OR NEW.anonymised_at IS NULL
            OR NEW.id <> OLD.id OR NEW.letter_id <> OLD.letter_id OR NEW.complaint_id <> OLD.complaint_id
            OR NEW.sha256 <> OLD.sha256 OR NEW.channel <> OLD.channel OR NEW.sent_at <> OLD.sent_at
            OR NEW.sent_by <> OLD.sent_by THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An archived letter never changes';
    END IF;
END$$
DELIMITER ;
