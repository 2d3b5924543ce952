package org.chuanyu.parks.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.Versioned;
import org.chuanyu.parks.divisions.DivisionPeriod;
import org.chuanyu.parks.divisions.DivisionRegistry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Joint zones as agreed: reading them on a date, and putting an approved definition in force.
 * Membership is effective-dated: a change closes the memberships that end and opens new ones on
 * the effective date, so "which divisions belonged to Gaozhu on 2021-06-01" keeps its answer.
 */
@ApplicationScoped
public class ZoneRegistry {

    @Inject
    DivisionRegistry divisions;
    @Inject
    ZoneParticipants participants;
    @Inject
    EntityManager em;

    @Transactional
    public Page<ZoneView> list(LocalDate asOf, String division, String text, PageRequest request) {
        request.after(1); // a foreign cursor is refused even when no zone can match the division
        ListQuery<JointZone> zones = ListQuery.of(JointZone.class, "z");
        if (division != null) {
            List<String> lineage = divisions.lineage(division, asOf);
            if (lineage.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            zones.and("z.code in (select m.zone from ZoneMember m where m.division in :lineage"
                    + " and m.validFrom <= :asOf and (m.validTo is null or m.validTo > :asOf))")
                    .with("lineage", lineage).with("asOf", asOf);
        }
        if (text != null) {
            zones.and("(lower(z.name) like :text or lower(z.nameEn) like :text or z.code like :text)",
                    "text", "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return zones.ascending(em, request, ListQuery.Key.text("z.code", z -> z.code)).map(z -> view(z, asOf));
    }

    @Transactional
    public Versioned<ZoneView> get(String code, LocalDate asOf) {
        JointZone zone = JointZone.<JointZone>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Joint zone " + code));
        return new Versioned<>(view(zone, asOf), zone.version);
    }

    ZoneView view(JointZone zone, LocalDate asOf) {
        List<ZoneMember> members = ZoneMember.list(
                "zone = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2) order by division", zone.code, asOf);
        boolean allAreas = !members.isEmpty() && members.stream().allMatch(m -> m.areaKm2 != null);
        BigDecimal total = allAreas ? members.stream().map(m -> m.areaKm2).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        List<ZoneView.MemberView> memberViews = members.stream().map(m -> {
            Optional<DivisionPeriod> period = divisions.periodOn(m.division, asOf);
            BigDecimal share = total == null || total.signum() == 0 ? null
                    : m.areaKm2.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
            return new ZoneView.MemberView(m.division, Province.ofDivision(m.division).map(Province::realm).orElseThrow(),
                    period.map(p -> p.name).orElse(null), period.map(p -> p.nameEn).orElse(null),
                    m.areaKm2, share, towns(m), m.validFrom, m.validTo);
        }).toList();
        Long pending = ZoneChange.<ZoneChange>find("zone = ?1 and status = ?2", zone.code, ZoneChangeStatus.PENDING)
                .firstResultOptional().map(p -> p.id).orElse(null);
        return new ZoneView(zone.code, zone.name, zone.nameEn, asOf, participants.realmsOf(zone.code), memberViews, total,
                staffOf(zone), revenueSharingOf(zone), documentsOf(zone), pending, zone.version);
    }

    /** The zone as last agreed: its latest memberships (including any already scheduled). */
    ZoneDefinition definitionOf(JointZone zone) {
        List<ZoneDefinition.Member> members = ZoneMember.<ZoneMember>list("zone = ?1 and validTo is null order by division",
                zone.code).stream().map(m -> new ZoneDefinition.Member(m.division, m.areaKm2, towns(m))).toList();
        Map<String, Integer> staff = staffOf(zone);
        List<ZoneDefinition.ApprovalDocument> documents = documentsOf(zone);
        return new ZoneDefinition(zone.name, zone.nameEn, members, staff.isEmpty() ? null : staff,
                revenueSharingOf(zone), documents.isEmpty() ? null : documents);
    }

    /** The last date on which the zone's membership changed or is scheduled to change. */
    LocalDate latestMembershipChange(String zone) {
        return ZoneMember.<ZoneMember>list("zone", zone).stream()
                .flatMap(m -> Stream.of(m.validFrom, m.validTo)).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** Puts an approved definition in force (recording a new zone); membership changes on {@code effective}. */
    void apply(JointZone zone, ZoneDefinition definition, LocalDate effective) {
        zone.name = definition.name().strip();
        zone.nameEn = definition.nameEn() == null || definition.nameEn().isBlank() ? null : definition.nameEn().strip();
        ZoneDefinition.RevenueSharing sharing = definition.revenueSharing();
        zone.existingRevenue = sharing == null ? null : sharing.existingRevenue();
        zone.sides.clear();
        for (Province province : participants.of(zone.code)) {
            JointZone.Side side = new JointZone.Side();
            side.province = province.realm();
            side.secondedStaff = definition.secondedStaffOrEmpty().get(province.realm());
            side.newRevenueShare = sharing == null ? null : sharing.newRevenueSharePercent().get(province.realm());
            zone.sides.add(side);
        }
        zone.documents.clear();
        List<ZoneDefinition.ApprovalDocument> documents = definition.documentsOrEmpty();
        for (int i = 0; i < documents.size(); i++) {
            ZoneDefinition.ApprovalDocument d = documents.get(i);
            JointZone.Document document = new JointZone.Document();
            document.position = i + 1;
            document.title = d.title().strip();
            document.number = d.number();
            document.issuer = d.issuer();
            document.issuedOn = d.issuedOn();
            zone.documents.add(document);
        }
        if (!zone.isPersistent()) {
            zone.persist(); // with its fields set (persist captures them), and before the members that refer to it
        }
        applyMembers(zone.code, definition.membersOrEmpty(), effective);
    }

    private void applyMembers(String zone, List<ZoneDefinition.Member> wanted, LocalDate effective) {
        Map<String, ZoneDefinition.Member> toOpen = wanted.stream()
                .collect(Collectors.toMap(ZoneDefinition.Member::division, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        for (ZoneMember open : ZoneMember.<ZoneMember>list("zone = ?1 and validTo is null", zone)) {
            ZoneDefinition.Member same = toOpen.get(open.division);
            if (same != null && sameTerms(open, same)) {
                toOpen.remove(open.division);
            } else if (open.validFrom.equals(effective)) {
                open.delete(); // replaced on its first day: it never applied to a whole day
            } else {
                open.validTo = effective;
            }
        }
        ZoneMember.flush();
        for (ZoneDefinition.Member member : toOpen.values()) {
            ZoneMember opened = new ZoneMember();
            opened.zone = zone;
            opened.division = member.division();
            opened.areaKm2 = member.areaKm2();
            opened.towns = member.townsOrEmpty().isEmpty() ? null
                    : member.townsOrEmpty().stream().map(String::strip).toArray(String[]::new);
            opened.validFrom = effective;
            opened.persist();
        }
    }

    private static boolean sameTerms(ZoneMember current, ZoneDefinition.Member wanted) {
        boolean sameArea = current.areaKm2 == null ? wanted.areaKm2() == null
                : wanted.areaKm2() != null && current.areaKm2.compareTo(wanted.areaKm2()) == 0;
        return sameArea && towns(current).equals(wanted.townsOrEmpty().stream().map(String::strip).toList());
    }

    private static List<String> towns(ZoneMember member) {
        return member.towns == null ? List.of() : Arrays.asList(member.towns);
    }

    private static Map<String, Integer> staffOf(JointZone zone) {
        Map<String, Integer> staff = new LinkedHashMap<>();
        zone.sides.stream().filter(s -> s.secondedStaff != null).forEach(s -> staff.put(s.province, s.secondedStaff));
        return staff;
    }

    private static ZoneDefinition.RevenueSharing revenueSharingOf(JointZone zone) {
        if (zone.existingRevenue == null) {
            return null;
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        zone.sides.stream().filter(s -> s.newRevenueShare != null).forEach(s -> shares.put(s.province, s.newRevenueShare));
        return new ZoneDefinition.RevenueSharing(zone.existingRevenue, shares);
    }

    private static List<ZoneDefinition.ApprovalDocument> documentsOf(JointZone zone) {
        List<ZoneDefinition.ApprovalDocument> documents = new ArrayList<>();
        zone.documents.forEach(d -> documents.add(new ZoneDefinition.ApprovalDocument(d.title, d.number, d.issuer, d.issuedOn)));
        return documents;
    }
}
