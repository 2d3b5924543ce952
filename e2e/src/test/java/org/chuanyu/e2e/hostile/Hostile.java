package org.chuanyu.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chuanyu.e2e.contract.Checks;
import org.chuanyu.e2e.contract.Contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sends hostile requests byte for byte (java.net.http, so nothing is re-encoded or validated on the way) and
 * records every answer that breaks the rule: 2xx, or 4xx with application/problem+json; never 5xx; never a stack
 * trace, a Java class name or a database message in the body. Findings are collected, not thrown at the first one,
 * so one run lists them all.
 */
public final class Hostile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** A trace line, a qualified class name of the JDK or a library, or a database message. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"
                    + "|\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|org\\.jboss|org\\.chuanyu|io\\.quarkus"
                    + "|io\\.vertx|io\\.smallrye|io\\.netty|com\\.fasterxml)\\.[a-z][\\w.$]*"
                    + "|\\w+Exception\\b|SQLState|\\bPSQL|duplicate key value|violates .* constraint");

    public record Answer(int status, String contentType, String body, String etag) {
        public Answer(int status, String contentType, String body) {
            this(status, contentType, body, null);
        }

        public boolean success() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    /** Bodies above the gateway's 10M limit; its 413 is accepted whatever its content type (see the report). */
    private static final int OVERSIZED = 10 * 1024 * 1024;

    private final String baseUri;
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> requestsPerEndpoint = new TreeMap<>();

    public Hostile(String baseUri) {
        this.baseUri = baseUri;
    }

    /** Sends and checks; {@code endpoint} names the operation for the coverage line. */
    public Answer send(String endpoint, String what, String method, String pathAndQuery, String token,
                       String contentType, byte[] body, Map<String, String> headers) {
        requestsPerEndpoint.merge(endpoint, 1, Integer::sum);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        Answer answer;
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            if (body != null && body.length > OVERSIZED) {
                // The gateway answers 413 with Connection: close at once; a client still uploading may see the
                // connection closed before it reads that answer. Refused either way, nothing was forwarded whole.
                return new Answer(413, "", "");
            }
            findings.add(endpoint + " / " + what + ": no answer (" + e + ")");
            return new Answer(0, "", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        check(endpoint + " / " + what + " (" + method + " " + abbreviate(pathAndQuery) + ")", answer);
        URI uri = URI.create(baseUri + pathAndQuery);
        if (Checks.appliesTo(baseUri, uri)) {
            // Hostile requests are held to the published contract too: every refusal must be a declared one.
            List<String> wrong = Contract.of(baseUri).check(method, uri.getRawPath(), answer.status(),
                    answer.contentType(), answer.body());
            if (!Checks.COLLECT) {
                wrong.forEach(v -> findings.add(endpoint + " / " + what + ": " + v));
            }
        }
        return answer;
    }

    private void check(String where, Answer a) {
        boolean clientError = a.status() >= 400 && a.status() < 500;
        if (!a.success() && !clientError) {
            findings.add(where + ": HTTP " + a.status() + " " + abbreviate(a.body()));
            // 413 and 431 (headers too large) may come from the HTTP server itself, before any handler could answer.
        } else if (clientError && a.status() != 413 && a.status() != 431
                && !a.contentType().startsWith("application/problem+json")) {
            findings.add(where + ": HTTP " + a.status() + " with Content-Type '" + a.contentType() + "' "
                    + abbreviate(a.body()));
        }
        var leak = LEAK.matcher(a.body());
        if (leak.find()) {
            findings.add(where + ": HTTP " + a.status() + " body leaks '" + leak.group() + "': " + abbreviate(a.body()));
        }
    }

    /** A finding that is not about one answer (e.g. data changed by a refused request). */
    public void finding(String text) {
        findings.add(text);
    }

    public List<String> findings() {
        return findings;
    }

    public Map<String, Integer> requestsPerEndpoint() {
        return requestsPerEndpoint;
    }

    public static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + " chars)";
    }
}
