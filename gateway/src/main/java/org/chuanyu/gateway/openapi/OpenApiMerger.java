package org.chuanyu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into the one an external system sees. Pure: documents in,
 * document out, so every rule is tested on fixtures.
 * <ul>
 *   <li>Documents are taken in route-name order; each operation (path + method) appears once: the first
 *       service to declare it wins, and later duplicates are reported in {@code x-duplicate-operations}.</li>
 *   <li>Components of the same name and the same content are kept once; a name used by a later
 *       service for something different becomes {@code <Name>_<route>}, and that service's {@code $ref}s
 *       are rewritten to match. Clashing operationIds get the same suffix.</li>
 *   <li>The services' security schemes become one bearer scheme (plus, when configured, one
 *       authorization-code scheme per realm for signing in from Swagger UI), and every security
 *       requirement is rewritten to them.</li>
 *   <li>Services that could not be read are listed in {@code x-unavailable-routes}.</li>
 * </ul>
 */
public final class OpenApiMerger {

    public static final String BEARER = "bearer";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String REF_PREFIX = "#/components/";

    /** One service's document, under its route name. */
    public record Source(String route, ObjectNode document) {
    }

    /** A realm users can sign in with from Swagger UI (authorization code + PKCE). */
    public record SignInRealm(String name, String issuer) {
    }

    private final ObjectNode info;
    private final List<SignInRealm> signInRealms;

    public OpenApiMerger(ObjectNode info, List<SignInRealm> signInRealms) {
        this.info = info;
        this.signInRealms = List.copyOf(signInRealms);
    }

    public ObjectNode merge(List<Source> sources, List<String> unavailableRoutes) {
        ObjectNode out = JSON.objectNode();
        out.put("openapi", sources.isEmpty() ? "3.1.0" : sources.get(0).document().path("openapi").asText("3.1.0"));
        out.set("info", info.deepCopy());
        ArrayNode tags = out.putArray("tags");
        ObjectNode paths = out.putObject("paths");
        ObjectNode components = out.putObject("components");
        Set<String> tagNames = new HashSet<>();
        Set<String> operationIds = new HashSet<>();
        ArrayNode duplicates = JSON.arrayNode();

        for (Source source : sources) {
            ObjectNode doc = source.document().deepCopy();
            completeForLinters(doc, false);
            Map<String, String> renames = mergeComponents(doc, components, suffix(source.route()));
            rewriteRefs(doc, renames);
            mergeTags(doc, tags, tagNames);
            mergePaths(source.route(), doc, paths, operationIds, duplicates);
        }
        components.set("securitySchemes", securitySchemes());
        if (tags.isEmpty()) {
            out.remove("tags");
        }
        if (!duplicates.isEmpty()) {
            out.set("x-duplicate-operations", duplicates);
        }
        if (!unavailableRoutes.isEmpty()) {
            ArrayNode unavailable = out.putArray("x-unavailable-routes");
            unavailableRoutes.forEach(unavailable::add);
        }
        return out;
    }

    /** Adds the document's components to the merged ones; returns the renames ({@code #/components/...} refs). */
    private static Map<String, String> mergeComponents(ObjectNode doc, ObjectNode merged, String suffix) {
        Map<String, String> renames = new HashMap<>();
        JsonNode components = doc.path("components");
        if (!components.isObject()) {
            return renames;
        }
        // Decide every name first, then rewrite refs inside the components before they are stored.
        Map<String, Map<String, JsonNode>> toAdd = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> sections = components.fields(); sections.hasNext(); ) {
            Map.Entry<String, JsonNode> section = sections.next();
            if (section.getKey().equals("securitySchemes") || !section.getValue().isObject()) {
                continue;
            }
            ObjectNode existing = merged.has(section.getKey()) ? (ObjectNode) merged.get(section.getKey()) : null;
            Map<String, JsonNode> adding = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> items = section.getValue().fields(); items.hasNext(); ) {
                Map.Entry<String, JsonNode> item = items.next();
                JsonNode already = existing == null ? null : existing.get(item.getKey());
                if (already == null) {
                    adding.put(item.getKey(), item.getValue());
                } else if (!already.equals(item.getValue())) {
                    String twin = twin(existing, item.getKey(), item.getValue());
                    if (twin != null) { // the same thing an earlier service already brought, renamed
                        renames.put(REF_PREFIX + section.getKey() + "/" + item.getKey(), REF_PREFIX + section.getKey() + "/" + twin);
                        continue;
                    }
                    String renamed = item.getKey() + suffix;
                    for (int n = 2; existing.has(renamed); n++) {
                        renamed = item.getKey() + suffix + n;
                    }
                    renames.put(REF_PREFIX + section.getKey() + "/" + item.getKey(), REF_PREFIX + section.getKey() + "/" + renamed);
                    adding.put(renamed, item.getValue());
                }
            }
            toAdd.put(section.getKey(), adding);
        }
        toAdd.forEach((section, items) -> {
            ObjectNode target = merged.has(section) ? (ObjectNode) merged.get(section) : merged.putObject(section);
            items.forEach((name, node) -> {
                rewriteRefs(node, renames);
                target.set(name, node);
            });
        });
        return renames;
    }

    /**
     * Fills two gaps services' generated documents are known to leave, which OpenAPI validators reject:
     * a response header without {@code schema} or {@code content} gets {@code schema: {type: string}}
     * (every platform response header is text), and an array schema without {@code items} gets
     * {@code items: {}} (any item), which says no more than the service already did.
     */
    static void completeForLinters(JsonNode node, boolean isHeaderMap) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (isHeaderMap) {
                object.forEach(header -> {
                    if (header.isObject() && !header.has("$ref") && !header.has("schema") && !header.has("content")) {
                        ((ObjectNode) header).putObject("schema").put("type", "string");
                    }
                });
            }
            JsonNode type = object.get("type");
            boolean array = type != null && (type.asText().equals("array")
                    || (type.isArray() && type.toString().contains("\"array\"")));
            if (array && !object.has("items") && !object.has("prefixItems")) {
                object.putObject("items");
            }
            object.fields().forEachRemaining(e -> completeForLinters(e.getValue(), e.getKey().equals("headers")));
        } else if (node.isArray()) {
            node.forEach(child -> completeForLinters(child, false));
        }
    }

    /** An already merged {@code name_<route>} with exactly this content, or null. */
    private static String twin(ObjectNode existing, String name, JsonNode content) {
        for (Iterator<String> names = existing.fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            if (candidate.startsWith(name + "_") && existing.get(candidate).equals(content)) {
                return candidate;
            }
        }
        return null;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.forEach(child -> rewriteRefs(child, renames));
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static void mergeTags(ObjectNode doc, ArrayNode tags, Set<String> names) {
        for (JsonNode tag : doc.path("tags")) {
            if (names.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        }
    }

    private void mergePaths(String route, ObjectNode doc, ObjectNode paths, Set<String> operationIds, ArrayNode duplicates) {
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ObjectNode target = paths.has(entry.getKey()) ? (ObjectNode) paths.get(entry.getKey()) : paths.putObject(entry.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> fields = entry.getValue().fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!METHODS.contains(field.getKey())) {
                    if (!target.has(field.getKey())) {
                        target.set(field.getKey(), field.getValue()); // path-level parameters, summary
                    }
                    continue;
                }
                if (target.has(field.getKey())) {
                    duplicates.add(JSON.objectNode().put("route", route).put("method", field.getKey().toUpperCase())
                            .put("path", entry.getKey()));
                    continue;
                }
                ObjectNode operation = (ObjectNode) field.getValue();
                if (!operation.has("security") && doc.has("security")) {
                    operation.set("security", doc.get("security").deepCopy()); // the service's default applies
                }
                String operationId = operation.path("operationId").asText(null);
                if (operationId != null && !operationIds.add(operationId)) {
                    operation.put("operationId", operationId + suffix(route));
                    operationIds.add(operationId + suffix(route));
                }
                rewriteSecurity(operation);
                target.set(field.getKey(), operation);
            }
        }
    }

    /** Any scheme a service named becomes the one bearer scheme, or signing in through any realm. */
    private void rewriteSecurity(ObjectNode operation) {
        JsonNode security = operation.get("security");
        if (security == null || !security.isArray()) {
            return;
        }
        boolean secured = false;
        for (JsonNode requirement : security) {
            if (requirement.size() > 0) {
                secured = true;
            }
        }
        boolean anonymousAllowed = security.isEmpty() || hasEmptyRequirement(security);
        ArrayNode rewritten = JSON.arrayNode();
        if (secured) {
            rewritten.addObject().putArray(BEARER);
            signInRealms.forEach(realm -> rewritten.addObject().putArray(realm.name()));
        }
        if (anonymousAllowed && !security.isEmpty()) {
            rewritten.addObject();
        }
        operation.set("security", rewritten);
    }

    private static boolean hasEmptyRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode securitySchemes() {
        ObjectNode schemes = JSON.objectNode();
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "Access token from the sichuan or chongqing realm, audience cooperation-api");
        for (SignInRealm realm : signInRealms) {
            ObjectNode flow = schemes.putObject(realm.name()).put("type", "oauth2")
                    .put("description", "Sign in with the " + realm.name() + " realm (authorization code with PKCE)")
                    .putObject("flows").putObject("authorizationCode");
            flow.put("authorizationUrl", realm.issuer() + "/protocol/openid-connect/auth");
            flow.put("tokenUrl", realm.issuer() + "/protocol/openid-connect/token");
            flow.putObject("scopes").put("openid", "OpenID Connect sign-in");
        }
        return schemes;
    }

    /** A route name as a component-name suffix: {@code common-handling} → {@code _common-handling}. */
    static String suffix(String route) {
        return "_" + route.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** Every operation of a document as {@code METHOD path}; for completeness checks. */
    public static List<String> operations(JsonNode document) {
        List<String> out = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                out.add(m.toUpperCase() + " " + path.getKey());
            }
        }));
        return out;
    }
}
