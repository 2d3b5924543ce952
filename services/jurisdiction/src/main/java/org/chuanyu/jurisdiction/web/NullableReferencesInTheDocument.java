package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nullable property whose type is another schema is written as {@code anyOf: [{$ref}, {type: null}]}. SmallRye adds
 * a {@code type} beside it, {@code [object, null]} the first time a class is used and {@code object} after: the
 * second form forbids the null that anyOf allows, so a validator refuses a true answer and a generator may drop the
 * null. The anyOf alone says it all, so the type beside it goes
 * (docs/adr/0004-the-contract-is-written-by-filters-and-held-to-every-answer.md).
 */
@OpenApiFilter
public class NullableReferencesInTheDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        openAPI.getComponents().getSchemas().values().forEach(s -> walk(s, seen));
    }

    private static void walk(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && anyOf.stream().anyMatch(NullableReferencesInTheDocument::isNull)
                && anyOf.stream().anyMatch(s -> s.getRef() != null)) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, seen));
        }
        walk(schema.getItems(), seen);
        if (schema.getAdditionalPropertiesSchema() != null) {
            walk(schema.getAdditionalPropertiesSchema(), seen);
        }
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(s -> walk(s, seen));
            }
        }
    }

    private static boolean isNull(Schema s) {
        return s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
