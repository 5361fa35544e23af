package io.fazhi.dashboard.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks an answer built from published results (rankings, coverage, township profiles): open to anonymous callers
 * unless {@code PUBLIC_RANKINGS=false}, when {@link PublishedResultsGate} asks for a bearer token.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublishedResult {
}
