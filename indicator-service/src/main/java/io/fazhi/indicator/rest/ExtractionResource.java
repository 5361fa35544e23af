package io.fazhi.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.service.ExtractionPreviewService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Extraction on demand: quantities, indicators with evidence, flags and structure of a text. Stores nothing. */
@Path("/api/v1/extractions")
@Authenticated
@SecurityRequirement(name = "bearer")
@Tag(name = "extractions", description = "Read indicators from a report text without storing it")
public class ExtractionResource {

    private final ExtractionPreviewService extractions;

    ExtractionResource(ExtractionPreviewService extractions) {
        this.extractions = extractions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract from a JSON body {\"text\": …}")
    @APIResponse(responseCode = "200", description = "What the text says",
            content = @Content(schema = @Schema(implementation = ExtractionResult.class)))
    @APIResponse(responseCode = "400", description = "Empty text or malformed JSON")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "413", description = "Text over 2 MB")
    public ExtractionResult extractJson(ExtractionRequest request) {
        return extractions.extract(request == null ? null : request.text());
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract from a plain-text body (UTF-8; GBK or GB18030 when the charset says so)")
    @APIResponse(responseCode = "200", description = "What the text says",
            content = @Content(schema = @Schema(implementation = ExtractionResult.class)))
    @APIResponse(responseCode = "400", description = "Empty text, or bytes that are not valid in the charset")
    @APIResponse(responseCode = "413", description = "Text over 2 MB")
    @APIResponse(responseCode = "415", description = "A charset other than UTF-8, GBK or GB18030")
    public ExtractionResult extractText(byte[] body, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return extractions.extract(body, type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER));
    }
}
