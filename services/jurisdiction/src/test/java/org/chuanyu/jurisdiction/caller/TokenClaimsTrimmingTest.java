package org.chuanyu.jurisdiction.caller;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.chuanyu.jurisdiction.DemoCallers.FACTORY;
import static org.chuanyu.jurisdiction.DemoCallers.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A realm speaks only for its own province (docs/tenancy.md, "What a token may claim"). */
class TokenClaimsTrimmingTest {

    @Test
    void provinceClaimThatDisagreesWithTheIssuerIsRejected() {
        TokenClaims forged = new TokenClaims("sichuan", "s", "linshui-clerk", "platform-cli", "chongqing",
                Set.of("district-clerk"), Set.of("511623"), Set.of());
        assertThrows(InvalidTokenException.class, () -> FACTORY.fromClaims(forged));
    }

    @Test
    void tokenFromAnUnknownRealmIsRejected() {
        assertThrows(InvalidTokenException.class,
                () -> FACTORY.fromClaims(claims("master", "admin", Set.of("province-admin"), Set.of(), Set.of())));
    }

    @Test
    void provinceComesFromTheIssuerEvenWithoutAProvinceClaim() {
        TokenClaims noClaim = new TokenClaims("chongqing", "s", "yubei-clerk", "platform-cli", null,
                Set.of("district-clerk"), Set.of("500112"), Set.of());
        assertEquals(Province.CHONGQING, FACTORY.fromClaims(noClaim).caller().province());
    }

    @Test
    void sichuanTokenClaimingChongqingDistrictsKeepsOnlyItsOwn() {
        CallerFactory.Result result = FACTORY.fromClaims(claims("sichuan", "linshui-clerk",
                Set.of("district-clerk"), Set.of("511623", "500112", "500153"), Set.of()));
        assertEquals(Set.of("511623"), result.caller().districts());
        assertEquals(2, result.ignored().size(), "both foreign districts are reported for the log");
    }

    @Test
    void malformedDistrictCodesAreIgnored() {
        Caller caller = FACTORY.fromClaims(claims("sichuan", "x", Set.of("district-clerk"),
                Set.of("51", "5116230", "51162X", "511623"), Set.of())).caller();
        assertEquals(Set.of("511623"), caller.districts());
    }

    @Test
    void zonesThatDoNotIncludeTheIssuingProvinceAreIgnored() {
        Caller caller = FACTORY.fromClaims(claims("chongqing", "yubei-clerk", Set.of("district-clerk"),
                Set.of("500112"), Set.of("gaozhu", "tianfu-only", "unknown-zone"))).caller();
        assertEquals(Set.of("gaozhu"), caller.zones());
    }

    @Test
    void crossProvinceAdminOffTheAllowListIsTreatedWithoutTheRole() {
        Caller caller = FACTORY.fromClaims(claims("chongqing", "cq-admin",
                Set.of("cross-province-admin", "province-admin"), Set.of(), Set.of("gaozhu"))).caller();
        assertFalse(caller.has(Role.CROSS_PROVINCE_ADMIN));
        assertTrue(caller.has(Role.PROVINCE_ADMIN));
    }

    @Test
    void allowListEntryOfOneRealmDoesNotCoverTheSameNameInTheOther() {
        Caller caller = FACTORY.fromClaims(claims("chongqing", "joint-office-sc",
                Set.of("cross-province-admin"), Set.of(), Set.of())).caller();
        assertFalse(caller.has(Role.CROSS_PROVINCE_ADMIN));
    }

    @Test
    void crossProvinceAdminOnTheAllowListKeepsTheRole() {
        Caller caller = FACTORY.fromClaims(claims("sichuan", "joint-office-sc",
                Set.of("cross-province-admin"), Set.of(), Set.of("gaozhu"))).caller();
        assertTrue(caller.has(Role.CROSS_PROVINCE_ADMIN));
    }

    @Test
    void externalSystemRoleIsExclusive() {
        Caller caller = FACTORY.fromClaims(claims("sichuan", "service-account-tianfu-tongban",
                Set.of("external-system", "province-admin"), Set.of("511623"), Set.of())).caller();
        assertEquals(Set.of(Role.EXTERNAL_SYSTEM), caller.roles());
    }

    @Test
    void unknownRolesAreIgnored() {
        Caller caller = FACTORY.fromClaims(claims("sichuan", "x", Set.of("offline_access", "uma_authorization"),
                Set.of(), Set.of())).caller();
        assertTrue(caller.roles().isEmpty());
    }

    @Test
    void theRelayOnTheAllowListKeepsOnlyItsRoleAndReadsNoRecord() {
        Caller relay = FACTORY.fromClaims(claims("sichuan", "service-account-platform-relay",
                Set.of("platform-relay", "province-admin"), Set.of("511623"), Set.of("gaozhu"))).caller();
        assertEquals(Set.of(Role.PLATFORM_RELAY), relay.roles());
        assertEquals(org.chuanyu.jurisdiction.scope.Scope.NONE,
                org.chuanyu.jurisdiction.scope.Scope.of(relay, org.chuanyu.jurisdiction.DemoCallers.ZONES));
    }

    @Test
    void aRelayRoleOffTheAllowListIsIgnored() {
        Caller caller = FACTORY.fromClaims(claims("chongqing", "yubei-clerk",
                Set.of("platform-relay", "district-clerk"), Set.of("500112"), Set.of())).caller();
        assertFalse(caller.isRelay());
        assertTrue(caller.has(Role.DISTRICT_CLERK));
    }
}
