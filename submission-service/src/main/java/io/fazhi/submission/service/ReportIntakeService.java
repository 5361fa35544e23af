package io.fazhi.submission.service;

import java.util.regex.Pattern;

import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.files.FileNames;
import io.fazhi.submission.files.OriginalFile;
import io.fazhi.submission.intake.DocumentReader;
import io.fazhi.submission.intake.ExtractedDocument;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Submits an uploaded file: reads its text first, outside any transaction (a large PDF takes a moment and holds no
 * row), then stores the report with the original file through {@link ReportSubmissionService}.
 */
@ApplicationScoped
public class ReportIntakeService {

    private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}(\\d{3})?");

    private final ReportSubmissionService submissions;
    private final ReportAccess access;
    private final DocumentReader reader;

    ReportIntakeService(ReportSubmissionService submissions, ReportAccess access, SubmissionConfig config) {
        this.submissions = submissions;
        this.access = access;
        this.reader = new DocumentReader(config.maxFileBytes(), config.maxInflatedBytes());
    }

    /** Fields are as in a JSON submission; any not given are read from the file's text. */
    public SubmissionOutcome submit(UploadCommand upload) {
        if (upload.townshipCode() != null && TOWNSHIP_CODE.matcher(upload.townshipCode()).matches()) {
            // a named township that is not the caller's is refused before the document is even read
            access.requireSubmitFor(upload.townshipCode().substring(0, 9));
        }
        ExtractedDocument document = reader.read(upload.filename(), upload.content());
        String filename = FileNames.sanitize(upload.filename(), document.format().extension());
        String contentType = document.format().contentType()
                + (document.charset() == null ? "" : ";charset=" + document.charset());
        OriginalFile original = new OriginalFile(filename, contentType, document.format().name(), document.charset(),
                upload.content());
        return submissions.submit(new SubmitReportCommand(upload.townshipCode(), upload.township(), upload.county(),
                upload.year(), upload.title(), withoutNul(document.text()), original));
    }

    /** A document's text layer may carry U+0000 for unmapped glyphs; PostgreSQL text columns refuse it. */
    private static String withoutNul(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    /** An uploaded file with the optional form fields beside it. */
    public record UploadCommand(String filename, byte[] content, String townshipCode, String township, String county,
            Integer year, String title) {
    }
}
