-- Letter templates per type and language; the body is sanitised HTML with {{placeholders}}.
CREATE TABLE letter_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_type VARCHAR(30)  NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(60)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_letter_template UNIQUE (letter_type, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The admin's gift catalogue for letters of apology and follow-up letters.
CREATE TABLE gift (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    name   VARCHAR(120)  NOT NULL,
    value  DECIMAL(12,2) NOT NULL,
    active BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_gift_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A letter on a case from draft through the four-eyes review to dispatch.
CREATE TABLE letter (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id   BIGINT       NOT NULL,
    letter_type    VARCHAR(30)  NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    body           MEDIUMTEXT   NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    author         VARCHAR(60)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    submitted_at   DATETIME(6),
    reviewer       VARCHAR(60),
    reviewed_at    DATETIME(6),
    review_comment VARCHAR(2000),
    channel        VARCHAR(10),
    sent_at        DATETIME(6),
    sent_by        VARCHAR(60),
    gift_id        BIGINT,
    goodwill_id    BIGINT,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_letter_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_letter_gift FOREIGN KEY (gift_id) REFERENCES gift (id),
    CONSTRAINT fk_letter_goodwill FOREIGN KEY (goodwill_id) REFERENCES goodwill (id),
    INDEX ix_letter_complaint (complaint_id, created_at),
    INDEX ix_letter_status (status, submitted_at),
    INDEX ix_letter_sent (channel, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The PDF as sent, with its SHA-256. Rows are written once: the triggers refuse any change.
CREATE TABLE letter_archive (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id    BIGINT      NOT NULL,
    complaint_id BIGINT      NOT NULL,
    pdf          LONGBLOB    NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    channel      VARCHAR(10) NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    sent_by      VARCHAR(60) NOT NULL,
    CONSTRAINT uk_letter_archive_letter UNIQUE (letter_id),
    CONSTRAINT fk_letter_archive_letter FOREIGN KEY (letter_id) REFERENCES letter (id),
    CONSTRAINT fk_letter_archive_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    INDEX ix_letter_archive_sent (channel, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER letter_archive_no_update BEFORE UPDATE ON letter_archive FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An archived letter never changes';

CREATE TRIGGER letter_archive_no_delete BEFORE DELETE ON letter_archive FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'An archived letter is never deleted';

-- The company letterhead printed on every letter; kept by the admin with the templates.
INSERT INTO app_setting (name, value) VALUES
    ('letterhead.company', 'Kundenstimme GmbH'),
    ('letterhead.street', 'Beispielstraße 12'),
    ('letterhead.city', '50667 Köln'),
    ('letterhead.phone', '+49 221 123456-0'),
    ('letterhead.email', 'kundenservice@kundenstimme.example'),
    ('letterhead.signature', 'Ihr Kundenservice');

INSERT INTO gift (name, value) VALUES
    ('Blumenstrauß', 35.00),
    ('Präsentkorb „Genuss“', 49.90),
    ('Gutschein 25 €', 25.00);

INSERT INTO letter_template (letter_type, language, subject, body, updated_at, updated_by) VALUES
('ACKNOWLEDGEMENT', 'de', 'Ihre Beschwerde vom {{receivedDate}} – {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>Ihr Anliegen „{{subject}}“ ist am {{receivedDate}} bei uns eingegangen und wird unter dem Zeichen {{caseNumber}} bearbeitet. Wir melden uns spätestens bis zum {{resolutionDue}} mit einer Antwort.</p><p>Mit freundlichen Grüßen</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('ACKNOWLEDGEMENT', 'en', 'Your complaint of {{receivedDate}} – {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>We received your concern “{{subject}}” on {{receivedDate}}; it is handled under the reference {{caseNumber}}. We will answer by {{resolutionDue}} at the latest.</p><p>Kind regards</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('INTERIM', 'de', 'Zwischenbescheid zu Ihrer Beschwerde {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>Wir prüfen Ihr Anliegen „{{subject}}“ noch sorgfältig und bitten Sie um etwas Geduld. Sie hören bis zum {{resolutionDue}} von uns.</p><p>Mit freundlichen Grüßen</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('INTERIM', 'en', 'Interim reply on your complaint {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>We are still looking carefully into your concern “{{subject}}” and ask for a little patience. You will hear from us by {{resolutionDue}}.</p><p>Kind regards</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('FINAL_ANSWER', 'de', 'Ihre Beschwerde {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>Wie mit Ihnen vereinbart, haben wir Folgendes veranlasst: {{agreedSolution}}</p><p>{{goodwill}}</p><p>Mit freundlichen Grüßen</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('FINAL_ANSWER', 'en', 'Your complaint {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>As agreed with you, we have arranged the following: {{agreedSolution}}</p><p>{{goodwill}}</p><p>Kind regards</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('FOLLOW_UP', 'de', 'Wie zufrieden sind Sie mit unserer Lösung? – {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>Vor einigen Tagen haben wir Ihr Anliegen „{{subject}}“ gelöst: {{agreedSolution}} Wir möchten sichergehen, dass nun alles zu Ihrer Zufriedenheit ist. {{gift}}</p><p>Mit freundlichen Grüßen</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('FOLLOW_UP', 'en', 'Are you satisfied with our solution? – {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>A few days ago we resolved your concern “{{subject}}”: {{agreedSolution}} We would like to make sure that everything is to your satisfaction now. {{gift}}</p><p>Kind regards</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('APOLOGY_WITH_GIFT', 'de', 'Unsere Entschuldigung – {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>Es tut uns aufrichtig leid, dass wir Ihre Erwartungen nicht erfüllt haben. {{gift}}</p><p>Mit freundlichen Grüßen</p><p>{{handlerName}}</p>',
 NOW(6), 'system'),
('APOLOGY_WITH_GIFT', 'en', 'Our apology – {{caseNumber}}',
 '<p>{{salutation}}</p><p>{{thanks}}</p><p>We sincerely apologise for not meeting your expectations. {{gift}}</p><p>Kind regards</p><p>{{handlerName}}</p>',
 NOW(6), 'system');
