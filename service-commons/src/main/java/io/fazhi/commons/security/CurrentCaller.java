package io.fazhi.commons.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, read from its verified bearer token. Inject this bean (a request-scoped
 * proxy) and call {@link #get()}: a record cannot be proxied itself.
 */
@RequestScoped
public class CurrentCaller {

    static final String TOWNSHIP_CLAIM = "township_code";
    static final String AREA_CLAIM = "area";

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Caller.anonymous();
        }
        Object township = jwt.getClaim(TOWNSHIP_CLAIM);
        Object area = jwt.getClaim(AREA_CLAIM);
        return new Caller(jwt.getSubject() == null ? jwt.getName() : jwt.getSubject(), Set.copyOf(identity.getRoles()),
                township == null ? null : township.toString(), area == null ? null : area.toString());
    }
}
