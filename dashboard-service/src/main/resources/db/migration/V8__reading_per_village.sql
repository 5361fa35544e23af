-- A count indicator's value divided by the township's stated villages and communities, as indicator-service
-- publishes it (IndicatorsComputed perVillage); null for other kinds and where no village count is stated.
alter table indicator_reading add column per_village numeric(24, 4);
