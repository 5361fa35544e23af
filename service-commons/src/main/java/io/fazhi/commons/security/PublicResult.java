package io.fazhi.commons.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks an answer built from published results (rankings, coverage, township profiles, indicator values): open to
 * anonymous callers unless {@code PUBLIC_RANKINGS=false}, when {@link PublicResultsGate} asks for a bearer token.
 * The one way every service decides it; {@link PublicResults} holds the setting.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicResult {
}
