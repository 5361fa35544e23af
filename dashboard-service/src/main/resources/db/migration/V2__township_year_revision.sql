-- A per-row counter bumped by every applied IndicatorsComputed event. count(*) and sum(revision) over an area and
-- year change whenever any of its rows changes, in whatever order transactions commit: the data version that every
-- replica reads from the shared store to know that its cached rankings are current.
alter table township_year add column revision bigint default 0 not null;
