package io.fazhi.dashboard.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topics and consumer group of the dashboard's read model, its ranking cache, and the township registry it asks. */
@ConfigMapping(prefix = "fazhi.dashboard")
public interface DashboardConfig {

    @WithDefault("fazhi.indicators.computed")
    String indicatorsTopic();

    @WithDefault("fazhi.indicators.computed.dlq")
    String deadLetterTopic();

    @WithDefault("dashboard-service")
    String consumerGroup();

    /**
     * Consumer threads in this replica, each a member of the group with its own partitions; replicas x threads
     * beyond the topic's partitions sit idle.
     */
    @WithDefault("3")
    int consumerThreads();

    /** In-memory cache of computed rankings, checked against the shared read model's data version. */
    Cache cache();

    /** submission-service's township registry, the source of the townships expected to report. */
    Registry registry();

    /** indicator-service's catalog: the Chinese names of the indicators the pages show. */
    Catalog catalog();

    /** How people sign in to the pages. */
    Pages pages();

    /** Page settings. */
    interface Pages {
        /**
         * Where the sign-in button leads in production: the OpenID Connect proxy in front of the pages
         * (oauth2-proxy, authorization-code flow against the county's provider), which passes the access token on.
         */
        @WithDefault("/oauth2/start?rd=/ui")
        String signInUrl();

        @WithDefault("/oauth2/sign_out?rd=/ui")
        String signOutUrl();

        /** The launcher's development tokens (local profile only): one click signs in as one of them. */
        java.util.Optional<java.nio.file.Path> devTokensFile();
    }

    /** Catalog client settings. */
    interface Catalog {
        /** Base URL of indicator-service. */
        @WithDefault("http://localhost:8082")
        String url();

        @WithDefault("2s")
        Duration timeout();
    }

    /** Ranking cache settings. */
    interface Cache {
        /** How often a background thread compares each cached answer's data version with the database. */
        @WithDefault("200ms")
        Duration revalidateEvery();

        /** An answer not confirmed current for this long is re-checked before it is served. */
        @WithDefault("1s")
        Duration maxStale();

        /** Answers not asked for this long are dropped. */
        @WithDefault("10m")
        Duration idle();

        /** At most this many answers are held; the least recently asked go first. */
        @WithDefault("500")
        int maxEntries();
    }

    /** Registry client settings. */
    interface Registry {
        /** Base URL of submission-service. */
        @WithDefault("http://localhost:8081")
        String url();

        @WithDefault("2s")
        Duration timeout();

        /** How long a county's list of townships is reused. */
        @WithDefault("60s")
        Duration cacheTtl();
    }
}
