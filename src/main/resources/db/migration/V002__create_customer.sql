CREATE TABLE customer (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_number VARCHAR(20)  NOT NULL,
    salutation      VARCHAR(20),
    first_name      VARCHAR(100),
    last_name       VARCHAR(100),
    company         VARCHAR(160),
    email           VARCHAR(254),
    phone           VARCHAR(40),
    street          VARCHAR(160),
    postal_code     VARCHAR(10),
    city            VARCHAR(100),
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_customer_number UNIQUE (customer_number),
    INDEX ix_customer_last_name (last_name, first_name),
    INDEX ix_customer_email (email),
    INDEX ix_customer_phone (phone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_number_sequence (
    id         TINYINT PRIMARY KEY,
    last_value BIGINT NOT NULL
) ENGINE=InnoDB;

INSERT INTO customer_number_sequence (id, last_value) VALUES (1, 0);
