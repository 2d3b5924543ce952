package org.chuanyu.policy.matching;

import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.policy.registry.Applicability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides whether a policy applies to a profile (政策寻企 / 应享尽享). Pure: no database, no clock.
 *
 * <p>Each condition the policy sets is checked on its own ({@link Condition}); a condition the policy
 * does not set (an empty list, no minimum) is no restriction. A fact the profile does not state fails
 * the condition that needs it: a policy is only promised when every condition is known to hold.
 * All conditions hold: the policy applies, with the reasons. Exactly one fails: a near miss, naming it.
 */
public final class PolicyMatcher {

    /** One condition checked: whether it holds and why, in words a clerk can pass on. */
    public record Check(Condition condition, boolean met, String explanation) {
    }

    /** The verdict on one policy. */
    public record Verdict(List<Check> checks) {
        public List<Check> failed() {
            return checks.stream().filter(c -> !c.met()).toList();
        }

        public List<Check> met() {
            return checks.stream().filter(Check::met).toList();
        }

        public boolean applies() {
            return failed().isEmpty();
        }

        public boolean nearlyApplies() {
            return failed().size() == 1;
        }
    }

    private PolicyMatcher() {
    }

    public static Verdict judge(LocalDate validFrom, LocalDate validTo, Applicability a, Profile p, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        boolean valid = !on.isBefore(validFrom) && (validTo == null || !on.isAfter(validTo));
        checks.add(new Check(Condition.VALIDITY, valid, valid
                ? "valid on " + on + " (" + validFrom + " – " + (validTo == null ? "open-ended" : validTo) + ")"
                : "valid only " + validFrom + " – " + (validTo == null ? "open-ended" : validTo) + ", not on " + on));
        if (!a.provinces().isEmpty()) {
            Province province = p.district() == null ? null : Province.ofDivision(p.district()).orElse(null);
            boolean met = province != null && a.provinces().contains(province.realm());
            checks.add(new Check(Condition.PROVINCE, met, province == null
                    ? "applies in " + String.join(", ", a.provinces()) + "; the profile states no district to place it"
                    : met ? "district " + p.district() + " lies in " + province.realm()
                    : "applies in " + String.join(", ", a.provinces()) + ", not in " + province.realm()));
        }
        if (!a.districts().isEmpty() || !a.zones().isEmpty() || !a.parks().isEmpty()) {
            checks.add(location(a, p));
        }
        if (!a.industries().isEmpty()) {
            List<String> shared = p.industries().stream().filter(a.industries()::contains).toList();
            checks.add(new Check(Condition.INDUSTRY, !shared.isEmpty(), !shared.isEmpty()
                    ? "industry " + String.join(", ", shared) + " is supported"
                    : "supports " + String.join(", ", a.industries()) + "; the project is in "
                    + (p.industries().isEmpty() ? "no stated industry" : String.join(", ", p.industries()))));
        }
        if (!a.stages().isEmpty()) {
            String stages = a.stages().stream().map(Enum::name).collect(Collectors.joining(", "));
            boolean met = p.stage() != null && a.stages().contains(p.stage());
            checks.add(new Check(Condition.STAGE, met, met ? "stage " + p.stage() + " qualifies"
                    : "for stages " + stages + "; the project is " + (p.stage() == null ? "at no stated stage" : "at " + p.stage())));
        }
        BigDecimal minimum = a.minimumInvestment();
        if (minimum != null) {
            boolean met = p.investment() != null && p.investment().compareTo(minimum) >= 0;
            checks.add(new Check(Condition.INVESTMENT, met, met
                    ? "planned investment " + plain(p.investment()) + " CNY reaches the minimum " + plain(minimum) + " CNY"
                    : "needs at least " + plain(minimum) + " CNY; the project plans "
                    + (p.investment() == null ? "no stated amount" : plain(p.investment()) + " CNY")));
        }
        return new Verdict(checks);
    }

    private static Check location(Applicability a, Profile p) {
        if (p.district() != null && a.districts().contains(p.district())) {
            return new Check(Condition.LOCATION, true, "district " + p.district() + " is covered");
        }
        if (p.zone() != null && a.zones().contains(p.zone())) {
            return new Check(Condition.LOCATION, true, "joint zone " + p.zone() + " is covered");
        }
        if (p.park() != null && a.parks().contains(p.park())) {
            return new Check(Condition.LOCATION, true, "park " + p.park() + " is covered");
        }
        List<String> places = new ArrayList<>();
        if (!a.districts().isEmpty()) {
            places.add("districts " + String.join(", ", a.districts()));
        }
        if (!a.zones().isEmpty()) {
            places.add("zones " + String.join(", ", a.zones()));
        }
        if (!a.parks().isEmpty()) {
            places.add("parks " + String.join(", ", a.parks()));
        }
        String where = List.of(p.district() == null ? "" : "district " + p.district(), p.zone() == null ? "" : "zone " + p.zone(),
                p.park() == null ? "" : "park " + p.park()).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        return new Check(Condition.LOCATION, false, "applies in " + String.join("; ", places) + "; the project is in "
                + (where.isEmpty() ? "no stated place" : where));
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
