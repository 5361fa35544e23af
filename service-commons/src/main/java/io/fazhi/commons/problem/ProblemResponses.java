package io.fazhi.commons.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error response of the OpenAPI document is an RFC 9457 problem: an operation's 4xx and 5xx responses that
 * declare no content of their own get {@code application/problem+json} with the {@code Problem} schema, so that an
 * {@code @APIResponse} needs only its code and description. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String VIOLATION = "Violation";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach(ProblemResponses::describeError);
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null || !schemas.containsKey(VIOLATION)) {
            components.addSchema(VIOLATION, violation());
        }
        if (schemas == null || !schemas.containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, problem());
        }
    }

    private static void describeError(String code, APIResponse response) {
        boolean error = code.startsWith("4") || code.startsWith("5");
        boolean bare = response.getRef() == null
                && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty());
        if (error && bare) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        }
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; type is https://fazhi.io/problems/{slug}")
                .addProperty("type", text().format("uri"))
                .addProperty("title", text())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text())
                .addProperty("instance", text().format("uri"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(VIOLATION)));
    }

    private static Schema violation() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One field of a request that is missing or invalid, and why")
                .addProperty("field", text())
                .addProperty("message", text());
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
