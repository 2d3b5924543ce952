package org.chuanyu.jurisdiction.caller;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns verified token claims into a {@link Caller}, keeping only what the issuing realm may
 * speak for (docs/tenancy.md, "What a token may claim"):
 * <ul>
 *   <li>the province is the issuing realm; a {@code province} claim that disagrees is rejected;</li>
 *   <li>districts outside the issuing province and zones that do not include it are dropped;</li>
 *   <li>{@code cross-province-admin} counts only for accounts on the allow-list both provinces agreed;</li>
 *   <li>{@code platform-relay} counts only for the relays on their allow-list, and is exclusive: a relay reads event
 *       feeds and no record, whatever else its token says;</li>
 *   <li>{@code external-system} is exclusive: a token mixing it with other roles keeps only it,
 *       so a service account can never read beyond its own submissions.</li>
 * </ul>
 * Pure: no I/O, so the whole matrix is unit-tested.
 */
public final class CallerFactory {

    private final JointZones zones;
    private final Set<String> crossProvinceAdmins;
    private final Set<String> relays;

    /**
     * @param crossProvinceAdmins allow-list entries of the form {@code realm/username}
     */
    public CallerFactory(JointZones zones, Set<String> crossProvinceAdmins) {
        this(zones, crossProvinceAdmins, Set.of());
    }

    /**
     * @param relays allow-list of the platform's relay accounts, {@code realm/username}
     */
    public CallerFactory(JointZones zones, Set<String> crossProvinceAdmins, Set<String> relays) {
        this.zones = zones;
        this.crossProvinceAdmins = Set.copyOf(crossProvinceAdmins);
        this.relays = Set.copyOf(relays);
    }

    /** What was built, and what the token claimed that was ignored (for the log). */
    public record Result(Caller caller, List<String> ignored) {
    }

    public Result fromClaims(TokenClaims claims) {
        Province province = Province.ofRealm(claims.realm())
                .orElseThrow(() -> new InvalidTokenException("token issued by unknown realm " + claims.realm()));
        if (claims.province() != null && !claims.province().equals(province.realm())) {
            throw new InvalidTokenException("province claim '" + claims.province()
                    + "' disagrees with the issuing realm '" + province.realm() + "'");
        }
        List<String> ignored = new ArrayList<>();

        Set<String> districts = new LinkedHashSet<>();
        for (String d : claims.districts()) {
            if (province.owns(d)) {
                districts.add(d);
            } else {
                ignored.add("district " + d);
            }
        }
        Set<String> zoneSet = new LinkedHashSet<>();
        for (String z : claims.zones()) {
            if (zones.includes(z, province)) {
                zoneSet.add(z);
            } else {
                ignored.add("zone " + z);
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : claims.roles()) {
            Role.ofClaim(r).ifPresent(roles::add);
        }
        if (roles.contains(Role.CROSS_PROVINCE_ADMIN)
                && !crossProvinceAdmins.contains(province.realm() + "/" + claims.username())) {
            roles.remove(Role.CROSS_PROVINCE_ADMIN);
            ignored.add("role cross-province-admin (not on the allow-list)");
        }
        if (roles.contains(Role.PLATFORM_RELAY)) {
            if (!relays.contains(province.realm() + "/" + claims.username())) {
                roles.remove(Role.PLATFORM_RELAY);
                ignored.add("role platform-relay (not on the allow-list)");
            } else if (roles.size() > 1) {
                roles.retainAll(EnumSet.of(Role.PLATFORM_RELAY));
                ignored.add("roles other than platform-relay");
            }
        }
        if (roles.contains(Role.EXTERNAL_SYSTEM) && roles.size() > 1) {
            roles.retainAll(EnumSet.of(Role.EXTERNAL_SYSTEM));
            ignored.add("roles other than external-system");
        }
        Caller caller = new Caller(claims.subject(), claims.username(), claims.clientId(), province,
                roles, districts, zoneSet);
        return new Result(caller, List.copyOf(ignored));
    }
}
