-- Gap-free case numbers per year: the row is locked and incremented in the capturing transaction.
CREATE TABLE case_number_sequence (
    year       INT PRIMARY KEY,
    last_value BIGINT NOT NULL
) ENGINE=InnoDB;

CREATE TABLE complaint (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number           VARCHAR(14)   NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    social_network        VARCHAR(20),
    received_at           DATETIME(6)   NOT NULL,
    customer_id           BIGINT        NOT NULL,
    category_id           BIGINT        NOT NULL,
    product_id            BIGINT,
    priority              VARCHAR(10)   NOT NULL,
    subject               VARCHAR(200)  NOT NULL,
    verbatim              TEXT          NOT NULL,
    desired_outcome       TEXT,
    agreed_solution       TEXT,
    status                VARCHAR(30)   NOT NULL,
    escalation_level      TINYINT       NOT NULL DEFAULT 0,
    department_id         BIGINT        NOT NULL,
    owner_id              BIGINT,
    acknowledgement_due   DATE          NOT NULL,
    resolution_due        DATE          NOT NULL,
    acknowledged_at       DATETIME(6),
    resolved_at           DATETIME(6),
    closed_at             DATETIME(6),
    rejection_reason      TEXT,
    final_answer_given_at DATETIME(6),
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(60)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_complaint_case_number UNIQUE (case_number),
    CONSTRAINT fk_complaint_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_complaint_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_complaint_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_complaint_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_complaint_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    -- The list pages: newest first within a department, an owner or a state.
    INDEX ix_complaint_department_received (department_id, received_at, id),
    INDEX ix_complaint_department_status_received (department_id, status, received_at, id),
    INDEX ix_complaint_owner_status_received (owner_id, status, received_at, id),
    -- The overdue list and the deadline sweep.
    INDEX ix_complaint_status_resolution_due (status, resolution_due),
    INDEX ix_complaint_status_acknowledgement_due (status, acknowledgement_due),
    INDEX ix_complaint_customer (customer_id, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE resolution_step (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id              BIGINT       NOT NULL,
    description               VARCHAR(500) NOT NULL,
    responsible_user_id       BIGINT,
    responsible_department_id BIGINT,
    due_date                  DATE,
    state                     VARCHAR(12)  NOT NULL,
    result                    TEXT,
    created_at                DATETIME(6)  NOT NULL,
    created_by                VARCHAR(60)  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_step_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_step_user FOREIGN KEY (responsible_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_step_department FOREIGN KEY (responsible_department_id) REFERENCES department (id),
    INDEX ix_step_complaint (complaint_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notes and the communication timeline of a case.
CREATE TABLE complaint_note (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    text         TEXT        NOT NULL,
    author       VARCHAR(60) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_note_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_note_complaint (complaint_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of a case: who, when, what (field, old value, new value).
CREATE TABLE complaint_history (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT       NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    action       VARCHAR(30)  NOT NULL,
    field        VARCHAR(40),
    old_value    TEXT,
    new_value    TEXT,
    CONSTRAINT fk_history_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_history_complaint (complaint_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
