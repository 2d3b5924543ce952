package org.chuanyu.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Outside the dev overlay the repository holds no secret value: Secrets are templates whose every value is empty,
 * nothing secret travels in a ConfigMap or a literal environment variable, and the realm files carry no demo user,
 * credential, client secret or signing key.
 */
class NoSecretValueOutsideTheDevOverlay {

    /** Names that hold secrets wherever they appear (configuration keys, environment variables, config fields). */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|hmac|private|token|credential).*");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Production creates its Secrets from its secret store (docs/deploy.md): a template left in the render would
     * blank them at the next {@code kubectl apply -k} (owner passwords, the timeline key), so none is left.
     */
    @Test
    void theProductionRenderCarriesNoSecretAtAll() {
        Render prod = Renders.overlay("prod");
        assertEquals(List.of(), prod.secrets().stream().map(s -> s.getMetadata().getName()).toList(),
                "Secrets the prod overlay would overwrite with empty templates");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#beyondDev")
    void secretsAreEmptyTemplates(Render render) {
        var violations = new Violations(render);
        for (Secret secret : render.secrets()) {
            String name = "Secret " + secret.getMetadata().getName();
            values(secret.getStringData()).forEach(e -> violations.check(e.getValue() == null || e.getValue().isEmpty(),
                    name + ": " + e.getKey() + " carries a value"));
            values(secret.getData()).forEach(e -> violations.check(e.getValue() == null
                            || Base64.getDecoder().decode(e.getValue()).length == 0,
                    name + ": " + e.getKey() + " carries a value"));
        }
        violations.assertNone("Secrets with values outside the dev overlay");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#all")
    void nothingSecretTravelsInAConfigMapOrALiteralVariable(Render render) {
        var violations = new Violations(render);
        for (ConfigMap map : render.configMaps()) {
            values(map.getData()).map(Map.Entry::getKey).filter(k -> SECRET_NAME.matcher(k).matches())
                    .forEach(k -> violations.add("ConfigMap " + map.getMetadata().getName() + ": key " + k
                            + " belongs in a Secret"));
        }
        render.workloads().forEach(w -> w.template().getSpec().getContainers().forEach(c -> {
            if (c.getEnv() != null) {
                c.getEnv().stream().filter(e -> e.getValue() != null && SECRET_NAME.matcher(e.getName()).matches())
                        .forEach(e -> violations.add(w.name() + " container " + c.getName() + ": " + e.getName()
                                + " is a literal; take it from a Secret"));
            }
        }));
        violations.assertNone("secret settings outside Secrets");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#beyondDev")
    void theRealmsCarryNoDemoUserCredentialOrKey(Render render) throws Exception {
        var violations = new Violations(render);
        var realms = render.configMaps().stream().filter(m -> m.getMetadata().getName().startsWith("keycloak-realms")).toList();
        violations.check(realms.size() == 1, "expected one keycloak-realms ConfigMap, found " + realms.size());
        for (ConfigMap map : realms) {
            for (var file : map.getData().entrySet()) {
                String where = "realm file " + file.getKey();
                JsonNode realm = JSON.readTree(file.getValue());
                for (JsonNode user : realm.path("users")) {
                    violations.check(user.hasNonNull("serviceAccountClientId"),
                            where + ": user " + user.path("username").asText() + " is not a service account");
                    violations.check(!user.has("credentials"), where + ": user " + user.path("username").asText()
                            + " carries credentials");
                }
                for (JsonNode client : realm.path("clients")) {
                    violations.check(!client.has("secret"), where + ": client " + client.path("clientId").asText()
                            + " carries a secret");
                    violations.check(!client.path("directAccessGrantsEnabled").asBoolean(false),
                            where + ": client " + client.path("clientId").asText() + " allows the password grant");
                }
                secretFields(realm, "").forEach(path -> violations.add(where + ": " + path + " holds a secret"));
            }
        }
        violations.assertNone("realm files with demo users, credentials or keys outside the dev overlay");
    }

    /** Keys named after secrets whose values are rules: the realm's password policy ("length(12) and …"). */
    private static final java.util.Set<String> RULES_NAMED_LIKE_SECRETS = java.util.Set.of("passwordPolicy");

    /** Paths of non-empty values under keys that name secrets (e.g. a key provider's privateKey). */
    private static Stream<String> secretFields(JsonNode node, String path) {
        if (node.isObject()) {
            return node.properties().stream().flatMap(e -> {
                String here = path + "." + e.getKey();
                // Keycloak settings named after secrets but holding none (lifespans, "access.token.claim" flags) are
                // numbers or booleans, sometimes as strings.
                String text = e.getValue().asText();
                boolean secret = SECRET_NAME.matcher(e.getKey()).matches() && !RULES_NAMED_LIKE_SECRETS.contains(e.getKey())
                        && e.getValue().isTextual()
                        && !text.isEmpty() && !text.equals("true") && !text.equals("false") && !text.matches("\\d+");
                return secret ? Stream.of(here) : secretFields(e.getValue(), here);
            });
        }
        if (node.isArray()) {
            java.util.List<String> found = new java.util.ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                secretFields(node.get(i), path + "[" + i + "]").forEach(found::add);
            }
            return found.stream();
        }
        return Stream.empty();
    }

    private static <V> Stream<Map.Entry<String, V>> values(Map<String, V> map) {
        return map == null ? Stream.empty() : map.entrySet().stream();
    }
}
