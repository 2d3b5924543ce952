package org.chuanyu.e2e.sweep;

import java.util.Set;

/**
 * The rule table of docs/tenancy.md, written out again for the sweep so that the
 * expected outcome never comes from the implementation under test.
 */
public final class Jurisdiction {

    private Jurisdiction() {
    }

    /** A record's scope: province, district (GB/T 2260) and an optional joint zone. */
    public record RecordScope(String province, String district, String zone) {
    }

    /** A demo account as the dev realm files define it (the sweep checks whoami agrees). */
    public record Account(String name, String province, String role, Set<String> districts, Set<String> zones,
                          boolean serviceAccount) {

        public boolean external() {
            return role.equals("external-system");
        }

        /** Reads a scoped record that an external system did not submit (or that another one did). */
        public boolean reads(RecordScope s) {
            return switch (role) {
                case "cross-province-admin" -> true;
                case "province-admin" -> s.province().equals(province) || s.zone() != null;
                case "district-clerk", "viewer" -> districts.contains(s.district())
                        || (s.zone() != null && zones.contains(s.zone()));
                default -> false;
            };
        }

        /** Writes a record in this scope (the capacity that shows a resident ID number in full on a case). */
        public boolean writes(RecordScope s) {
            return switch (role) {
                case "cross-province-admin" -> s.zone() != null && zones.contains(s.zone());
                case "province-admin", "district-clerk" -> reads(s);
                default -> false;
            };
        }

        /**
         * A draft is the issuing province's internal work (a joint one, both provinces'), read by its people; an
         * external system reads only published policies, like the public it serves, and the relay reads none.
         */
        public boolean readsDraftOf(String issuingProvince, boolean joint) {
            return !external() && !relay() && (joint || province.equals(issuingProvince));
        }

        public boolean relay() {
            return role.equals("platform-relay");
        }
    }

    static final Set<String> NONE = Set.of();

    public static final java.util.List<Account> ACCOUNTS = java.util.List.of(
            new Account("linshui-clerk", "sichuan", "district-clerk", Set.of("511623"), Set.of("gaozhu"), false),
            new Account("longchang-clerk", "sichuan", "district-clerk", Set.of("511083"), Set.of("rongchang-longchang"), false),
            new Account("sc-viewer", "sichuan", "viewer", Set.of("511623"), NONE, false),
            new Account("sc-admin", "sichuan", "province-admin", NONE, NONE, false),
            new Account("joint-office-sc", "sichuan", "cross-province-admin", NONE, Set.of("gaozhu", "rongchang-longchang"), false),
            new Account("yubei-clerk", "chongqing", "district-clerk", Set.of("500112"), Set.of("gaozhu"), false),
            new Account("rongchang-clerk", "chongqing", "district-clerk", Set.of("500153"), Set.of("rongchang-longchang"), false),
            new Account("cq-admin", "chongqing", "province-admin", NONE, NONE, false),
            new Account("joint-office-cq", "chongqing", "cross-province-admin", NONE, Set.of("gaozhu", "rongchang-longchang"), false),
            new Account("tianfu-tongban", "sichuan", "external-system", NONE, NONE, true),
            new Account("yukuaiban", "chongqing", "external-system", NONE, NONE, true),
            // The platform's relay reads event feeds and no record: it must see nothing anywhere (docs/tenancy.md,
            // "What a token may claim").
            new Account("platform-relay", "chongqing", "platform-relay", NONE, NONE, true));

    public static Account account(String name) {
        return ACCOUNTS.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
