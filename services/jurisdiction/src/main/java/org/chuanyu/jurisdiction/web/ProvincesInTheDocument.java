package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.chuanyu.jurisdiction.caller.Province;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A province travels as its realm's name, a plain string in Java; the document lists the names a client can meet
 * ({@code enum: [sichuan, chongqing]}) wherever a property or parameter holds one: {@code province}, {@code realm},
 * any {@code …Province}, and the items of {@code provinces} and {@code awaiting}. A nullable one lists null too.
 * The e2e contract check holds every answer to it (docs/api.md, "The published contract").
 */
@OpenApiFilter
public class ProvincesInTheDocument implements OASFilter {

    private static final List<String> REALMS = Arrays.stream(Province.values()).map(Province::realm).toList();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ProvincesInTheDocument::properties);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().stream().filter(p -> p.getIn() == Parameter.In.QUERY && p.getSchema() != null)
                            .filter(p -> holdsOne(p.getName())).forEach(p -> list(p.getSchema()));
                }
            }));
        }
    }

    private static void properties(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.forEach((name, property) -> {
            if (holdsOne(name)) {
                list(property);
            } else if ((name.equals("provinces") || name.equals("awaiting")) && property.getItems() != null) {
                list(property.getItems());
            }
        });
    }

    static boolean holdsOne(String name) {
        return name.equals("province") || name.equals("realm") || name.endsWith("Province");
    }

    private static void list(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        if (type == null || !type.contains(Schema.SchemaType.STRING) || schema.getEnumeration() != null) {
            return;
        }
        List<Object> names = new ArrayList<>(REALMS);
        if (type.contains(Schema.SchemaType.NULL)) {
            names.add(null);
        }
        schema.setEnumeration(names);
    }
}
