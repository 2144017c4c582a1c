-- Public posts about the company taken in by the webhook, waiting for triage. A post is known by
-- its network and the network's id, so a resent post is not taken twice.
CREATE TABLE mention (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    network          VARCHAR(20)   NOT NULL,
    external_id      VARCHAR(200)  NOT NULL,
    author           VARCHAR(200)  NOT NULL,
    text             TEXT          NOT NULL,
    url              VARCHAR(2000),
    posted_at        DATETIME(6)   NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    score            INT           NOT NULL,
    matched_terms    VARCHAR(2000),
    status           VARCHAR(20)   NOT NULL,
    dismissal_reason VARCHAR(2000),
    public_reply     TEXT,
    complaint_id     BIGINT,
    handled_by       VARCHAR(60),
    handled_at       DATETIME(6),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_mention_external UNIQUE (network, external_id),
    CONSTRAINT fk_mention_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_mention_queue (status, score, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Words that rank a mention up in the triage queue; the admin keeps them.
CREATE TABLE triage_rule (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    term    VARCHAR(100) NOT NULL,
    weight  INT          NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_triage_rule_term UNIQUE (term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO triage_rule (term, weight, active) VALUES
    ('schlecht', 2, TRUE), ('hasse', 3, TRUE), ('funktioniert nicht', 4, TRUE), ('kaputt', 3, TRUE),
    ('betrug', 5, TRUE), ('kundenservice', 1, TRUE), ('nie wieder', 4, TRUE), ('Kundenstimme', 1, TRUE);

-- Nonces of signed webhook calls seen in the last minutes: a call sent again is refused.
CREATE TABLE webhook_nonce (
    nonce       VARCHAR(100) PRIMARY KEY,
    received_at DATETIME(6)  NOT NULL,
    INDEX ix_webhook_nonce_received (received_at)
) ENGINE=InnoDB;
