package org.chuanyu.jurisdiction.scope;

import org.chuanyu.jurisdiction.caller.Province;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JPQL condition that limits a query to what a scope may read. Services append it to every
 * query on a scoped entity; row-level security repeats the same rule in the database.
 *
 * @param jpql   a parenthesised boolean expression
 * @param params its named parameters (all prefixed {@code scope_}, so they never collide)
 */
public record ScopePredicate(String jpql, Map<String, Object> params) {

    /** The entity attributes holding a record's scope; {@code submitter} may be null when the entity has none. */
    public record Columns(String province, String district, String zone, String submitter) {
        /** The conventional names {@code province, district, zone, submitter} under an alias. */
        public static Columns of(String alias) {
            return new Columns(alias + ".province", alias + ".district", alias + ".zone", alias + ".submitter");
        }

        public Columns withoutSubmitter() {
            return new Columns(province, district, zone, null);
        }
    }

    public static ScopePredicate reading(Scope scope, Columns... scopes) {
        return of(scope.read(), scopes);
    }

    /**
     * One record may carry several scopes (a case: accepting and handling); it matches when any does.
     */
    public static ScopePredicate of(Access access, Columns... scopes) {
        if (access.all()) {
            return new ScopePredicate("(1 = 1)", Map.of());
        }
        if (access.isNone()) {
            return new ScopePredicate("(1 = 0)", Map.of());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (!access.provinces().isEmpty()) {
            params.put("scope_provinces", access.provinces().stream().map(Province::realm).collect(Collectors.toList()));
        }
        if (!access.districts().isEmpty()) {
            params.put("scope_districts", List.copyOf(access.districts()));
        }
        if (!access.zones().isEmpty()) {
            params.put("scope_zones", List.copyOf(access.zones()));
        }
        if (access.submitter() != null) {
            params.put("scope_submitter", access.submitter());
        }
        List<String> alternatives = new ArrayList<>();
        for (Columns c : scopes) {
            List<String> terms = new ArrayList<>();
            if (params.containsKey("scope_provinces")) {
                terms.add(c.province() + " in :scope_provinces");
            }
            if (params.containsKey("scope_districts")) {
                terms.add(c.district() + " in :scope_districts");
            }
            if (params.containsKey("scope_zones")) {
                terms.add(c.zone() + " in :scope_zones");
            }
            String covered = "(" + String.join(" or ", terms) + ")";
            if (access.submitter() != null) {
                // A record type without a submitter column is never anyone's submission: an
                // external system, which reads only its own submissions, matches none of it.
                covered = c.submitter() == null ? "(1 = 0)"
                        : "(" + covered + " and " + c.submitter() + " = :scope_submitter)";
            }
            alternatives.add(covered);
        }
        String jpql = "(" + String.join(" or ", alternatives) + ")";
        // Only the parameters the text uses: a query may not bind parameters it does not name.
        params.keySet().removeIf(name -> !jpql.contains(":" + name));
        return new ScopePredicate(jpql, params);
    }

    /**
     * The same condition with its parameters renamed under {@code prefix}, so that a query can hold it beside another
     * scope predicate (the caller's reading scope and its writing scope, say) without their names colliding.
     */
    public ScopePredicate prefixed(String prefix) {
        String text = jpql;
        Map<String, Object> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> p : params.entrySet()) {
            text = text.replace(":" + p.getKey(), ":" + prefix + p.getKey());
            renamed.put(prefix + p.getKey(), p.getValue());
        }
        return new ScopePredicate(text, renamed);
    }
}
