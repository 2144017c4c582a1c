CREATE TABLE department (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    CONSTRAINT uk_department_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    full_name     VARCHAR(120) NOT NULL,
    email         VARCHAR(254),
    department_id BIGINT,
    language      VARCHAR(2)   NOT NULL DEFAULT 'de',
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Read by the Jakarta Security database identity store as the caller's groups.
CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE category (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(60)  NOT NULL,
    name_de          VARCHAR(120) NOT NULL,
    name_en          VARCHAR(120) NOT NULL,
    parent_id        BIGINT,
    department_id    BIGINT       NOT NULL,
    default_owner_id BIGINT,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_category_code UNIQUE (code),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id),
    CONSTRAINT fk_category_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_category_default_owner FOREIGN KEY (default_owner_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    code   VARCHAR(60)  NOT NULL,
    name   VARCHAR(160) NOT NULL,
    active BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_product_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Deadlines in business days and the holiday region; admin-editable (see DOMAIN.md, Deadlines).
CREATE TABLE app_setting (
    name  VARCHAR(60)  PRIMARY KEY,
    value VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO app_setting (name, value) VALUES
    ('holiday.region', 'NW'),
    ('deadline.acknowledgement', '1'),
    ('deadline.resolution.CRITICAL', '2'),
    ('deadline.resolution.HIGH', '5'),
    ('deadline.resolution.NORMAL', '10'),
    ('deadline.resolution.LOW', '20'),
    ('deadline.follow-up', '10'),
    ('deadline.escalation.level2', '3');
