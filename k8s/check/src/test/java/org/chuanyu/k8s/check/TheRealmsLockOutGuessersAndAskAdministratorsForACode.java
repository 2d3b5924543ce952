package org.chuanyu.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What 等保 level 3 asks of sign-in, held in the structure realm files that every environment imports
 * (docs/security.md, finding 4; the live behaviour is proven against Keycloak by the jurisdiction module's
 * KeycloakHardeningTest): login failures lock the account out for a while; passwords of at least 12 characters of
 * four classes, not the user name, not one of the last five; administrators (province-admin, cross-province-admin)
 * give a one-time code; SSO sessions end after 30 idle minutes and 10 hours at most; no client takes the password
 * grant, admin-cli included; the console's redirect URIs are each environment's, supplied by its overlay.
 */
class TheRealmsLockOutGuessersAndAskAdministratorsForACode {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_FAILURES = 5;
    static final int MAX_SSO_IDLE_SECONDS = 1800;
    static final int MAX_SSO_SECONDS = 36000;
    static final String CONSOLE_URL = "${COOPERATION_CONSOLE_URL}";

    static Stream<Path> structureRealms() throws IOException {
        try (Stream<Path> files = Files.list(Renders.k8s().resolve("keycloak/realms"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structureRealms")
    void theStructureRealmHardensSignIn(Path file) throws IOException {
        JsonNode realm = JSON.readTree(file.toFile());
        List<String> problems = new ArrayList<>();
        check(problems, realm.path("bruteForceProtected").asBoolean(false), "brute-force detection is off");
        check(problems, !realm.path("permanentLockout").asBoolean(false), "a permanent lock-out lets anyone lock administrators out for good");
        int failures = realm.path("failureFactor").asInt(0);
        check(problems, failures > 0 && failures <= MAX_FAILURES, "failureFactor " + failures + " is not 1.." + MAX_FAILURES);
        check(problems, realm.path("waitIncrementSeconds").asInt(0) > 0, "a lock-out lasts no time (waitIncrementSeconds)");

        String policy = realm.path("passwordPolicy").asText("");
        Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
        check(problems, length.find() && Integer.parseInt(length.group(1)) >= MIN_PASSWORD_LENGTH,
                "the password policy does not ask for " + MIN_PASSWORD_LENGTH + " characters: " + policy);
        for (String rule : List.of("upperCase", "lowerCase", "digits", "specialChars", "notUsername", "passwordHistory")) {
            check(problems, policy.contains(rule + "("), "the password policy lacks " + rule + ": " + policy);
        }

        int idle = realm.path("ssoSessionIdleTimeout").asInt(0);
        int max = realm.path("ssoSessionMaxLifespan").asInt(0);
        check(problems, idle > 0 && idle <= MAX_SSO_IDLE_SECONDS, "ssoSessionIdleTimeout " + idle + " is not 1.." + MAX_SSO_IDLE_SECONDS);
        check(problems, max > 0 && max <= MAX_SSO_SECONDS, "ssoSessionMaxLifespan " + max + " is not 1.." + MAX_SSO_SECONDS);

        for (String admin : List.of("province-admin", "cross-province-admin")) {
            boolean holds = false;
            for (JsonNode role : realm.path("roles").path("realm")) {
                if (role.path("name").asText().equals(admin)) {
                    for (JsonNode composite : role.path("composites").path("realm")) {
                        holds |= composite.asText().equals("needs-otp");
                    }
                }
            }
            check(problems, holds, admin + " does not include needs-otp");
        }
        check(problems, browserFlowAsksNeedsOtpHoldersForACode(realm), "the browser flow ("
                + realm.path("browserFlow").asText() + ") does not always ask holders of needs-otp for a one-time code");

        boolean adminCliDeclared = false;
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            adminCliDeclared |= id.equals("admin-cli");
            check(problems, !client.path("directAccessGrantsEnabled").asBoolean(false), "client " + id + " takes the password grant");
            if (id.equals("cooperation-console")) {
                for (JsonNode uri : client.path("redirectUris")) {
                    check(problems, uri.asText().startsWith(CONSOLE_URL + "/"), "cooperation-console redirects to "
                            + uri.asText() + ", not to the environment's " + CONSOLE_URL);
                }
                for (JsonNode origin : client.path("webOrigins")) {
                    check(problems, origin.asText().equals(CONSOLE_URL), "cooperation-console admits the web origin " + origin.asText());
                }
            }
        }
        check(problems, !realm.path("otpPolicyCodeReusable").asBoolean(false), "a one-time code may be used twice");
        check(problems, adminCliDeclared, "admin-cli is not declared, so Keycloak creates it with the password grant on");
        if (!problems.isEmpty()) {
            throw new AssertionError(file.getFileName() + ":\n  - " + String.join("\n  - ", problems));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.chuanyu.k8s.check.Renders#overlays")
    void everyOverlayNamesItsConsoleForTheRealms(Render render) {
        var violations = new Violations(render);
        Map<String, String> keycloak = render.all(ConfigMap.class).stream()
                .filter(c -> "keycloak-config".equals(c.getMetadata().getName())).findFirst()
                .map(ConfigMap::getData).orElse(Map.of());
        String url = keycloak.getOrDefault("COOPERATION_CONSOLE_URL", "");
        violations.check(!url.isBlank(), "keycloak-config sets no COOPERATION_CONSOLE_URL (the realms' redirect URIs)");
        violations.check(!url.contains("127.0.0.1") && !url.contains("localhost"), "COOPERATION_CONSOLE_URL is a loopback address: " + url);
        if (render.name().equals("overlays/prod")) {
            violations.check(url.startsWith("https://"), "prod COOPERATION_CONSOLE_URL is not https: " + url);
        }
        violations.assertNone("realms whose console redirect URIs are not the environment's");
    }

    /** The browser flow, followed through its sub-flows, has a conditional step on needs-otp that ends in the OTP form. */
    private static boolean browserFlowAsksNeedsOtpHoldersForACode(JsonNode realm) {
        String top = realm.path("browserFlow").asText("");
        Map<String, JsonNode> flows = new java.util.HashMap<>();
        realm.path("authenticationFlows").forEach(f -> flows.put(f.path("alias").asText(), f));
        Map<String, JsonNode> configs = new java.util.HashMap<>();
        realm.path("authenticatorConfig").forEach(c -> configs.put(c.path("alias").asText(), c));
        List<String> pending = new ArrayList<>(List.of(top));
        while (!pending.isEmpty()) {
            JsonNode flow = flows.get(pending.remove(0));
            if (flow == null) {
                continue;
            }
            boolean needsOtpCondition = false;
            boolean otpForm = false;
            for (JsonNode step : flow.path("authenticationExecutions")) {
                if (step.path("authenticatorFlow").asBoolean(false)) {
                    pending.add(step.path("flowAlias").asText());
                    continue;
                }
                String authenticator = step.path("authenticator").asText();
                JsonNode config = configs.get(step.path("authenticatorConfig").asText());
                if (authenticator.equals("conditional-user-role") && config != null
                        && config.path("config").path("condUserRole").asText().equals("needs-otp")
                        && !config.path("config").path("negate").asBoolean(false)) {
                    needsOtpCondition = true;
                }
                otpForm |= authenticator.equals("auth-otp-form") && step.path("requirement").asText().equals("REQUIRED");
            }
            if (needsOtpCondition && otpForm) {
                return true;
            }
        }
        return false;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
