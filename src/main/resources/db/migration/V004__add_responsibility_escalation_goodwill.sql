-- Responsibility: the head of a department receives level-2 escalations; categories route by
-- their default owner or round-robin among the department's handlers.
ALTER TABLE department ADD COLUMN head_id BIGINT NULL,
    ADD CONSTRAINT fk_department_head FOREIGN KEY (head_id) REFERENCES app_user (id);
ALTER TABLE category ADD COLUMN routing VARCHAR(20) NOT NULL DEFAULT 'DEFAULT_OWNER';

-- A handler's absence: while it lasts, new cases go to the deputy, who also sees the open cases.
CREATE TABLE absence (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    deputy_id  BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    starts_on  DATE        NOT NULL,
    ends_on    DATE        NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_absence_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_absence_deputy FOREIGN KEY (deputy_id) REFERENCES app_user (id),
    INDEX ix_absence_user_period (user_id, starts_on, ends_on),
    INDEX ix_absence_deputy_period (deputy_id, starts_on, ends_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Special cases flagged on the complaint; time spent waiting for the customer pauses the deadline.
ALTER TABLE complaint
    ADD COLUMN addressed_to_board BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN legal_threat BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN public_threat BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN waiting_since DATETIME(6) NULL,
    ADD INDEX ix_complaint_status_escalation (status, escalation_level);

-- One row per escalation; the unique key makes a second sweep over the same deadline a no-op.
CREATE TABLE escalation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id  BIGINT       NOT NULL,
    level         TINYINT      NOT NULL,
    deadline_kind VARCHAR(20)  NOT NULL,
    deadline_date DATE         NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    escalated_at  DATETIME(6)  NOT NULL,
    escalated_by  VARCHAR(60)  NOT NULL,
    cleared_at    DATETIME(6),
    cleared_by    VARCHAR(60),
    clear_reason  VARCHAR(2000),
    CONSTRAINT fk_escalation_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT uk_escalation_once UNIQUE (complaint_id, level, deadline_kind, deadline_date),
    INDEX ix_escalation_open (cleared_at, escalated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every e-mail sent about a deadline, so a restart or second sweep never sends it twice.
CREATE TABLE deadline_notification (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id  BIGINT      NOT NULL,
    recipient_id  BIGINT      NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    deadline_date DATE        NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_notification_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id),
    CONSTRAINT uk_notification_once UNIQUE (complaint_id, recipient_id, kind, deadline_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Goodwill (Kulanz) in EUR with cents: DECIMAL, never floating point.
CREATE TABLE goodwill (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id    BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    amount          DECIMAL(12,2) NOT NULL,
    description     VARCHAR(500)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    proposed_by     VARCHAR(60)   NOT NULL,
    proposed_at     DATETIME(6)   NOT NULL,
    decided_by      VARCHAR(60),
    decided_at      DATETIME(6),
    decision_reason VARCHAR(2000),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_goodwill_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT ck_goodwill_amount CHECK (amount > 0),
    INDEX ix_goodwill_complaint (complaint_id),
    INDEX ix_goodwill_status (status, proposed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO app_setting (name, value) VALUES
    ('notification.lead-time', '1'),
    ('goodwill.limit.HANDLER', '50.00'),
    ('goodwill.limit.MANAGER', '500.00');
