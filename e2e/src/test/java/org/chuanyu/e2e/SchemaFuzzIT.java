package org.chuanyu.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.chuanyu.e2e.fuzz.ApiDocument;
import org.chuanyu.e2e.fuzz.ApiDocument.Operation;
import org.chuanyu.e2e.fuzz.FuzzSettings;
import org.chuanyu.e2e.fuzz.Heaviest;
import org.chuanyu.e2e.fuzz.Mutations;
import org.chuanyu.e2e.fuzz.Queries;
import org.chuanyu.e2e.fuzz.Sandbox;
import org.chuanyu.e2e.fuzz.Snapshot;
import org.chuanyu.e2e.fuzz.Tally;
import org.chuanyu.e2e.fuzz.Values;
import org.chuanyu.e2e.hostile.Hostile;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property-based fuzzing of every operation of the merged OpenAPI document that takes a JSON body or query
 * parameters (read from the document, so a new operation is fuzzed without a change here; exceptions in
 * {@link Sandbox}). Bodies follow the schema or are mutated from one that does ({@link Mutations}); query strings
 * mix typed, hinted and hostile values ({@link Queries}); path parameters name the fuzzer's own records, or
 * shared reference data guarded by a stale If-Match, or nonsense. Each request goes through the gateway as an
 * account that may write there, and each answer must follow {@link Hostile}'s rule (2xx, or 4xx problem+json;
 * never 5xx, a stack trace, a class name or a database message). A refused write must leave its
 * {@link Snapshot} as it was. One try sends one request per operation; see docs/fuzzing.md.
 */
@AddLifecycleHook(FuzzSettings.class)
class SchemaFuzzIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_SHOWN_BODY = 600;
    static final String STALE_ETAG = "\"fuzz-stale\"";

    static ApiDocument document;
    static Sandbox sandbox;
    static Values values;
    static Mutations mutations;
    static Queries queries;
    static Hostile hostile;
    static Snapshot snapshot;
    static final Tally TALLY = new Tally();
    static List<Operation> withBody;
    static List<Operation> withQuery;
    static long started;

    int findingsBefore;

    /** A generated write: the operation, its path, the body and the If-Match to send. */
    record BodyRequest(Operation op, Sandbox.Resolved path, Mutations.Body body, IfMatch ifMatch) {
    }

    /** A generated query: the operation, its path and query string. */
    record QueryRequest(Operation op, Sandbox.Resolved path, String query) {
    }

    enum IfMatch { CURRENT, STALE, GARBAGE, NONE }

    @BeforeContainer
    static void fixturesAndOperations() {
        started = System.nanoTime();
        document = ApiDocument.fetch(Stack.GATEWAY);
        hostile = new Hostile(Stack.GATEWAY);
        sandbox = new Sandbox();
        sandbox.createFixtures(hostile);
        values = new Values(document, sandbox::hint);
        mutations = new Mutations(values);
        queries = new Queries(values, sandbox);
        snapshot = new Snapshot(hostile, document.operations());
        withBody = document.operations().stream().filter(Operation::hasBody)
                .filter(o -> !Sandbox.SKIPPED.containsKey(o.name())).toList();
        withQuery = document.operations().stream().filter(Operation::hasQuery)
                .filter(o -> !Sandbox.SKIPPED.containsKey(o.name())).toList();
        assertTrue(!withBody.isEmpty() && !withQuery.isEmpty(), "the document has no operation to fuzz");
        System.out.printf("fuzz: seed %s, %d tries, %d operations with a JSON body, %d with query parameters, run %s%n",
                FuzzSettings.SEED, FuzzSettings.tries(), withBody.size(), withQuery.size(), sandbox.run);
    }

    @BeforeProperty
    void rememberFindings() {
        findingsBefore = hostile.findings().size();
    }

    @Property
    void everyBodyIsAnsweredByTheRuleAndARefusedOneChangesNothing(@ForAll("bodies") List<BodyRequest> requests) {
        requests.forEach(SchemaFuzzIT::send);
    }

    @Property
    void everyQueryIsAnsweredByTheRule(@ForAll("queries") List<QueryRequest> requests) {
        for (QueryRequest r : requests) {
            Operation op = r.op();
            String what = (r.path().nonsense().isEmpty() ? "" : r.path().nonsense() + " ") + "query " + r.query();
            Hostile.Answer a = hostile.send(op.name(), what, op.method(), r.path().path() + r.query(),
                    sandbox.token(sandbox.account(op)), null, null, Map.of());
            TALLY.count(op.name(), false, a.status());
        }
    }

    /**
     * Finding 2 of docs/security.md: every operation with a body gets the heaviest one its schema allows
     * ({@link Heaviest}: every optional property, every string at its maxLength, every array at its maxItems),
     * against the services as ./platform runs them (-Xmx128m); each answer follows the rule, and every service
     * is still up afterwards.
     */
    @Example
    void theHeaviestLegalBodiesAreAnsweredAndEveryServiceStaysUp() {
        Heaviest heaviest = new Heaviest(values, name -> sandbox.hint(name) != null);
        long bytes = 0;
        int acceptedBefore = TALLY.accepted;
        int sent = 0;
        for (Operation op : withBody) {
            if (sandbox.rejectOnly(op)) {
                continue;
            }
            JsonNode body = heaviest.of(values.of(op.body(), "").filter(v -> !v.isNull()).sample(), op.body());
            bytes = Math.max(bytes, body.toString().getBytes(StandardCharsets.UTF_8).length);
            Hostile.Answer a = send(new BodyRequest(op, sandbox.paths(op).sample(),
                    new Mutations.Body(body, "the heaviest legal body", false), IfMatch.CURRENT));
            sent++;
            if (Boolean.getBoolean("fuzz.verbose") || a.status() >= 300) {
                System.out.printf("fuzz:   heaviest %-60s %d %s%n", op.name(), a.status(),
                        Hostile.abbreviate(a.body() == null ? "" : a.body()).replace('\n', ' '));
            }
        }
        for (Stack.Service service : Stack.SERVICES) {
            int status = io.restassured.RestAssured.given().baseUri(service.management()).get("/q/health/ready").statusCode();
            if (status != 200) {
                hostile.finding(service.name() + " is not ready after the heaviest legal bodies: " + status);
            }
        }
        System.out.printf("fuzz: heaviest legal bodies sent to %d operations (%d accepted, the rest refused by a domain "
                + "rule), the largest %,d bytes; every service ready afterwards%n", sent,
                TALLY.accepted - acceptedBefore, bytes);
    }

    @AfterProperty
    void findingsOfThisProperty() {
        List<String> mine = hostile.findings().subList(findingsBefore, hostile.findings().size());
        mine.forEach(f -> System.out.println("FUZZ FINDING: " + f));
        assertTrue(mine.isEmpty(), mine.size() + " findings (seed " + FuzzSettings.SEED + "):\n" + String.join("\n", mine));
    }

    @AfterContainer
    static void coverage() {
        if (hostile == null) {
            return;
        }
        if (Boolean.getBoolean("fuzz.verbose")) {
            TALLY.statuses.forEach((op, s) -> System.out.printf("fuzz:   %-70s %s%n", op, s));
        }
        TALLY.lenient.stream().limit(40).forEach(l -> System.out.println("fuzz: accepted although the document forbids it: " + l));
        System.out.printf("fuzz: %d operations, %d generated requests (%d bodies, %d query), %d rejected, %d accepted, "
                        + "%d findings, seed %s%n",
                TALLY.operations.size(), TALLY.requests(), TALLY.bodies, TALLY.queries, TALLY.rejected, TALLY.accepted,
                hostile.findings().size(), FuzzSettings.SEED);
        System.out.printf("fuzz: %.1f s; %d refused writes without a countable snapshot %s; %d lenient acceptances; "
                + "skipped %s; reject-only %s%n", (System.nanoTime() - started) / 1e9, TALLY.unchecked,
                TALLY.uncheckedOperations, TALLY.lenient.size(), Sandbox.SKIPPED, Sandbox.REJECT_ONLY.keySet());
    }

    // ---- generation --------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<BodyRequest>> bodies() {
        return Combinators.combine(withBody.stream().map(SchemaFuzzIT::bodyRequest).toList()).as(list -> list);
    }

    @Provide
    Arbitrary<List<QueryRequest>> queries() {
        return Combinators.combine(withQuery.stream().map(op -> Combinators.combine(sandbox.paths(op), queries.of(op))
                .as((path, query) -> new QueryRequest(op, path, query))).toList()).as(list -> list);
    }

    static Arbitrary<BodyRequest> bodyRequest(Operation op) {
        Arbitrary<com.fasterxml.jackson.databind.JsonNode> valid = values.of(op.body(), "");
        Arbitrary<Integer> anywhere = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Mutations.Body> mutated = Combinators.combine(valid, Arbitraries.of(Mutations.Kind.class), anywhere, anywhere)
                .as((v, kind, where, variant) -> mutations.apply(v, op.body(), kind, where, variant));
        Arbitrary<Mutations.Body> body;
        if (sandbox.rejectOnly(op)) {
            body = Combinators.combine(mutated, anywhere).as((b, v) -> mutations.dropRequired(b, op.body(), v));
        } else {
            body = Arbitraries.frequencyOf(
                    Tuple.of(1, valid.map(v -> new Mutations.Body(v, "follows the schema", false))),
                    Tuple.of(3, mutated));
        }
        Arbitrary<IfMatch> ifMatch = Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(IfMatch.CURRENT)),
                Tuple.of(1, Arbitraries.just(IfMatch.STALE)), Tuple.of(1, Arbitraries.just(IfMatch.GARBAGE)),
                Tuple.of(1, Arbitraries.just(IfMatch.NONE)));
        return Combinators.combine(sandbox.paths(op), body, ifMatch).as((path, b, m) -> new BodyRequest(op, path, b, m));
    }

    // ---- sending and checking ------------------------------------------------------------------------------------------

    static Hostile.Answer send(BodyRequest r) {
        Operation op = r.op();
        String path = r.path().path();
        String token = sandbox.token(sandbox.account(op));
        boolean reads = Sandbox.READ_ONLY_POST.containsKey(op.name());
        Snapshot.View before = reads ? null : snapshot.take(op, path, token, r.body().json());
        Map<String, String> headers = new HashMap<>();
        IfMatch ifMatch = r.ifMatch();
        boolean shared = r.path().target() != Sandbox.Target.OWN;
        if (op.headers().contains("If-Match")) {
            // Shared reference data is never written: its If-Match is always stale, so only validation is reached.
            // (Never "*" anywhere: it matches any version, docs/api.md.)
            switch (shared ? IfMatch.STALE : ifMatch) {
                case CURRENT -> {
                    if (before != null && before.etag() != null) {
                        headers.put("If-Match", before.etag());
                    }
                }
                case STALE -> headers.put("If-Match", STALE_ETAG);
                case GARBAGE -> headers.put("If-Match", "W/\"' OR 1=1 --\", \"-1\"");
                case NONE -> {
                }
            }
        }
        if (op.headers().contains("Idempotency-Key")) {
            headers.put("Idempotency-Key", sandbox.idempotencyKey());
        }
        String json;
        try {
            json = JSON.writeValueAsString(r.body().json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String what = (r.path().nonsense().isEmpty() ? "" : r.path().nonsense() + ", ") + r.body().label()
                + (headers.isEmpty() ? "" : " " + headers) + " | body " + Hostile.abbreviate(json.length() > MAX_SHOWN_BODY
                ? json.substring(0, MAX_SHOWN_BODY) + "…(" + json.length() + " chars)" : json);
        Hostile.Answer a = hostile.send(op.name(), what, op.method(), path, token, "application/json",
                json.getBytes(StandardCharsets.UTF_8), headers);
        TALLY.count(op.name(), true, a.status());
        if (a.success() && shared && !reads && headers.containsKey("If-Match")) {
            hostile.finding(op.name() + " / " + what + ": accepted (" + a.status() + ") with a stale If-Match on shared data");
        }
        if (a.success() && r.body().mustReject()) {
            TALLY.lenient.add(op.name() + " " + a.status() + ": " + r.body().label());
        }
        if (before != null && a.status() >= 400 && a.status() < 500) {
            if (!before.checked()) {
                TALLY.unchecked++;
                TALLY.uncheckedOperations.add(op.name());
                return a;
            }
            Snapshot.View after = snapshot.take(op, path, token, r.body().json());
            if (!before.text().equals(after.text()) || !java.util.Objects.equals(before.etag(), after.etag())) {
                hostile.finding(op.name() + " / " + what + ": refused with " + a.status() + " but the snapshot changed:\n"
                        + Hostile.abbreviate(before.text()) + "\n→\n" + Hostile.abbreviate(after.text()));
            }
        }
        return a;
    }
}
