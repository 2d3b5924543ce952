package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.chuanyu.jurisdiction.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error answers of every operation, declared once (docs/api.md, "The published contract"): each error a
 * service or the gateway can give for an operation of its kind is declared with the problem+json body, and
 * {@code default} covers the rest. An operation keeps its own descriptions where it states more (which park, which
 * precondition); the filter adds the body to them and every generic answer it lacks. Kinds: any operation under /api
 * may be refused a token (401), a role (403) or a rate (429) and may find a service it needs unavailable (503); one
 * with parameters or a body may be malformed (400); one with path parameters may name nothing the caller sees (404);
 * one taking If-Match may be missing it (428) or hold an old version (412).
 */
@OpenApiFilter
public class ProblemResponsesInTheDocument implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> GENERIC = new LinkedHashMap<>();

    static {
        GENERIC.put("400", "The request is malformed or a field is invalid; errors[] names each field");
        GENERIC.put("401", "No valid bearer token from the sichuan or chongqing realm");
        GENERIC.put("403", "The caller's roles do not allow this operation here");
        GENERIC.put("404", "No such record, or outside the caller's scope (the two are not told apart)");
        GENERIC.put("412", "If-Match names an older version: read the record again");
        GENERIC.put("428", "If-Match is required: send the ETag of the version read");
        GENERIC.put("429", "Too many requests from this caller or address; Retry-After says when to try again");
        GENERIC.put("503", "A service this operation needs cannot answer now; nothing was changed, try again");
        GENERIC.put("default", "Any other error, as a problem (413 too large, 415 unsupported media type, 5xx)");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(op -> declare(path, item, op));
            }
        });
    }

    private static void declare(String path, PathItem item, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        for (Map.Entry<String, String> generic : GENERIC.entrySet()) {
            if (applies(generic.getKey(), path, item, op) && !responses.hasAPIResponse(generic.getKey())) {
                responses.addAPIResponse(generic.getKey(), OASFactory.createAPIResponse().description(generic.getValue()));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5") || status.equals("default")) && response.getRef() == null
                    && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                withProblem(response);
            }
        });
    }

    private static boolean applies(String status, String path, PathItem item, Operation op) {
        return switch (status) {
            case "400" -> op.getRequestBody() != null || !parameters(item, op).isEmpty();
            case "404" -> path.contains("{");
            case "412", "428" -> parameters(item, op).stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
            default -> true;
        };
    }

    private static List<Parameter> parameters(PathItem item, Operation op) {
        List<Parameter> all = new java.util.ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        return all;
    }

    private static void withProblem(APIResponse response) {
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
