package org.chuanyu.jurisdiction.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CallerFactory;
import org.chuanyu.jurisdiction.caller.InvalidTokenException;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.caller.JurisdictionConfig;
import org.chuanyu.jurisdiction.caller.TokenClaims;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "What may this account read now?", answered from Keycloak's admin API: the account's realm roles (composites
 * expanded), its districts and zones, and whether it is enabled, made into a {@link Caller} by the same rules that read
 * a token ({@link CallerFactory}). Asked with the platform-directory client, which holds realm-management view-users and
 * view-clients only. Notifications asks it before telling a subscription's owner of a record (docs/notifications.md,
 * "Who is told"); common-handling before assigning a case to a clerk (docs/common-handling.md, "Assignment"). Answers
 * are kept for {@code platform.directory.cache-for}: that is how long a withdrawn right can still count.
 */
@ApplicationScoped
public class AccountDirectory {

    private final DirectoryConfig config;
    private final ObjectMapper json;
    private final CallerFactory callers;
    private final HttpClient http;
    private final Map<Account, Known> known = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public AccountDirectory(DirectoryConfig config, ObjectMapper json, JointZones zones, JurisdictionConfig jurisdiction) {
        this.config = config;
        this.json = json;
        this.callers = new CallerFactory(zones, jurisdiction.crossProvinceAdmins(), jurisdiction.relays());
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    private record Known(Optional<Caller> caller, Instant until) {
    }

    private record Token(String header, Instant until) {
    }

    /**
     * The account as it stands now; empty when it no longer exists, is disabled, or its roles no longer make a valid
     * caller. Throws {@link DirectoryUnavailable} when Keycloak cannot be asked (the caller decides later).
     */
    public Optional<Caller> lookUp(Account account) {
        Known k = known.get(account);
        if (k != null && Instant.now().isBefore(k.until())) {
            return k.caller();
        }
        Optional<Caller> caller = ask(account);
        known.put(account, new Known(caller, Instant.now().plus(config.cacheFor())));
        return caller;
    }

    /** Forgets every answer (tests that change an account's rights). */
    public void forget() {
        known.clear();
    }

    private Optional<Caller> ask(Account account) {
        String admin = config.url() + "/admin/realms/" + encode(account.realm());
        JsonNode user;
        if (account.system()) {
            JsonNode clients = get(account.realm(), admin + "/clients?clientId=" + encode(account.clientId()));
            JsonNode client = first(clients);
            if (client == null || !client.path("enabled").asBoolean(false)) {
                return Optional.empty();
            }
            user = get(account.realm(), admin + "/clients/" + client.path("id").asText() + "/service-account-user");
        } else {
            user = first(get(account.realm(), admin + "/users?exact=true&briefRepresentation=false&username="
                    + encode(account.username())));
        }
        if (user == null || !user.path("enabled").asBoolean(false)
                || !account.username().equals(user.path("username").asText())) {
            return Optional.empty();
        }
        String id = user.path("id").asText();
        Set<String> roles = new LinkedHashSet<>();
        get(account.realm(), admin + "/users/" + id + "/role-mappings/realm/composite")
                .forEach(r -> roles.add(r.path("name").asText()));
        JsonNode attributes = user.path("attributes");
        try {
            return Optional.of(callers.fromClaims(new TokenClaims(account.realm(), id, account.username(), account.clientId(),
                    null, roles, values(attributes.path("districts")), values(attributes.path("zones")))).caller());
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }

    private static JsonNode first(JsonNode list) {
        return list.isArray() && !list.isEmpty() ? list.get(0) : null;
    }

    private static Set<String> values(JsonNode list) {
        Set<String> values = new LinkedHashSet<>();
        list.forEach(v -> values.add(v.asText()));
        return values;
    }

    private JsonNode get(String realm, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Authorization", token(realm)).GET().build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() == 401) {
            tokens.remove(realm);
        }
        if (answer.statusCode() == 404) {
            return json.createArrayNode();
        }
        if (answer.statusCode() != 200) {
            throw new DirectoryUnavailable("Keycloak's admin API answered " + answer.statusCode() + " for " + realm);
        }
        return read(answer.body());
    }

    private String token(String realm) {
        Token t = tokens.get(realm);
        if (t != null && Instant.now().isBefore(t.until())) {
            return t.header();
        }
        String secret = config.secret().orElseThrow(() -> new DirectoryUnavailable(
                "platform.directory.secret is not set"));
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId()) + "&client_secret="
                + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url() + "/realms/" + encode(realm)
                        + "/protocol/openid-connect/token")).timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() != 200) {
            throw new DirectoryUnavailable("Keycloak refused the directory's token in " + realm + " ("
                    + answer.statusCode() + ")");
        }
        JsonNode body = read(answer.body());
        long lifetime = body.path("expires_in").asLong(60);
        Token issued = new Token("Bearer " + body.path("access_token").asText(),
                Instant.now().plusSeconds(Math.max(1, lifetime - 10)));
        tokens.put(realm, issued);
        return issued.header();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DirectoryUnavailable("Keycloak cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailable("interrupted while asking Keycloak");
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new DirectoryUnavailable("Keycloak's answer is not JSON");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keycloak cannot answer now; nothing is decided on a guess. */
    public static final class DirectoryUnavailable extends RuntimeException {
        public DirectoryUnavailable(String message) {
            super(message);
        }
    }
}
