-- The satisfaction survey of a closed case: one per case, reached by a token only the customer
-- got by e-mail. Only the token's SHA-256 is kept, so a database reader cannot answer for them.
CREATE TABLE satisfaction_survey (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id   BIGINT       NOT NULL,
    token_hash     CHAR(64)     NOT NULL,
    sent_to        VARCHAR(254) NOT NULL,
    sent_at        DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    answered_at    DATETIME(6),
    satisfaction   TINYINT,
    recommendation TINYINT,
    comment_text   TEXT,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_survey_complaint UNIQUE (complaint_id),
    CONSTRAINT uk_survey_token UNIQUE (token_hash),
    CONSTRAINT fk_survey_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT ck_survey_satisfaction CHECK (satisfaction BETWEEN 1 AND 5),
    CONSTRAINT ck_survey_recommendation CHECK (recommendation BETWEEN 0 AND 10),
    INDEX ix_survey_answered (answered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each e-mail taken from the mailbox, by its Message-ID: written in the transaction that created
-- the case or the timeline entry, so a message seen again after a crash is recognised.
CREATE TABLE intake_message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_key  VARCHAR(255) NOT NULL,
    complaint_id BIGINT       NOT NULL,
    reply        BOOLEAN      NOT NULL,
    processed_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_intake_message_key UNIQUE (message_key),
    CONSTRAINT fk_intake_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files the customer sent with a complaint, kept as received.
CREATE TABLE complaint_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    size_bytes   INT          NOT NULL,
    content      LONGBLOB     NOT NULL,
    received_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_attachment_complaint (complaint_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
