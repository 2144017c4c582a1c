-- How often each day of receipt's daily figures were recomputed. The figures of a period depend only
-- on the days up to its end, so the sum of these versions up to that day tells a cached result
-- (reporting.control.FiguresCache) whether it is still exact: it only ever grows, whatever the order
-- in which recomputations of several servers commit.
CREATE TABLE figure_day_version (
    day     DATE   NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
