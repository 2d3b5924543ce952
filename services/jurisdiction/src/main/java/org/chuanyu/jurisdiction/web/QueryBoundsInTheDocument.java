package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Set;

/**
 * Writes {@link QueryBounds}' limit into the OpenAPI document: a string query parameter without a maxLength of its
 * own declares {@link QueryBounds#MAX_LENGTH}, so the published contract states what the services enforce.
 */
@OpenApiFilter
public class QueryBoundsInTheDocument implements OASFilter {

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
}
