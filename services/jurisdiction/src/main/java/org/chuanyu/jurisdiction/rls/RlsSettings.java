package org.chuanyu.jurisdiction.rls;

import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.scope.Access;
import org.chuanyu.jurisdiction.scope.Scope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A {@link Scope} as the transaction-local PostgreSQL settings that the row-level-security
 * functions read ({@code jurisdiction_can_read}, {@code jurisdiction_can_write}; see
 * {@code db/jurisdiction/scope-functions.sql}). Lists are comma-separated; codes never contain commas.
 */
public final class RlsSettings {

    private RlsSettings() {
    }

    public static Map<String, String> of(Scope scope) {
        Map<String, String> settings = new LinkedHashMap<>();
        put(settings, "read", scope.read());
        put(settings, "write", scope.write());
        return settings;
    }

    private static void put(Map<String, String> settings, String mode, Access access) {
        settings.put("app." + mode + "_all", Boolean.toString(access.all()));
        settings.put("app." + mode + "_provinces",
                access.provinces().stream().map(Province::realm).sorted().collect(Collectors.joining(",")));
        settings.put("app." + mode + "_districts", String.join(",", new TreeSet<>(access.districts())));
        settings.put("app." + mode + "_zones", String.join(",", new TreeSet<>(access.zones())));
        settings.put("app." + mode + "_submitter", access.submitter() == null ? "" : access.submitter());
    }
}
