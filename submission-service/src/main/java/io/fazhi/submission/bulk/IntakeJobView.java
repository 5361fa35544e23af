package io.fazhi.submission.bulk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A bulk upload and its progress. {@code state} is RUNNING while a file waits, DONE once every file is stored or
 * refused. {@code files} is null in lists. {@code links}: {@code self}, and templates of where each stored file's
 * later stages show: {@code report} (this service), {@code indicators} (indicator-service, the values extracted).
 */
public record IntakeJobView(long id, Instant createdAt, String createdBy, String state, IntakeCounts counts,
        List<IntakeFileView> files, Map<String, String> links) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
}
