-- Customer information: departmental sources, their records, linking decisions and imports.

ALTER TABLE customer
    ADD COLUMN title              VARCHAR(40),
    ADD COLUMN date_of_birth      DATE,
    ADD COLUMN house_number       VARCHAR(20),
    ADD COLUMN address_supplement VARCHAR(160),
    ADD COLUMN country            VARCHAR(60),
    ADD COLUMN merged_into_id     BIGINT,
    ADD CONSTRAINT fk_customer_merged_into FOREIGN KEY (merged_into_id) REFERENCES customer (id);

CREATE TABLE customer_provenance (
    customer_id BIGINT      NOT NULL,
    attribute   VARCHAR(30) NOT NULL,
    source_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (customer_id, attribute),
    CONSTRAINT fk_provenance_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_source (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    department_id BIGINT,
    kind          VARCHAR(10)  NOT NULL,
    trust_rank    INT          NOT NULL,
    field_mapping TEXT         NOT NULL,
    name_layout   VARCHAR(20)  NOT NULL,
    street_layout VARCHAR(20)  NOT NULL,
    jdbc_url      VARCHAR(500),
    jdbc_user     VARCHAR(100),
    jdbc_password VARCHAR(200),
    sql_query     TEXT,
    push_token    VARCHAR(64),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_customer_source_name UNIQUE (name),
    CONSTRAINT fk_customer_source_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE source_record (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_id          BIGINT        NOT NULL,
    source_key         VARCHAR(100)  NOT NULL,
    salutation         VARCHAR(20),
    title              VARCHAR(40),
    first_name         VARCHAR(100),
    last_name          VARCHAR(100),
    company            VARCHAR(160),
    date_of_birth      DATE,
    street             VARCHAR(160),
    house_number       VARCHAR(20),
    address_supplement VARCHAR(160),
    postal_code        VARCHAR(10),
    city               VARCHAR(100),
    country            VARCHAR(60),
    phones             VARCHAR(500),
    emails             VARCHAR(1000),
    content_hash       CHAR(64)      NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    customer_id        BIGINT,
    CONSTRAINT uk_source_record_key UNIQUE (source_id, source_key),
    CONSTRAINT fk_source_record_source FOREIGN KEY (source_id) REFERENCES customer_source (id),
    CONSTRAINT fk_source_record_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_source_record_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The latest decision a person took on a pair of source records; the linker follows it.
CREATE TABLE link_decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    first_record_id  BIGINT       NOT NULL,
    second_record_id BIGINT       NOT NULL,
    verdict          VARCHAR(12)  NOT NULL,
    decided_by       VARCHAR(100) NOT NULL,
    decided_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_link_decision_pair UNIQUE (first_record_id, second_record_id),
    CONSTRAINT fk_link_decision_first FOREIGN KEY (first_record_id) REFERENCES source_record (id),
    CONSTRAINT fk_link_decision_second FOREIGN KEY (second_record_id) REFERENCES source_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Pairs the linker could not decide, waiting for a person.
CREATE TABLE review_pair (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    first_record_id  BIGINT       NOT NULL,
    second_record_id BIGINT       NOT NULL,
    score            DOUBLE       NOT NULL,
    found_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uk_review_pair UNIQUE (first_record_id, second_record_id),
    CONSTRAINT fk_review_pair_first FOREIGN KEY (first_record_id) REFERENCES source_record (id),
    CONSTRAINT fk_review_pair_second FOREIGN KEY (second_record_id) REFERENCES source_record (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Complaints moved to another customer by a merge, so an unmerge can move them back.
CREATE TABLE complaint_customer_move (
    complaint_id     BIGINT NOT NULL PRIMARY KEY,
    from_customer_id BIGINT NOT NULL,
    CONSTRAINT fk_move_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_move_customer FOREIGN KEY (from_customer_id) REFERENCES customer (id)
) ENGINE=InnoDB;

CREATE TABLE customer_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    detail      VARCHAR(500),
    CONSTRAINT fk_customer_history_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_customer_history (customer_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_id       BIGINT       NOT NULL,
    execution_id    BIGINT,
    file_name       VARCHAR(255),
    status          VARCHAR(12)  NOT NULL,
    total_rows      INT,
    read_count      INT          NOT NULL DEFAULT 0,
    new_count       INT          NOT NULL DEFAULT 0,
    changed_count   INT          NOT NULL DEFAULT 0,
    unchanged_count INT          NOT NULL DEFAULT 0,
    rejected_count  INT          NOT NULL DEFAULT 0,
    started_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6),
    CONSTRAINT fk_import_run_source FOREIGN KEY (source_id) REFERENCES customer_source (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE import_rejection (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id     BIGINT        NOT NULL,
    line_number INT          NOT NULL,
    row_text   VARCHAR(2000) NOT NULL,
    reason     VARCHAR(500)  NOT NULL,
    CONSTRAINT uk_import_rejection_row UNIQUE (run_id, line_number),
    CONSTRAINT fk_import_rejection_run FOREIGN KEY (run_id) REFERENCES import_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
