package io.fazhi.commons.security;

import io.quarkus.security.UnauthorizedException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;

/** Whether published results (rankings, indicators, coverage) are open to anonymous callers; they are by default. */
@ApplicationScoped
public class PublicResults {

    /** The setting. */
    @ConfigMapping(prefix = "fazhi.security")
    public interface Settings {
        @WithDefault("true")
        boolean publicRankings();
    }

    private final boolean open;

    PublicResults(Settings settings) {
        this.open = settings.publicRankings();
    }

    /** Whether anonymous callers may read published results. */
    public boolean open() {
        return open;
    }

    /** Lets the caller read published results, or answers 401. */
    public void requireReader(Caller caller) {
        requireReader(caller.isAnonymous());
    }

    /** Lets a caller read published results, or answers 401 when it is anonymous and results are not public. */
    public void requireReader(boolean anonymous) {
        if (!open && anonymous) {
            throw new UnauthorizedException("Published results need a bearer token here.");
        }
    }
}
