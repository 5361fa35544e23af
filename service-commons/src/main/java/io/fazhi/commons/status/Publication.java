package io.fazhi.commons.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import io.fazhi.commons.area.AreaCodes;

/**
 * Which areas publish accepted values only: there, a township's values reach readers (rankings, CSV, explanations,
 * profiles, the indicators API) only once the county accepted the report version they come from; a report submitted,
 * returned or answered with a new version is withheld until then. The setting lists area code prefixes
 * ({@code fazhi.publication.accepted-only-areas}, e.g. {@code 500101,4453}); every service that serves values must
 * be given the same list. County administrators still see every value in the review APIs.
 */
@ApplicationScoped
public class Publication {

    /** The setting. */
    @ConfigMapping(prefix = "fazhi.publication")
    public interface Settings {
        Optional<List<String>> acceptedOnlyAreas();
    }

    private final List<String> acceptedOnly;
    private final ReportStatuses statuses;

    Publication(Settings settings, ReportStatuses statuses) {
        this.acceptedOnly = settings.acceptedOnlyAreas().orElse(List.of()).stream().map(String::trim)
                .filter(a -> !a.isEmpty()).toList();
        this.statuses = statuses;
        for (String area : acceptedOnly) {
            if (!AreaCodes.isArea(area)) {
                throw new IllegalArgumentException("fazhi.publication.accepted-only-areas: " + area
                        + " is not a 2, 4, 6 or 9-digit area code");
            }
        }
    }

    /** Whether this township publishes accepted values only. */
    public boolean acceptedOnly(String townshipCode) {
        return acceptedOnly.stream().anyMatch(townshipCode::startsWith);
    }

    /** Whether any township of the area publishes accepted values only. */
    public boolean touches(String area) {
        return acceptedOnly.stream().anyMatch(a -> a.startsWith(area) || area.startsWith(a));
    }

    /** Which townships of an area and year may be published, given the report version each one's values are of. */
    public Published of(String area, int year) {
        return touches(area) ? new Published(this, statuses.acceptedVersions(area, year)) : Published.ALL;
    }

    /** Whether one township's values of a year, from this report version, may be published. */
    public boolean publishes(String townshipCode, int year, int reportVersion) {
        if (!acceptedOnly(townshipCode)) {
            return true;
        }
        return statuses.find(townshipCode, year).filter(s -> s.accepted() && s.reportVersion == reportVersion)
                .isPresent();
    }

    /** The answer for one area and year. */
    public static final class Published {

        static final Published ALL = new Published(null, Map.of());

        private final Publication rule;
        private final Map<String, Integer> accepted;

        Published(Publication rule, Map<String, Integer> accepted) {
            this.rule = rule;
            this.accepted = accepted;
        }

        /** Whether this township's values from this report version may be published. */
        public boolean publishes(String townshipCode, int reportVersion) {
            if (rule == null || !rule.acceptedOnly(townshipCode)) {
                return true;
            }
            Integer version = accepted.get(townshipCode);
            return version != null && version == reportVersion;
        }
    }
}
