-- Whether a reading is the extractor's value or a county reviewer's (IndicatorsComputed source, reviewedBy).
alter table indicator_reading add column source varchar(8) default 'machine' not null;
alter table indicator_reading add column reviewed_by varchar(200);
