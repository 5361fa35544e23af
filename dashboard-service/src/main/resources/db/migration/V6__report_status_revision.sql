-- A revision per report status, raised by every change applied: the data version of an area sums them, so that a
-- ranking of an area that publishes accepted values only is recomputed when a report is accepted (issue 13).
alter table report_status add column revision integer default 0 not null;
