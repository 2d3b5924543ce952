package org.chuanyu.parks.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.parks.divisions.DivisionRegistry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "does this district belong to that joint zone?", for the rest of the parks service
 * (a record that names a zone must lie in one of its member divisions: docs/parks.md, "Parks"). A
 * district lies in a zone when it, or a division it lies within, is a member on the date.
 */
@ApplicationScoped
public class ZoneMembership {

    @Inject
    BusinessClock businessClock;

    @Inject
    DivisionRegistry divisions;
    @Inject
    ZoneRegistry zones;

    /** True when {@code district}, or a division it lies within, is a member of {@code zone} on {@code on}. */
    @Transactional
    public boolean isMember(String zone, String district, LocalDate on) {
        List<String> lineage = divisions.lineage(district, on);
        return !lineage.isEmpty() && ZoneMember.count(
                "zone = ?1 and division in ?2 and validFrom <= ?3 and (validTo is null or validTo > ?3)",
                zone, lineage, on) > 0;
    }

    /** The zone as agreed, with its members today; empty for an unknown code. */
    @Transactional
    public Optional<ZoneView> find(String code) {
        return JointZone.<JointZone>findByIdOptional(code).map(zone -> zones.view(zone, businessClock.today()));
    }

    /** The zones {@code district} lies in on {@code on}, by code. */
    @Transactional
    public List<String> zonesCovering(String district, LocalDate on) {
        List<String> lineage = divisions.lineage(district, on);
        if (lineage.isEmpty()) {
            return List.of();
        }
        return ZoneMember.<ZoneMember>list(
                        "division in ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2) order by zone", lineage, on)
                .stream().map(m -> m.zone).distinct().toList();
    }
}
