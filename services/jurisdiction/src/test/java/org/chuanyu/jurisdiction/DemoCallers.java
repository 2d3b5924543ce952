package org.chuanyu.jurisdiction;

import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CallerFactory;
import org.chuanyu.jurisdiction.caller.ConfiguredJointZones;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.caller.TokenClaims;
import org.chuanyu.jurisdiction.scope.Scope;

import java.util.Map;
import java.util.Set;

/** The demo accounts of the dev realms, as callers built through the real {@link CallerFactory}. */
public final class DemoCallers {

    public static final JointZones ZONES = new ConfiguredJointZones(Map.of(
            "gaozhu", "sichuan,chongqing",
            "rongchang-longchang", "sichuan,chongqing",
            // a zone only Sichuan takes part in, to prove Chongqing tokens cannot claim it
            "tianfu-only", "sichuan"));
    public static final CallerFactory FACTORY = new CallerFactory(ZONES,
            Set.of("sichuan/joint-office-sc", "chongqing/joint-office-cq"),
            Set.of("sichuan/service-account-platform-relay", "chongqing/service-account-platform-relay"));

    private DemoCallers() {
    }

    public static TokenClaims claims(String realm, String username, Set<String> roles, Set<String> districts, Set<String> zones) {
        return new TokenClaims(realm, "sub-" + username, username, "platform-cli", realm, roles, districts, zones);
    }

    public static Caller caller(String account) {
        TokenClaims claims = switch (account) {
            case "sc-admin" -> claims("sichuan", account, Set.of("province-admin"), Set.of(), Set.of());
            case "linshui-clerk" -> claims("sichuan", account, Set.of("district-clerk"), Set.of("511623"), Set.of("gaozhu"));
            case "longchang-clerk" -> claims("sichuan", account, Set.of("district-clerk"), Set.of("511083"), Set.of("rongchang-longchang"));
            case "sc-viewer" -> claims("sichuan", account, Set.of("viewer"), Set.of("511623"), Set.of());
            case "joint-office-sc" -> claims("sichuan", account, Set.of("cross-province-admin"), Set.of(), Set.of("gaozhu", "rongchang-longchang"));
            case "tianfu-tongban" -> new TokenClaims("sichuan", "sub-tt", "service-account-tianfu-tongban", "tianfu-tongban",
                    "sichuan", Set.of("external-system"), Set.of("511623", "511083"), Set.of());
            case "cq-admin" -> claims("chongqing", account, Set.of("province-admin"), Set.of(), Set.of());
            case "yubei-clerk" -> claims("chongqing", account, Set.of("district-clerk"), Set.of("500112"), Set.of("gaozhu"));
            case "rongchang-clerk" -> claims("chongqing", account, Set.of("district-clerk"), Set.of("500153"), Set.of("rongchang-longchang"));
            case "joint-office-cq" -> claims("chongqing", account, Set.of("cross-province-admin"), Set.of(), Set.of("gaozhu", "rongchang-longchang"));
            case "yukuaiban" -> new TokenClaims("chongqing", "sub-ykb", "service-account-yukuaiban", "yukuaiban",
                    "chongqing", Set.of("external-system"), Set.of("500112", "500153"), Set.of());
            case "platform-relay" -> new TokenClaims("sichuan", "sub-relay", "service-account-platform-relay",
                    "platform-relay", "sichuan", Set.of("platform-relay"), Set.of(), Set.of());
            default -> throw new IllegalArgumentException(account);
        };
        return FACTORY.fromClaims(claims).caller();
    }

    public static Scope scope(String account) {
        return Scope.of(caller(account), ZONES);
    }
}
