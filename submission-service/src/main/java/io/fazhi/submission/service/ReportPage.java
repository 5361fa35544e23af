package io.fazhi.submission.service;

import java.util.List;

/** One page of stored reports. */
public record ReportPage(List<ReportView> items, int page, int size, long total) {
}
