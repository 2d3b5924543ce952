package org.chuanyu.policy.matching;

import org.chuanyu.policy.registry.Applicability;
import org.chuanyu.policy.registry.ProjectStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher's rules, condition by condition and in every combination of failures. */
class PolicyMatcherTest {

    static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final LocalDate ON = LocalDate.of(2024, 6, 30);

    /** Rongchang High-tech Zone: electronics firms in production investing at least 50 million. */
    static final Applicability RONGCHANG = new Applicability(List.of("chongqing"), List.of("500153"), List.of(),
            List.of("rongchang-hightech"), List.of("electronics", "consumer-goods"),
            List.of(ProjectStage.IN_PRODUCTION, ProjectStage.AT_CAPACITY), new BigDecimal("50000000"));

    static final Profile FITS = new Profile(List.of("electronics"), "rongchang-hightech", "500153", null,
            ProjectStage.IN_PRODUCTION, new BigDecimal("80000000"));

    @Test
    void aProfileMeetingEveryConditionGetsAReasonForEach() {
        PolicyMatcher.Verdict v = PolicyMatcher.judge(FROM, TO, RONGCHANG, FITS, ON);
        assertTrue(v.applies());
        assertEquals(EnumSet.allOf(Condition.class), v.met().stream().map(PolicyMatcher.Check::condition).collect(Collectors.toSet()));
        assertTrue(v.met().stream().anyMatch(c -> c.explanation().equals("planned investment 80000000 CNY reaches the minimum 50000000 CNY")));
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void failingExactlyOneConditionIsANearMissNamingIt(Condition failing) {
        PolicyMatcher.Verdict v = PolicyMatcher.judge(FROM, TO, RONGCHANG, profileFailing(Set.of(failing)), dayFailing(Set.of(failing)));
        assertFalse(v.applies());
        assertTrue(v.nearlyApplies());
        assertEquals(failing, v.failed().get(0).condition());
    }

    @Test
    void everyPairOfFailuresIsNeitherAMatchNorANearMiss() {
        for (Condition a : Condition.values()) {
            for (Condition b : Condition.values()) {
                if (a.compareTo(b) >= 0) {
                    continue;
                }
                Set<Condition> failing = EnumSet.of(a, b);
                PolicyMatcher.Verdict v = PolicyMatcher.judge(FROM, TO, RONGCHANG, profileFailing(failing), dayFailing(failing));
                assertEquals(failing, v.failed().stream().map(PolicyMatcher.Check::condition).collect(Collectors.toSet()), a + "+" + b);
                assertFalse(v.applies() || v.nearlyApplies(), a + "+" + b);
            }
        }
    }

    @Test
    void aPolicyWithoutRestrictionsAppliesToAnEmptyProfile() {
        PolicyMatcher.Verdict v = PolicyMatcher.judge(FROM, null, Applicability.EVERYONE,
                new Profile(null, null, null, null, null, null), ON);
        assertTrue(v.applies());
        assertEquals(List.of(Condition.VALIDITY), v.checks().stream().map(PolicyMatcher.Check::condition).toList());
    }

    @Test
    void anUnstatedFactFailsTheConditionThatNeedsIt() {
        PolicyMatcher.Verdict v = PolicyMatcher.judge(FROM, TO, RONGCHANG,
                new Profile(List.of("electronics"), "rongchang-hightech", "500153", null, ProjectStage.AT_CAPACITY, null), ON);
        assertTrue(v.nearlyApplies());
        assertEquals(Condition.INVESTMENT, v.failed().get(0).condition());
        assertEquals("needs at least 50000000 CNY; the project plans no stated amount", v.failed().get(0).explanation());
    }

    @Test
    void anyOneOfDistrictZoneOrParkPlacesTheProject() {
        Applicability gaozhu = new Applicability(null, List.of("511623"), List.of("gaozhu"), List.of("gaozhu-new-area"), null, null, null);
        for (Profile p : List.of(new Profile(null, null, "511623", null, null, null), new Profile(null, null, "500112", "gaozhu", null, null),
                new Profile(null, "gaozhu-new-area", null, null, null, null))) {
            assertTrue(PolicyMatcher.judge(FROM, TO, gaozhu, p, ON).applies(), p.toString());
        }
        assertFalse(PolicyMatcher.judge(FROM, TO, gaozhu, new Profile(null, null, "500153", null, null, null), ON).applies());
    }

    @Test
    void validityIncludesItsFirstAndLastDay() {
        assertTrue(PolicyMatcher.judge(FROM, TO, Applicability.EVERYONE, FITS, FROM).applies());
        assertTrue(PolicyMatcher.judge(FROM, TO, Applicability.EVERYONE, FITS, TO).applies());
        assertFalse(PolicyMatcher.judge(FROM, TO, Applicability.EVERYONE, FITS, TO.plusDays(1)).applies());
        assertFalse(PolicyMatcher.judge(FROM, TO, Applicability.EVERYONE, FITS, FROM.minusDays(1)).applies());
    }

    @Test
    void theMinimumInvestmentItselfIsEnough() {
        Profile exactly = new Profile(List.of("electronics"), "rongchang-hightech", "500153", null, ProjectStage.IN_PRODUCTION,
                new BigDecimal("50000000.00"));
        assertTrue(PolicyMatcher.judge(FROM, TO, RONGCHANG, exactly, ON).applies());
    }

    /** FITS changed so that exactly the given conditions fail (VALIDITY through the day instead). */
    private static Profile profileFailing(Set<Condition> failing) {
        // A Sichuan district fails PROVINCE; LOCATION then still needs the park to place it.
        String district = failing.contains(Condition.PROVINCE) ? "511083" : failing.contains(Condition.LOCATION) ? "500101" : "500153";
        String park = failing.contains(Condition.LOCATION) ? "fuling-hightech" : "rongchang-hightech";
        return new Profile(failing.contains(Condition.INDUSTRY) ? List.of("chemicals") : List.of("electronics"), park, district, null,
                failing.contains(Condition.STAGE) ? ProjectStage.LEAD : ProjectStage.IN_PRODUCTION,
                failing.contains(Condition.INVESTMENT) ? new BigDecimal("1000") : new BigDecimal("80000000"));
    }

    private static LocalDate dayFailing(Set<Condition> failing) {
        return failing.contains(Condition.VALIDITY) ? TO.plusDays(1) : ON;
    }
}
