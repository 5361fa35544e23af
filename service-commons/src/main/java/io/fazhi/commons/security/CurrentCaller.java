package io.fazhi.commons.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, read from its verified bearer token. Inject this bean (a request-scoped
 * proxy) and call {@link #get()}: a record cannot be proxied itself. Background work done for someone (a bulk
 * intake job's files) runs in a request context of its own that {@link #actAs(Caller) acts as} the stored caller,
 * so the ordinary access rules apply to it unchanged.
 */
@RequestScoped
public class CurrentCaller {

    static final String TOWNSHIP_CLAIM = "township_code";
    static final String AREA_CLAIM = "area";

    private final SecurityIdentity identity;
    private Caller actingAs;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * From now until this request context ends, {@link #get()} answers the given caller. Only for work without a
     * signed-in caller of its own (a worker's context), and only once: a request can never change who it is.
     */
    public void actAs(Caller stored) {
        if (actingAs != null) {
            throw new IllegalStateException("this request context already acts for a stored caller");
        }
        if (!identity.isAnonymous()) {
            throw new IllegalStateException("a signed-in request cannot act as another caller");
        }
        actingAs = java.util.Objects.requireNonNull(stored);
    }

    public Caller get() {
        if (actingAs != null) {
            return actingAs;
        }
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Caller.anonymous();
        }
        Object township = jwt.getClaim(TOWNSHIP_CLAIM);
        Object area = jwt.getClaim(AREA_CLAIM);
        return new Caller(jwt.getSubject() == null ? jwt.getName() : jwt.getSubject(), Set.copyOf(identity.getRoles()),
                township == null ? null : township.toString(), area == null ? null : area.toString());
    }
}
