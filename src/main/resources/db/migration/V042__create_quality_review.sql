-- Handhabungs-Monitoring: a manager's review of one closed case of a handler, drawn at random
-- for a month and scored against the checklist. Null checklist items: not scored yet.
CREATE TABLE quality_review (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id       BIGINT       NOT NULL,
    handler_id         BIGINT       NOT NULL,
    review_month       CHAR(7)      NOT NULL,
    drawn_by           VARCHAR(60)  NOT NULL,
    drawn_at           DATETIME(6)  NOT NULL,
    polite             BOOLEAN,
    listened           BOOLEAN,
    customer_involved  BOOLEAN,
    thanks_given       BOOLEAN,
    deadlines_kept     BOOLEAN,
    follow_up_done     BOOLEAN,
    review_comment     TEXT,
    scored_by          VARCHAR(60),
    scored_at          DATETIME(6),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_quality_review_complaint UNIQUE (complaint_id),
    CONSTRAINT fk_quality_review_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_quality_review_handler FOREIGN KEY (handler_id) REFERENCES app_user (id),
    INDEX ix_quality_review_handler (handler_id, review_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
