package org.chuanyu.jurisdiction.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In what the services answer, a property that is never null is always there: Jackson writes every property, or with
 * NON_NULL every property that has a value. So a schema only answers use (never a request body or a parameter) lists
 * every property not declared nullable as required, and a generated client types it as present
 * (docs/api.md, "The published contract"). The e2e contract check then also catches a property that is missing
 * although declared never null. Schemas a request uses too keep what Bean Validation says a client must send; one
 * that lists its required properties itself keeps its list.
 */
@OpenApiFilter
public class RequiredPropertiesInTheDocument implements OASFilter {

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> requests = new HashSet<>();
        Set<String> answers = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> reach(p.getSchema(), schemas, requests));
            }
            item.getOperations().values().forEach(op -> collect(op, schemas, requests, answers));
        });
        answers.removeAll(requests);
        for (String name : answers) {
            Schema schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null || schema.getRequired() != null) {
                continue;
            }
            List<String> present = schema.getProperties().entrySet().stream()
                    .filter(p -> !nullable(p.getValue())).map(Map.Entry::getKey).toList();
            if (!present.isEmpty()) {
                schema.setRequired(present);
            }
        }
    }

    private static void collect(Operation op, Map<String, Schema> schemas, Set<String> requests, Set<String> answers) {
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> reach(p.getSchema(), schemas, requests));
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().getMediaTypes() != null) {
            op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, requests));
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> {
                if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
                    for (MediaType m : r.getContent().getMediaTypes().values()) {
                        reach(m.getSchema(), schemas, answers);
                    }
                }
            });
        }
    }

    /** Every named schema reachable from {@code start}, through properties, items, maps and compositions. */
    private static void reach(Schema start, Map<String, Schema> schemas, Set<String> names) {
        Deque<Schema> todo = new ArrayDeque<>();
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (start != null) {
            todo.push(start);
        }
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            if (s.getRef() != null && s.getRef().startsWith(REF)) {
                String name = s.getRef().substring(REF.length());
                Schema named = schemas.get(name);
                if (names.add(name) && named != null) {
                    todo.push(named);
                }
                continue;
            }
            Set<Schema> next = new LinkedHashSet<>();
            if (s.getProperties() != null) {
                next.addAll(s.getProperties().values());
            }
            if (s.getItems() != null) {
                next.add(s.getItems());
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                next.add(s.getAdditionalPropertiesSchema());
            }
            for (List<Schema> group : List.of(orEmpty(s.getAllOf()), orEmpty(s.getAnyOf()), orEmpty(s.getOneOf()))) {
                next.addAll(group);
            }
            next.forEach(todo::push);
        }
    }

    private static List<Schema> orEmpty(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static boolean nullable(Schema property) {
        if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        return property.getAnyOf() != null && property.getAnyOf().stream()
                .anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)));
    }
}
