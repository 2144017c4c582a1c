-- The review queue is paged in the database, highest score first (or by when a pair was found).
CREATE INDEX ix_review_pair_score ON review_pair (score, id);
CREATE INDEX ix_review_pair_found_at ON review_pair (found_at, id);
