package org.chuanyu.jurisdiction.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link JointZones} from {@code jurisdiction.joint-zones.*}. */
@ApplicationScoped
public class ConfiguredJointZones implements JointZones {

    private final Map<String, Set<Province>> participants = new HashMap<>();

    @Inject
    public ConfiguredJointZones(JurisdictionConfig config) {
        this(config.jointZones());
    }

    public ConfiguredJointZones(Map<String, String> zoneToRealms) {
        zoneToRealms.forEach((zone, realms) -> {
            Set<Province> provinces = EnumSet.noneOf(Province.class);
            Arrays.stream(realms.split(","))
                    .map(String::trim)
                    .forEach(r -> provinces.add(Province.ofRealm(r)
                            .orElseThrow(() -> new IllegalArgumentException("joint zone " + zone + ": unknown realm " + r))));
            participants.put(zone, provinces);
        });
    }

    @Override
    public boolean includes(String zone, Province province) {
        return participants.getOrDefault(zone, Set.of()).contains(province);
    }

    @Override
    public Set<String> including(Province province) {
        return participants.entrySet().stream()
                .filter(e -> e.getValue().contains(province))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
