-- Daily figures (issue 6): per day of receipt and department, the counts every figure of DOMAIN.md
-- is summed from, so a year of a million cases is read from a few thousand rows. DailyFigures
-- recomputes a day from its cases whenever the day is marked stale. The triggers below mark it when
-- a case, its goodwill or its escalations change, also for rows written past the application.
-- Steps and history need none: the application adds a step only to an open case and reopens by
-- changing the case's state, so the case row changes too (first-contact resolution and reopen rate
-- follow from it); a bulk load of steps or history marks its days itself (the bench's Generator does).
CREATE TABLE figure_day (
    day                  DATE          NOT NULL,
    department_id        BIGINT        NOT NULL,
    received             INT           NOT NULL,
    acknowledged         INT           NOT NULL,
    acknowledged_in_time INT           NOT NULL,
    resolved             INT           NOT NULL,
    resolved_in_time     INT           NOT NULL,
    escalated            INT           NOT NULL,
    reopened             INT           NOT NULL,
    rejected             INT           NOT NULL,
    first_contact        INT           NOT NULL,
    open_cases           INT           NOT NULL,
    goodwill_eur         DECIMAL(14,2) NOT NULL,
    answers              INT           NOT NULL,
    satisfaction_sum     INT           NOT NULL,
    satisfied            INT           NOT NULL,
    promoters            INT           NOT NULL,
    detractors           INT           NOT NULL,
    PRIMARY KEY (day, department_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Cases (and their granted goodwill) per day, department and item of a dimension: a channel, a
-- category or product id, a root cause, a number of business days, or a deadline not yet met.
CREATE TABLE figure_count (
    day           DATE          NOT NULL,
    department_id BIGINT        NOT NULL,
    dimension     VARCHAR(30)   NOT NULL,
    item          VARCHAR(40)   NOT NULL,
    cases         INT           NOT NULL,
    goodwill_eur  DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (day, department_id, dimension, item),
    INDEX ix_figure_count_dimension (dimension, day, department_id, item, cases, goodwill_eur)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days of receipt whose cases changed since their figures were computed.
CREATE TABLE figure_stale_day (
    day DATE PRIMARY KEY
) ENGINE=InnoDB;

INSERT INTO figure_stale_day (day) SELECT DISTINCT received_on FROM complaint;

CREATE TRIGGER tr_figures_complaint_insert AFTER INSERT ON complaint FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES (NEW.received_on);
CREATE TRIGGER tr_figures_complaint_update AFTER UPDATE ON complaint FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES (OLD.received_on), (NEW.received_on);
CREATE TRIGGER tr_figures_complaint_delete AFTER DELETE ON complaint FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES (OLD.received_on);

CREATE TRIGGER tr_figures_goodwill_insert AFTER INSERT ON goodwill FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = NEW.complaint_id));
CREATE TRIGGER tr_figures_goodwill_update AFTER UPDATE ON goodwill FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = OLD.complaint_id)),
        ((SELECT received_on FROM complaint WHERE id = NEW.complaint_id));
CREATE TRIGGER tr_figures_goodwill_delete AFTER DELETE ON goodwill FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = OLD.complaint_id));

CREATE TRIGGER tr_figures_escalation_insert AFTER INSERT ON escalation FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = NEW.complaint_id));
CREATE TRIGGER tr_figures_escalation_delete AFTER DELETE ON escalation FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = OLD.complaint_id));

-- The survey answers count too: a changed answer marks its case's day of receipt stale.
CREATE TRIGGER tr_figures_survey_insert AFTER INSERT ON satisfaction_survey FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = NEW.complaint_id));
CREATE TRIGGER tr_figures_survey_update AFTER UPDATE ON satisfaction_survey FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = OLD.complaint_id)),
        ((SELECT received_on FROM complaint WHERE id = NEW.complaint_id));
CREATE TRIGGER tr_figures_survey_delete AFTER DELETE ON satisfaction_survey FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = OLD.complaint_id));
