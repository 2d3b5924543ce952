package org.chuanyu.jurisdiction.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chuanyu.jurisdiction.testing.RealmTokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local Keycloak as its administrator (dev: admin/admin, {@code -Dkc.admin.user}, {@code -Dkc.admin.password}) and
 * as a client of its token endpoint. Only for the sign-in tests: the services' tests take tokens from RealmTokens.
 */
final class Keycloak {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak() {
    }

    /** The answer of the token endpoint: status and body. */
    record TokenAnswer(int status, JsonNode body) {
        boolean issued() {
            return status == 200 && body.hasNonNull("access_token");
        }

        String error() {
            return body.path("error").asText("") + " " + body.path("error_description").asText("");
        }
    }

    static TokenAnswer token(String realm, Map<String, String> form) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(RealmTokens.issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        return new TokenAnswer(r.statusCode(), tree(r.body()));
    }

    // ---- admin API ----------------------------------------------------------------------------------------------

    static HttpResponse<String> admin(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RealmTokens.kcUrl() + "/admin/realms" + path))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json");
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request.build());
    }

    static String userId(String realm, String username) {
        JsonNode users = tree(admin("GET", "/" + realm + "/users?exact=true&username=" + enc(username), null).body());
        if (!users.isArray() || users.isEmpty()) {
            throw new IllegalStateException("no user " + username + " in realm " + realm);
        }
        return users.get(0).path("id").asText();
    }

    /** The brute-force detector's view of a user: {@code disabled}, {@code numFailures}. */
    static JsonNode bruteForce(String realm, String username) {
        return tree(admin("GET", "/" + realm + "/attack-detection/brute-force/users/" + userId(realm, username), null).body());
    }

    /** Forgets the user's login failures (what an administrator does for a locked-out colleague). */
    static void forgetFailures(String realm, String username) {
        int status = admin("DELETE", "/" + realm + "/attack-detection/brute-force/users/" + userId(realm, username), null).statusCode();
        if (status != 204) {
            throw new IllegalStateException("could not clear the login failures of " + username + ": HTTP " + status);
        }
    }

    private static String adminToken() {
        TokenAnswer answer = token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", System.getProperty("kc.admin.user", "admin"),
                "password", System.getProperty("kc.admin.password", "admin")));
        if (!answer.issued()) {
            throw new IllegalStateException("no admin token from " + RealmTokens.kcUrl() + ": " + answer.error());
        }
        return answer.body().get("access_token").asText();
    }

    // ---- a browser --------------------------------------------------------------------------------------------------

    /**
     * A browser that follows no redirect and sends back every cookie Keycloak set (by name; the tests talk to one
     * Keycloak on one host, so domain and path rules do not matter, and the JDK's cookie store refuses some of
     * Keycloak's cookies on a plain-HTTP address).
     */
    static final class Browser {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> postForm(String url, Map<String, String> form) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = Keycloak.send(client, request.build());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return response;
        }
    }

    /** The action of the page's first form, as a browser would submit it. */
    static String formAction(String html) {
        var m = java.util.regex.Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no form on the page: " + html.substring(0, Math.min(html.length(), 500)));
        }
        return m.group(1).replace("&amp;", "&");
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    static String form(Map<String, String> form) {
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode tree(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("unparsed", body);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak does not answer at " + RealmTokens.kcUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
