package org.chuanyu.parks.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.caller.JointZones;
import org.chuanyu.jurisdiction.caller.Province;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which provinces take part in a zone. That is platform configuration agreed by both governments
 * ({@code jurisdiction.joint-zones.*}), because token checks need it; the zone's records here must
 * agree with it, so a zone code the configuration does not know cannot be recorded.
 */
@ApplicationScoped
public class ZoneParticipants {

    @Inject
    JointZones jointZones;

    public Set<Province> of(String zone) {
        return Arrays.stream(Province.values()).filter(p -> jointZones.includes(zone, p))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Province.class)));
    }

    public boolean isAgreed(String zone) {
        return !of(zone).isEmpty();
    }

    /** Realm names, in a stable order. */
    public List<String> realmsOf(String zone) {
        return of(zone).stream().map(Province::realm).sorted().toList();
    }
}
