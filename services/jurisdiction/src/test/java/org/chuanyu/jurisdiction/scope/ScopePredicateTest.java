package org.chuanyu.jurisdiction.scope;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.chuanyu.jurisdiction.DemoCallers.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ScopePredicateTest {

    static final ScopePredicate.Columns PARK = ScopePredicate.Columns.of("p");

    @Test
    void clerkPredicateListsItsDistrictsAndZones() {
        ScopePredicate p = ScopePredicate.reading(scope("linshui-clerk"), PARK);
        assertEquals("((p.district in :scope_districts or p.zone in :scope_zones))", p.jpql());
        assertEquals(List.of("511623"), p.params().get("scope_districts"));
        assertEquals(List.of("gaozhu"), p.params().get("scope_zones"));
    }

    @Test
    void crossProvinceAdminReadsWithoutRestriction() {
        assertEquals("(1 = 1)", ScopePredicate.reading(scope("joint-office-sc"), PARK).jpql());
    }

    @Test
    void noScopeMatchesNothing() {
        assertEquals("(1 = 0)", ScopePredicate.reading(Scope.NONE, PARK).jpql());
    }

    @Test
    void externalSystemIsLimitedToItsSubmissions() {
        ScopePredicate p = ScopePredicate.reading(scope("tianfu-tongban"), PARK);
        assertEquals("(((p.district in :scope_districts) and p.submitter = :scope_submitter))", p.jpql());
        assertEquals("tianfu-tongban", p.params().get("scope_submitter"));
    }

    @Test
    void recordWithTwoScopesMatchesThroughEither() {
        ScopePredicate p = ScopePredicate.reading(scope("sc-viewer"),
                new ScopePredicate.Columns("c.acceptingProvince", "c.acceptingDistrict", "c.acceptingZone", null),
                new ScopePredicate.Columns("c.handlingProvince", "c.handlingDistrict", "c.handlingZone", null));
        assertEquals("((c.acceptingDistrict in :scope_districts) or (c.handlingDistrict in :scope_districts))", p.jpql());
    }

    @Test
    void externalSystemMatchesNothingOfARecordTypeWithoutSubmitters() {
        ScopePredicate p = ScopePredicate.reading(scope("yukuaiban"), PARK.withoutSubmitter());
        assertEquals("((1 = 0))", p.jpql());
        assertEquals(java.util.Map.of(), p.params(), "a query may not bind parameters it does not name");
    }
}
