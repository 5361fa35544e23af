package io.fazhi.submission.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.submission.detection.Detection;
import io.fazhi.submission.event.ReportSubmitted;
import io.fazhi.submission.files.FileView;
import io.fazhi.submission.model.ReportFile;
import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.repository.ReportFileRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The one place where stored reports become views and events. */
@ApplicationScoped
public class ReportConversions {

    /** The detection column: what was read, and which fields were taken from it. */
    record StoredDetection(List<String> fromText, Detection detection) {
    }

    private final ObjectMapper json;
    private final ReportFileRepository files;

    ReportConversions(ObjectMapper json, ReportFileRepository files) {
        this.json = json;
        this.files = files;
    }

    ReportView toView(TownshipReport r) {
        return toView(r, files.findByIdOptional(r.id).orElse(null));
    }

    ReportView toView(TownshipReport r, ReportFile file) {
        StoredDetection stored = detection(r.detection);
        return new ReportView(r.id, r.townshipCode, r.township, r.countyCode, r.county, r.year, r.version, r.title,
                r.contentSha256, r.textChars, r.submittedAt, r.submittedBy, r.dueAt, r.late, r.status,
                r.statusReason, r.statusChangedAt, r.statusChangedBy, r.publishBy, r.deadlineArea,
                r.documentNumber, r.signer, stored == null ? List.of() : stored.fromText(),
                stored == null ? null : stored.detection(), file == null ? null : fileView(r.id, file));
    }

    static FileView fileView(long reportId, ReportFile f) {
        return new FileView(f.filename, f.contentType, f.format, f.charset, f.sizeBytes, f.sha256,
                "/api/v1/reports/" + reportId + "/file");
    }

    static ReportSubmitted toEvent(TownshipReport r, String eventId) {
        return new ReportSubmitted(eventId, r.submittedAt, ReportSubmitted.SCHEMA_VERSION, r.id, r.townshipCode,
                r.township, r.countyCode, r.county, r.year, r.version, r.title, r.contentSha256, r.submittedAt,
                r.late, r.text);
    }

    String detectionJson(Detection detection, List<String> fromText) {
        try {
            return json.writeValueAsString(new StoredDetection(fromText, detection));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A detection always serializes", e);
        }
    }

    private StoredDetection detection(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        try {
            return json.readValue(column, StoredDetection.class);
        } catch (JsonProcessingException e) {
            return null; // an unreadable old column must not make the report unreadable
        }
    }
}
