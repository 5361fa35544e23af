package io.fazhi.indicator.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.indicator.extraction.Catalog;
import jakarta.annotation.security.PermitAll;
import io.fazhi.indicator.service.ExtractionPreviewService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The indicator catalog in force. */
@Path("/api/v1/catalog")
@PermitAll
@Tag(name = "catalog", description = "The indicators, their keys, kinds and directions")
public class CatalogResource {

    /** One indicator as integrators see it (the cue lexicon stays internal). */
    public record IndicatorEntry(String key, String nameZh, String kind, String direction, String dimension,
            String dimensionZh, List<String> units) {
    }

    /** The catalog with the extractor version that reads it. */
    public record CatalogView(String version, String extractorVersion, List<IndicatorEntry> indicators) {
    }

    private final ExtractionPreviewService extractions;

    CatalogResource(ExtractionPreviewService extractions) {
        this.extractions = extractions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The indicator catalog in force")
    @APIResponse(responseCode = "200", description = "The catalog")
    public CatalogView catalog() {
        Catalog catalog = extractions.catalog();
        return new CatalogView(catalog.version(), extractions.extractorVersion(), catalog.indicators().stream()
                .map(d -> new IndicatorEntry(d.key(), d.nameZh(), d.kind(), d.direction(), d.dimension(),
                        d.dimensionZh(), d.units()))
                .toList());
    }
}
