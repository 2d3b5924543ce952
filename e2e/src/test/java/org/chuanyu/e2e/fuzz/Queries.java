package org.chuanyu.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.chuanyu.e2e.fuzz.ApiDocument.Operation;
import org.chuanyu.e2e.hostile.Nasties;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Query strings for an operation: each parameter present or not (a required one mostly present), its value by
 * schema type and by what its name hints at (a date, a district, a limit…), or one of the hostile query values of
 * {@link Nasties}, or free text. Values are percent-encoded as UTF-8, except Nasties' pre-encoded escapes.
 */
public final class Queries {

    static final int MAX_QUERY = 3_000;

    private final Values values;
    private final Sandbox sandbox;

    public Queries(Values values, Sandbox sandbox) {
        this.values = values;
        this.sandbox = sandbox;
    }

    /**
     * "?a=1&b=x" (or "" when no parameter was chosen): plausible values, and in three requests out of five one
     * parameter (a present one, or one added) with a hostile value, so that the others do not hide it behind a 400.
     */
    public Arbitrary<String> of(Operation op) {
        List<Arbitrary<Optional<String>>> parts = new ArrayList<>();
        for (ApiDocument.Parameter p : op.query()) {
            Arbitrary<Optional<String>> present = plausible(p).map(v -> Optional.of(p.name() + "=" + v));
            parts.add(Arbitraries.frequencyOf(Tuple.of(p.required() ? 1 : 2, Arbitraries.just(Optional.empty())),
                    Tuple.of(p.required() ? 9 : 1, present)));
        }
        Arbitrary<List<Optional<String>>> plausible = Combinators.combine(parts).as(list -> list);
        Arbitrary<Integer> which = Arbitraries.integers().between(0, op.query().size() - 1);
        Arbitrary<Optional<String>> hostile = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Optional.empty())),
                Tuple.of(3, Arbitraries.oneOf(NASTY, TEXT).map(Optional::of)));
        return Combinators.combine(plausible, which, hostile).as((list, i, bad) -> {
            List<Optional<String>> chosen = new ArrayList<>(list);
            bad.ifPresent(v -> chosen.set(i, Optional.of(op.query().get(i).name() + "=" + v)));
            StringBuilder q = new StringBuilder();
            // The HTTP server refuses a request line over 4 KB before any rule runs (a known limitation,
            // HostileInputIT): parameters that would go past 3 KB are left out.
            chosen.forEach(o -> o.filter(s -> q.length() + s.length() < MAX_QUERY)
                    .ifPresent(s -> q.append(q.length() == 0 ? "?" : "&").append(s)));
            return q.toString();
        });
    }

    static final Arbitrary<String> NASTY = Arbitraries.of(new ArrayList<>(Nasties.QUERY_VALUES.values()))
            .map(v -> v.startsWith("%") ? v : URLEncoder.encode(v, StandardCharsets.UTF_8));
    static final Arbitrary<String> TEXT = Values.text(1, 40).map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8));

    private Arbitrary<String> plausible(ApiDocument.Parameter p) {
        JsonNode schema = values.effective(p.schema());
        Arbitrary<String> hint = sandbox.hint(p.name());
        Arbitrary<String> typed = switch (Values.type(schema)) {
            case "integer", "number" -> Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(0, 600)),
                    Tuple.of(1, Arbitraries.of(-1, Integer.MAX_VALUE))).map(String::valueOf);
            case "boolean" -> Arbitraries.of("true", "false");
            default -> values.string(schema, p.name());
        };
        Arbitrary<String> value = hint == null ? typed : Arbitraries.frequencyOf(Tuple.of(3, hint), Tuple.of(1, typed));
        return value.map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8));
    }
}
