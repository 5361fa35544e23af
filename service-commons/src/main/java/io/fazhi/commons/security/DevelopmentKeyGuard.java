package io.fazhi.commons.security;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses to start a production service that would accept tokens signed with the committed development key. */
@ApplicationScoped
public class DevelopmentKeyGuard {

    static final String DEV_KEY = "fazhi/jwt-dev-public.pem";

    void check(@Observes StartupEvent ignored,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location) {
        boolean devKey = location.map(l -> l.endsWith(DEV_KEY)).orElse(false);
        boolean allowed = LaunchMode.current() != LaunchMode.NORMAL || ConfigUtils.isProfileActive("local");
        if (devKey && !allowed) {
            throw new IllegalStateException("The development JWT key is configured outside the local profile; "
                    + "set JWT_PUBLIC_KEY_LOCATION to the county's identity provider keys.");
        }
    }
}
