package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

import java.util.List;
import java.util.Set;

/**
 * Writes the bounds every request is held to into the OpenAPI document, so the published contract states what the
 * services enforce: a string query parameter without a maxLength of its own declares {@link QueryBounds#MAX_LENGTH},
 * and every request body declares its nesting depth ({@link JsonNesting}) as {@code x-max-nesting-depth}, for which
 * JSON Schema has no keyword.
 */
@OpenApiFilter
public class RequestBoundsInTheDocument implements OASFilter {

    public static final String NESTING_EXTENSION = "x-max-nesting-depth";
    private static final Set<String> SELF_BOUNDED_FORMATS = Set.of("date", "date-time", "int32", "int64");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.QUERY && schema != null && schema.getRef() == null) {
            List<Schema.SchemaType> type = schema.getType();
            boolean text = type != null && type.contains(Schema.SchemaType.STRING);
            if (text && schema.getEnumeration() == null && schema.getMaxLength() == null
                    && (schema.getFormat() == null || !SELF_BOUNDED_FORMATS.contains(schema.getFormat()))) {
                schema.setMaxLength(QueryBounds.MAX_LENGTH);
            }
        }
        return parameter;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        if (body.getContent() != null && body.getContent().hasMediaType("application/json")) {
            body.addExtension(NESTING_EXTENSION, ConfigProvider.getConfig()
                    .getValue(JsonNesting.DEPTH_PROPERTY, Integer.class));
        }
        return body;
    }
}
