-- Incremental linking: each record's blocking keys (as hashes), so an import links only the
-- records it brought in or changed and those they meet in a block. Records not yet keyed
-- (all records at this migration) are linked by the next import.
ALTER TABLE source_record
    ADD COLUMN keyed BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_source_record_keyed (keyed);

CREATE TABLE source_record_block (
    block_key BIGINT NOT NULL,
    record_id BIGINT NOT NULL,
    PRIMARY KEY (block_key, record_id),
    INDEX ix_source_record_block_record (record_id),
    CONSTRAINT fk_source_record_block_record FOREIGN KEY (record_id) REFERENCES source_record (id)
) ENGINE=InnoDB;
