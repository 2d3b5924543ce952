package org.chuanyu.e2e.sweep;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.chuanyu.e2e.sweep.Jurisdiction.Account;
import org.chuanyu.jurisdiction.testing.RealmTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/**
 * Sends the sweep's requests through the gateway, counts them, and searches every response body for
 * the identifiers of records the caller must not see (unless the caller named them itself).
 */
public final class Probe {

    /**
     * A text of a fixture and who may see it; {@code subject} when it is the record's identifier (a case number, a park
     * or project code), which events name by design.
     */
    public record Marker(String text, String fixture, Predicate<Account> visibleTo, boolean subject) {
    }

    /** The gateway, as the e2e profile passes it (same property as Stack). */
    public static final String GATEWAY = System.getProperty("gateway.url", "http://127.0.0.1:8080");

    private final Map<String, String> tokens = new HashMap<>();
    private final List<Marker> markers = new ArrayList<>();
    private final Set<String> exercised = new LinkedHashSet<>();
    private final Set<String> findings = new LinkedHashSet<>();
    private int requests;
    private int checks;

    public String token(Account account) {
        return tokens.computeIfAbsent(account.name(), n -> account.serviceAccount()
                ? RealmTokens.serviceAccount(n) : RealmTokens.user(n));
    }

    /** A text of a record (a name, an ID number, a title) that only those who may see the record may receive. */
    public void hide(String text, String fixture, Predicate<Account> visibleTo) {
        markers.add(new Marker(text, fixture, visibleTo, false));
    }

    /**
     * A record's identifier: hidden like any text of it, except on the event feeds the relay reads, whose events name
     * their subjects and scopes by design (and carry nothing else of the record: the rest stays hidden there too).
     */
    public void hideSubject(String text, String fixture, Predicate<Account> visibleTo) {
        markers.add(new Marker(text, fixture, visibleTo, true));
    }

    /** A request as the account, without the leak search (fixture set-up). */
    public RequestSpecification as(Account account) {
        return given().baseUri(GATEWAY).auth().oauth2(token(account)).contentType("application/json");
    }

    /**
     * One swept request: the operation (method and path template) is recorded as exercised and the
     * body searched for foreign identifiers.
     */
    public Response send(Account account, String operation, String path, Object body, Map<String, String> headers) {
        String method = operation.substring(0, operation.indexOf(' '));
        RequestSpecification request = as(account);
        headers.forEach(request::header);
        if (body != null) {
            request.body(body);
        }
        Response response = request.request(method, path);
        requests++;
        exercised.add(operation);
        String text = response.asString();
        String sent = path + " " + (body == null ? "" : body.toString());
        boolean relayOnFeed = account.relay() && operation.endsWith("/events");
        for (Marker m : markers) {
            if (!m.visibleTo().test(account) && !sent.contains(m.text()) && !(relayOnFeed && m.subject())) {
                check(!text.contains(m.text()), account.name() + " " + method + " " + path + " answered "
                        + response.statusCode() + " revealing " + m.fixture() + " (" + m.text() + ")");
            }
        }
        check(response.statusCode() < 500, account.name() + " " + method + " " + path + " answered "
                + response.statusCode() + ": " + abbreviate(text));
        return response;
    }

    /** Searches a text the account received other than as an answer (a webhook) for what it may not see. */
    public void scan(Account account, String text, String where) {
        for (Marker m : markers) {
            if (!m.visibleTo().test(account)) {
                check(!text.contains(m.text()), account.name() + " got " + where + " revealing " + m.fixture() + " ("
                        + m.text() + ")");
            }
        }
    }

    /** An operation exercised other than by {@link #send} (a live stream), counted as one request. */
    public void record(String operation) {
        requests++;
        exercised.add(operation);
    }

    public Response get(Account account, String operation, String path) {
        return send(account, operation, path, null, Map.of());
    }

    public void check(boolean ok, String finding) {
        checks++;
        if (!ok) {
            findings.add(finding);
        }
    }

    public static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    public Set<String> exercised() {
        return exercised;
    }

    public Set<String> findings() {
        return findings;
    }

    public int requests() {
        return requests;
    }

    public int checks() {
        return checks;
    }
}
