-- The survey answers count in the daily figures (V021). A repeatable migration because Flyway runs it
-- after every versioned one: satisfaction_survey comes later (V040) than the figures' tables.
DROP TRIGGER IF EXISTS tr_figures_survey_insert;
DROP TRIGGER IF EXISTS tr_figures_survey_update;
DROP TRIGGER IF EXISTS tr_figures_survey_delete;
CREATE TRIGGER tr_figures_survey_insert AFTER INSERT ON satisfaction_survey FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = NEW.complaint_id));
CREATE TRIGGER tr_figures_survey_update AFTER UPDATE ON satisfaction_survey FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = OLD.complaint_id)),
        ((SELECT received_on FROM complaint WHERE id = NEW.complaint_id));
CREATE TRIGGER tr_figures_survey_delete AFTER DELETE ON satisfaction_survey FOR EACH ROW
    INSERT IGNORE INTO figure_stale_day (day) VALUES ((SELECT received_on FROM complaint WHERE id = OLD.complaint_id));
