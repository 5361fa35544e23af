package io.fazhi.indicator.service;

import java.util.List;

import io.fazhi.indicator.model.AuditEntry.Step;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.model.ValueCorrection;
import io.fazhi.indicator.model.ValueCorrection.Status;
import io.fazhi.indicator.repository.CorrectionRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps reviewers' corrections with the report they were made on. A new version of a report replaces the old one:
 * each active correction follows it if the words it cites are in the new text (its offsets moved to where they stand
 * now), and goes back to the review queue otherwise, so that none is silently dropped.
 */
@ApplicationScoped
public class CorrectionCarrier {

    private final CorrectionRepository corrections;
    private final ReviewTrail trail;

    CorrectionCarrier(CorrectionRepository corrections, ReviewTrail trail) {
        this.corrections = corrections;
        this.trail = trail;
    }

    /** The corrections applied to every extraction of a report. */
    List<ValueCorrection> active(ReportExtraction report) {
        return corrections.active(report.townshipCode, report.year);
    }

    /** Called before a new version is extracted, in the same transaction. */
    void carryOver(ReportExtraction newVersion) {
        for (ValueCorrection c : active(newVersion)) {
            int at = c.quote == null ? -1 : newVersion.text.indexOf(c.quote);
            if (at >= 0) {
                c.reportVersion = newVersion.reportVersion;
                c.quoteStart = at;
                c.quoteEnd = at + c.quote.length();
                trail.record(newVersion, c.key, Step.CARRIED_OVER, "system", c.value, c.value,
                        "the cited words are in version " + newVersion.reportVersion);
            } else {
                c.status = Status.QUEUED;
                trail.record(newVersion, c.key, Step.QUEUED, "system", c.value, null, c.quote == null
                        ? "the correction cites no words of the report; version " + newVersion.reportVersion
                                + " needs a new look"
                        : "the cited words are not in version " + newVersion.reportVersion);
            }
        }
    }
}
