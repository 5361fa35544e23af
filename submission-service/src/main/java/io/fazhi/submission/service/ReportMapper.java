package io.fazhi.submission.service;

import io.fazhi.submission.event.ReportSubmitted;
import io.fazhi.submission.model.TownshipReport;

/** The one place where stored reports become views and events. */
final class ReportMapper {

    private ReportMapper() {
    }

    static ReportView toView(TownshipReport r) {
        return new ReportView(r.id, r.townshipCode, r.township, r.countyCode, r.county, r.year, r.version, r.title,
                r.contentSha256, r.textChars, r.submittedAt, r.dueAt, r.late, r.status);
    }

    static ReportSubmitted toEvent(TownshipReport r, String eventId) {
        return new ReportSubmitted(eventId, r.submittedAt, ReportSubmitted.SCHEMA_VERSION, r.id, r.townshipCode,
                r.township, r.countyCode, r.county, r.year, r.version, r.title, r.contentSha256, r.submittedAt,
                r.late, r.text);
    }
}
