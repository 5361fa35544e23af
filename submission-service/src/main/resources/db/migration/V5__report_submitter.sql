-- Who submitted each report version: the subject of the bearer token (a township office, or the county office
-- that uploaded a report received on paper). Reports stored before this column keep null.
alter table township_report add column submitted_by varchar(100);
