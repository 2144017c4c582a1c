-- Customers captured by hand (capture screen, REST, intake) are records of this built-in source,
-- so they are linked like every department's records.
INSERT INTO customer_source (name, department_id, kind, trust_rank, field_mapping, name_layout, street_layout, version)
VALUES ('Erfassung', NULL, 'CAPTURE', 50, '', 'SEPARATE', 'WITH_HOUSE_NUMBER', 0);
