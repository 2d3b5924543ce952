package org.chuanyu.parks.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.parks.divisions.DivisionCodes;
import org.chuanyu.parks.divisions.DivisionLevel;
import org.chuanyu.parks.divisions.DivisionRegistry;
import org.chuanyu.jurisdiction.validation.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes a zone definition acceptable, beyond the shape of its fields: every member is a
 * prefecture or county valid on the effective date, in a province taking part, listed once and
 * not inside another member; each province has a member; staff and revenue shares name only
 * provinces taking part, and the shares add up to 100.
 */
@ApplicationScoped
public class ZoneDefinitionRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Validator validator;
    @Inject
    DivisionRegistry divisions;
    @Inject
    ZoneParticipants participants;

    /** Adds every violation of {@code definition} for zone {@code code} to {@code violations}, under {@code prefix}. */
    public void check(String code, ZoneDefinition definition, LocalDate effective, String prefix, Violations violations) {
        violations.addAll(prefix, validator.validate(definition));
        Set<Province> taking = participants.of(code);
        checkMembers(definition.membersOrEmpty(), taking, effective, prefix, violations);
        definition.secondedStaffOrEmpty().keySet().stream()
                .filter(realm -> !isParticipant(realm, taking))
                .forEach(realm -> violations.add(prefix + ".secondedStaff[" + realm + "]",
                        "is not a province taking part in this zone"));
        ZoneDefinition.RevenueSharing sharing = definition.revenueSharing();
        if (sharing != null && sharing.newRevenueSharePercent() != null) {
            checkShares(sharing.newRevenueSharePercent(), taking, prefix + ".revenueSharing.newRevenueSharePercent",
                    violations);
        }
    }

    private void checkMembers(List<ZoneDefinition.Member> members, Set<Province> taking, LocalDate effective,
                              String prefix, Violations violations) {
        Map<String, Integer> indexOf = new HashMap<>();
        Map<String, List<String>> lineages = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            ZoneDefinition.Member member = members.get(i);
            String field = prefix + ".members[" + i + "]";
            if (member == null) {
                violations.add(field, "must not be null");
                continue;
            }
            String code = member.division();
            if (!DivisionCodes.isWellFormed(code)) {
                continue; // Bean Validation reports it
            }
            Province province = Province.ofDivision(code).orElseThrow();
            if (indexOf.putIfAbsent(code, i) != null) {
                violations.add(field + ".division", "is listed twice");
            } else if (!taking.contains(province)) {
                violations.add(field + ".division", "is in " + province.realm() + ", which does not take part in this zone");
            } else if (DivisionLevel.of(code) == DivisionLevel.PROVINCE) {
                violations.add(field + ".division", "is a whole province; name its prefectures or counties");
            } else {
                List<String> lineage = divisions.lineage(code, effective);
                if (lineage.isEmpty()) {
                    violations.add(field + ".division", "is not a division valid on " + effective);
                } else {
                    lineages.put(code, lineage);
                }
            }
        }
        lineages.forEach((code, lineage) -> lineage.stream().skip(1).filter(indexOf::containsKey).findFirst()
                .ifPresent(outer -> violations.add(prefix + ".members[" + indexOf.get(code) + "].division",
                        "lies within " + outer + ", which is already a member")));
        for (Province province : taking) {
            boolean represented = members.stream().anyMatch(m -> m != null && province.owns(m.division()));
            if (!represented) {
                violations.add(prefix + ".members", "must include at least one division of " + province.realm());
            }
        }
    }

    private static void checkShares(Map<String, BigDecimal> shares, Set<Province> taking, String field,
                                    Violations violations) {
        shares.keySet().stream().filter(realm -> !isParticipant(realm, taking))
                .forEach(realm -> violations.add(field + "[" + realm + "]", "is not a province taking part in this zone"));
        taking.stream().filter(p -> !shares.containsKey(p.realm()))
                .forEach(p -> violations.add(field, "must give a share for " + p.realm()));
        if (shares.values().stream().allMatch(v -> v != null)) {
            BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(HUNDRED) != 0) {
                violations.add(field, "must add up to 100 (now " + total.stripTrailingZeros().toPlainString() + ")");
            }
        }
    }

    private static boolean isParticipant(String realm, Set<Province> taking) {
        return Province.ofRealm(realm).filter(taking::contains).isPresent();
    }
}
