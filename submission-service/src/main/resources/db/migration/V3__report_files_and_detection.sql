-- What was read from the report itself (JSON of the detection, with the words and offsets it came from).
alter table township_report add column detection text;
alter table township_report add column document_number varchar(100);
alter table township_report add column signer varchar(50);

-- The file a report was uploaded as, byte for byte, for download; JSON submissions have none.
create table report_file (
    report_id     bigint       not null primary key references township_report (id),
    filename      varchar(255) not null,
    content_type  varchar(120) not null,
    format        varchar(10)  not null,
    charset       varchar(30),
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea        not null
);
