package org.chuanyu.jurisdiction.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 4 of docs/security.md, against the real Keycloak: before the fix, 30 wrong passwords and then the right one
 * gave a token, any password was accepted, and nobody was asked for a one-time code.
 * <ul>
 *   <li>with the dev account kept for this (sc-otp-admin: a password that meets the structure policy, an enrolled
 *       TOTP secret, both in k8s/keycloak/dev/sichuan.json): guessing locks it out, and it signs in only with its
 *       code;</li>
 *   <li>with a throwaway realm imported from the structure file (what production imports): admin-cli takes no
 *       password, the password policy refuses weak passwords, and a province administrator signing in through the
 *       browser is made to set up a one-time code, while a clerk is not.</li>
 * </ul>
 */
class KeycloakHardeningTest {

    static final String REALM = "sichuan";
    static final String OTP_ADMIN = "sc-otp-admin";
    /** Five failures lock an account out (failureFactor in the structure realm files). */
    static final int FAILURES_THAT_LOCK = 5;
    static final String CONSOLE = "http://127.0.0.1:8080";
    static final String REDIRECT = CONSOLE + "/swagger-ui/oauth2-redirect.html";
    static final String STRONG = "Gaozhu-Linshui-2026!";

    static String password;
    static String secret;
    static String structureRealm;

    @BeforeAll
    static void readTheKeptAccountAndImportTheStructureRealm() throws IOException {
        JsonNode dev = Keycloak.JSON.readTree(RealmTokens.projectRoot().resolve("k8s/keycloak/dev/sichuan.json").toFile());
        for (JsonNode user : dev.path("users")) {
            if (user.path("username").asText().equals(OTP_ADMIN)) {
                for (JsonNode credential : user.path("credentials")) {
                    if (credential.path("type").asText().equals("password")) {
                        password = credential.path("value").asText();
                    } else if (credential.path("type").asText().equals("otp")) {
                        secret = Keycloak.tree(credential.path("secretData").asText()).path("value").asText();
                    }
                }
            }
        }
        assertTrue(password != null && secret != null, OTP_ADMIN + " with a password and a TOTP secret in the dev realm file");

        Path structure = RealmTokens.projectRoot().resolve("k8s/keycloak/realms/sichuan.json");
        structureRealm = "structure-check-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode realm = (ObjectNode) Keycloak.JSON.readTree(Files.readString(structure)
                .replace("${COOPERATION_CONSOLE_URL}", CONSOLE));
        realm.put("realm", structureRealm);
        HttpResponse<String> created = Keycloak.admin("POST", "", realm);
        assertEquals(201, created.statusCode(), "import of the structure realm: " + created.body());
    }

    @AfterAll
    static void dropTheStructureRealm() {
        if (structureRealm != null) {
            Keycloak.admin("DELETE", "/" + structureRealm, null);
        }
    }

    @BeforeEach
    void noFailuresYet() {
        Keycloak.forgetFailures(REALM, OTP_ADMIN);
    }

    // ---- the kept dev account -----------------------------------------------------------------------------------

    @Test
    void guessingLocksTheAccountOutSoThatEvenTheRightPasswordAndCodeAreRefused() {
        for (int i = 0; i < FAILURES_THAT_LOCK; i++) {
            assertFalse(signIn(OTP_ADMIN, "wrong-" + i, null).issued(), "guess " + i);
        }
        assertTrue(Keycloak.bruteForce(REALM, OTP_ADMIN).path("disabled").asBoolean(false),
                "Keycloak has not locked " + OTP_ADMIN + " out after " + FAILURES_THAT_LOCK + " failures");
        Keycloak.TokenAnswer locked = signIn(OTP_ADMIN, password, OneTimeCodes.now(secret));
        assertFalse(locked.issued(), "a locked-out account got a token");

        Keycloak.forgetFailures(REALM, OTP_ADMIN);
        Keycloak.TokenAnswer released = signIn(OTP_ADMIN, password, OneTimeCodes.now(secret));
        assertTrue(released.issued(), "after an administrator cleared the failures: " + released.error());
    }

    @Test
    void anAccountWithAOneTimeCodeSignsInOnlyWithItsCode() {
        Keycloak.TokenAnswer withoutCode = signIn(OTP_ADMIN, password, null);
        assertFalse(withoutCode.issued(), "the password alone gave a token");
        Keycloak.forgetFailures(REALM, OTP_ADMIN);   // each failure counts, and two quick ones lock the account for a minute

        String right = OneTimeCodes.now(secret);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertFalse(signIn(OTP_ADMIN, password, wrong).issued(), "a wrong code gave a token");
        Keycloak.forgetFailures(REALM, OTP_ADMIN);

        Keycloak.TokenAnswer withCode = signIn(OTP_ADMIN, password, right);
        assertTrue(withCode.issued(), "password and code: " + withCode.error());
    }

    // ---- the structure realm, as production imports it ----------------------------------------------------------

    @Test
    void adminCliTakesNoPasswordInTheProvincesRealms() {
        String user = createUser(structureRealm, "clerk-" + UUID.randomUUID().toString().substring(0, 8), STRONG, List.of());
        Keycloak.TokenAnswer answer = Keycloak.token(structureRealm, Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", user, "password", STRONG));
        assertFalse(answer.issued(), "admin-cli took a password grant");
        assertEquals("unauthorized_client", answer.body().path("error").asText(), answer.error());
        for (String realm : List.of("sichuan", "chongqing")) {
            Keycloak.TokenAnswer demo = Keycloak.token(realm, Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", realm.equals("sichuan") ? "sc-admin" : "cq-admin", "password", realm.equals("sichuan") ? "sc-admin" : "cq-admin"));
            assertEquals("unauthorized_client", demo.body().path("error").asText(), realm + ": " + demo.error());
        }
    }

    @Test
    void thePasswordPolicyRefusesWeakPasswords() {
        String name = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> weak = Map.of(
                "too short", "Aa1!aa1!",
                "no capital", "gaozhu-linshui-2026!",
                "no digit", "Gaozhu-Linshui-xxxx!",
                "no special character", "GaozhuLinshui2026",
                "the user name", name);
        weak.forEach((why, value) -> {
            HttpResponse<String> r = Keycloak.admin("POST", "/" + structureRealm + "/users", user(name, value));
            assertEquals(400, r.statusCode(), why + " was accepted: " + r.body());
            assertTrue(r.body().contains("invalidPassword"), why + ": " + r.body());
        });
        assertEquals(201, Keycloak.admin("POST", "/" + structureRealm + "/users", user(name, STRONG)).statusCode());
    }

    @Test
    void aProvinceAdministratorMustSetUpAOneTimeCodeAtBrowserSignInAndAClerkNeedNot() {
        String admin = createUser(structureRealm, "admin-" + UUID.randomUUID().toString().substring(0, 8), STRONG, List.of("province-admin"));
        String afterPassword = browserSignIn(structureRealm, admin, STRONG);
        assertTrue(afterPassword.contains("execution=CONFIGURE_TOTP"), "the administrator was not sent to set up a code: " + afterPassword);

        String clerk = createUser(structureRealm, "clerk-" + UUID.randomUUID().toString().substring(0, 8), STRONG, List.of("district-clerk"));
        String clerkAfterPassword = browserSignIn(structureRealm, clerk, STRONG);
        assertTrue(clerkAfterPassword.startsWith(REDIRECT + "?") && clerkAfterPassword.contains("code="),
                "the clerk was not signed in with the password alone: " + clerkAfterPassword);
    }

    @Test
    void sessionsEndAfterHalfAnHourIdleAndTenHoursAtMost() {
        JsonNode realm = Keycloak.tree(Keycloak.admin("GET", "/" + structureRealm, null).body());
        assertTrue(realm.path("ssoSessionIdleTimeout").asInt() > 0 && realm.path("ssoSessionIdleTimeout").asInt() <= 1800, realm.toString());
        assertTrue(realm.path("ssoSessionMaxLifespan").asInt() > 0 && realm.path("ssoSessionMaxLifespan").asInt() <= 36000, realm.toString());
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force detection");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static Keycloak.TokenAnswer signIn(String username, String secretWord, String code) {
        Map<String, String> form = new HashMap<>(Map.of("grant_type", "password", "client_id", RealmTokens.CLI_CLIENT,
                "username", username, "password", secretWord));
        if (code != null) {
            form.put("totp", code);
        }
        return Keycloak.token(REALM, form);
    }

    /** The sign-in page of cooperation-console (code + PKCE), the password submitted: where Keycloak sends the browser next. */
    private static String browserSignIn(String realm, String username, String secretWord) {
        Keycloak.Browser browser = new Keycloak.Browser();
        String page = browser.get(RealmTokens.issuer(realm) + "/protocol/openid-connect/auth?client_id=cooperation-console"
                + "&redirect_uri=" + Keycloak.enc(REDIRECT) + "&response_type=code&scope=openid"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256").body();
        HttpResponse<String> submitted = browser.postForm(Keycloak.formAction(page),
                Map.of("username", username, "password", secretWord));
        assertEquals(302, submitted.statusCode(), "sign-in of " + username + ": " + submitted.body());
        return submitted.headers().firstValue("Location").orElse("");
    }

    private static String createUser(String realm, String username, String secretWord, List<String> roles) {
        HttpResponse<String> created = Keycloak.admin("POST", "/" + realm + "/users", user(username, secretWord));
        assertEquals(201, created.statusCode(), "user " + username + ": " + created.body());
        String id = Keycloak.userId(realm, username);
        for (String role : roles) {
            String representation = Keycloak.admin("GET", "/" + realm + "/roles/" + role, null).body();
            assertEquals(204, Keycloak.admin("POST", "/" + realm + "/users/" + id + "/role-mappings/realm",
                    "[" + representation + "]").statusCode(), "role " + role);
        }
        return username;
    }

    private static Map<String, Object> user(String username, String secretWord) {
        return Map.of("username", username, "enabled", true, "email", username + "@example.org", "emailVerified", true,
                "firstName", "Test", "lastName", "User",
                "credentials", List.of(Map.of("type", "password", "value", secretWord, "temporary", false)));
    }
}
