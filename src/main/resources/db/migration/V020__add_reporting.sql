-- Reporting (issue 6). Figures count days in German local time: each instant gets its date in
-- Europe/Berlin as a stored column, computed by the database with the EU summer-time rule
-- (last Sunday of March to last Sunday of October, 01:00 UTC), so GROUP BY and the indexes
-- work on dates without time-zone tables on the server.
ALTER TABLE complaint
    ADD COLUMN root_cause VARCHAR(30) NULL,
    ADD COLUMN received_on DATE AS (DATE(received_at + INTERVAL IF(received_at >= (MAKEDATE(YEAR(received_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(received_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR
            AND received_at < (MAKEDATE(YEAR(received_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(received_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR, 120, 60) MINUTE)) STORED,
    ADD COLUMN acknowledged_on DATE AS (DATE(acknowledged_at + INTERVAL IF(acknowledged_at >= (MAKEDATE(YEAR(acknowledged_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(acknowledged_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR
            AND acknowledged_at < (MAKEDATE(YEAR(acknowledged_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(acknowledged_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR, 120, 60) MINUTE)) STORED,
    ADD COLUMN resolved_on DATE AS (DATE(resolved_at + INTERVAL IF(resolved_at >= (MAKEDATE(YEAR(resolved_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(resolved_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR
            AND resolved_at < (MAKEDATE(YEAR(resolved_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(resolved_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR, 120, 60) MINUTE)) STORED,
    ADD COLUMN closed_on DATE AS (DATE(closed_at + INTERVAL IF(closed_at >= (MAKEDATE(YEAR(closed_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(closed_at), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR
            AND closed_at < (MAKEDATE(YEAR(closed_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - INTERVAL (DAYOFWEEK(MAKEDATE(YEAR(closed_at), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY) - 1) DAY + INTERVAL 1 HOUR, 120, 60) MINUTE)) STORED;

-- The figures read a period of receipt, for all departments or one, grouped by these columns.
CREATE INDEX ix_complaint_received_on ON complaint (received_on, department_id, channel, category_id, status, root_cause);
CREATE INDEX ix_complaint_department_received_on ON complaint (department_id, received_on, channel, category_id, status);
CREATE INDEX ix_goodwill_complaint_status_amount ON goodwill (complaint_id, status, amount);
CREATE INDEX ix_history_complaint_action ON complaint_history (complaint_id, action);

-- Business days numbered in order for the configured holiday region: the business days between
-- two dates are the difference of their numbers. Filled by the application (BusinessCalendar).
CREATE TABLE business_day (
    day     DATE       PRIMARY KEY,
    ordinal INT        NOT NULL,
    region  VARCHAR(2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Leadership reports: one row per requested report, the finished files archived in it.
CREATE TABLE leadership_report (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    as_of         DATE          NOT NULL,
    requested_by  VARCHAR(60)   NOT NULL,
    requested_at  DATETIME(6)   NOT NULL,
    execution_id  BIGINT,
    status        VARCHAR(20)   NOT NULL,
    progress      INT           NOT NULL DEFAULT 0,
    pdf           LONGBLOB,
    xlsx          LONGBLOB,
    finished_at   DATETIME(6),
    version       BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_leadership_report_requested (requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
