package org.chuanyu.jurisdiction.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A bearer token of the platform's relay (client credentials from Keycloak), reused until shortly before it
 * expires. The relay's role reads event feeds and no record, so this token can serve no other purpose.
 */
@ApplicationScoped
public class RelayToken {

    private final RelayConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private volatile Issued issued;

    public RelayToken(RelayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    private record Issued(String header, Instant renewAt) {
    }

    /** {@code Bearer …} for the relay; throws {@link RelayUnavailable} when Keycloak cannot issue one now. */
    public String authorization() {
        Issued current = issued;
        if (current != null && Instant.now().isBefore(current.renewAt())) {
            return current.header();
        }
        synchronized (this) {
            current = issued;
            if (current == null || !Instant.now().isBefore(current.renewAt())) {
                current = request();
                issued = current;
            }
            return current.header();
        }
    }

    /** Forgets the token (the feed refused it: revoked, or the realm's keys rotated). */
    public void forget() {
        issued = null;
    }

    private Issued request() {
        String secret = config.secret().orElseThrow(() -> new RelayUnavailable("platform.relay.secret is not set"));
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId())
                + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.tokenUrl())).timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new RelayUnavailable("Keycloak answered " + answer.statusCode() + " for the relay's token");
            }
            JsonNode body = json.readTree(answer.body());
            String token = body.path("access_token").asText(null);
            if (token == null) {
                throw new RelayUnavailable("Keycloak's answer holds no access token");
            }
            long lifetime = body.path("expires_in").asLong(60);
            return new Issued("Bearer " + token,
                    Instant.now().plusSeconds(Math.max(1, lifetime - config.renewBefore().toSeconds())));
        } catch (IOException e) {
            throw new RelayUnavailable("Keycloak cannot be reached for the relay's token: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayUnavailable("interrupted while asking Keycloak for the relay's token");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keycloak cannot issue the relay's token now; the feed's reader tries again later. */
    public static final class RelayUnavailable extends RuntimeException {
        public RelayUnavailable(String message) {
            super(message);
        }
    }
}
