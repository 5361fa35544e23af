package io.fazhi.dashboard.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.model.TownshipYear;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The values of a township's report of one year with the offsets of the words each was read from. */
@ApplicationScoped
public class ReportMentions {

    private static final TypeReference<List<ExplanationView.Quote>> QUOTES = new TypeReference<>() {
    };

    /** The report the read model holds (its id names its text in submission-service) and its mentions. */
    public record Report(String townshipCode, String township, String countyCode, String county, int year,
            long reportId, int reportVersion, List<Mention> mentions) {
    }

    /** One value and one place of the report it was read from (UTF-16 offsets in the submitted text). */
    public record Mention(String key, String dimension, double value, boolean approx, String unit, String source,
            String reviewedBy, int start, int end, String quote) {
    }

    private final TownshipYearRepository townshipYears;
    private final ObjectMapper json;

    ReportMentions(TownshipYearRepository townshipYears, ObjectMapper json) {
        this.townshipYears = townshipYears;
        this.json = json;
    }

    @Transactional
    public Optional<Report> of(String townshipCode, int year) {
        Optional<TownshipYear> row = townshipYears.find(townshipCode, year);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        TownshipYear t = row.get();
        List<Mention> mentions = new ArrayList<>();
        for (IndicatorReading r : townshipYears.readingsWithEvidence(townshipCode, year)) {
            for (ExplanationView.Quote q : quotes(r.evidenceJson)) {
                mentions.add(new Mention(r.key, r.dimension, r.value.doubleValue(), r.approx, r.unit, r.source,
                        r.reviewedBy, q.start(), q.end(), q.quote()));
            }
        }
        return Optional.of(new Report(t.townshipCode, t.township, t.countyCode, t.county, t.year, t.reportId,
                t.reportVersion, List.copyOf(mentions)));
    }

    private List<ExplanationView.Quote> quotes(String evidenceJson) {
        try {
            return json.readValue(evidenceJson, QUOTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence is stored as a JSON list of quotes", e);
        }
    }
}
