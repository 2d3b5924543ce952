package org.chuanyu.jurisdiction.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer on the platform.
 * It never carries database text or a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details for every error answer",
        example = "{\"type\":\"https://chuanyu.example/problems/validation\",\"title\":\"Invalid request\","
                + "\"status\":400,\"detail\":\"1 field is invalid\",\"requestId\":\"5f0c1d9e\","
                + "\"errors\":[{\"field\":\"district\",\"message\":\"must be a GB/T 2260 code\"}]}",
        requiredProperties = {"type", "title", "status"},
        // The gateway's own refusals (401 at the edge, 413, 429, 502–504) also say which path and route they answer.
        properties = {
                @SchemaProperty(name = "instance", type = SchemaType.STRING,
                        description = "The request path, without its query (the gateway's own problems)",
                        example = "/api/common-handling/cases"),
                @SchemaProperty(name = "route", type = SchemaType.STRING,
                        description = "The gateway route the request took (the gateway's own problems)",
                        example = "common-handling")})
public record Problem(
        @Schema(description = "URI identifying the kind of problem") String type,
        @Schema(description = "Short, human-readable summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "Request id, to quote when asking operators") String requestId,
        @Schema(description = "Field-level violations, for validation problems") List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request and what is wrong with it. */
    @Schema(name = "FieldViolation")
    public record FieldViolation(String field, String message) {
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, id, errors);
    }
}
