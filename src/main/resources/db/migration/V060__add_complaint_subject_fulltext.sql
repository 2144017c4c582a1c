-- The subject search of the complaint list and GET /complaints?q= looks words up in this index
-- (MATCH ... AGAINST) instead of reading every case of the department (LIKE '%word%').
-- Without a stopword list: "der", "die", "und" are words a user may search for, too.
SET SESSION innodb_ft_enable_stopword = OFF;
ALTER TABLE complaint ADD FULLTEXT INDEX ft_complaint_subject (subject);
