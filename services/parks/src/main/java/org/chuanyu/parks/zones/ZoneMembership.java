package org.chuanyu.parks.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.parks.divisions.DivisionRegistry;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "does this district belong to that joint zone?", for the rest of the parks service
 * (a record that names a zone must lie in one of its member divisions, TARGET section 3). A
 * district lies in a zone when it, or a division it lies within, is a member on the date.
 */
@ApplicationScoped
public class ZoneMembership {

    @Inject
    DivisionRegistry divisions;

    @Transactional
    public boolean covers(String zone, String district, LocalDate on) {
        List<String> lineage = divisions.lineage(district, on);
        return !lineage.isEmpty() && ZoneMember.count(
                "zone = ?1 and division in ?2 and validFrom <= ?3 and (validTo is null or validTo > ?3)",
                zone, lineage, on) > 0;
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
