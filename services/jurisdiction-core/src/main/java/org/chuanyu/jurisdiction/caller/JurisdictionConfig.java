package org.chuanyu.jurisdiction.caller;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Set;

/** Tenancy configuration agreed by both provinces; identical for every service. */
@ConfigMapping(prefix = "jurisdiction")
public interface JurisdictionConfig {

    /**
     * Accounts whose {@code cross-province-admin} role is honoured, as {@code realm/username}.
     * A realm cannot grant this role on its own: an account missing here is treated without it.
     */
    @WithDefault("none")
    Set<String> crossProvinceAdmins();

    /**
     * The platform's relay accounts, as {@code realm/username} ({@code service-account-platform-relay} in each realm):
     * the only accounts whose {@code platform-relay} role is honoured.
     */
    @WithDefault("none")
    Set<String> relays();

    /** Joint zone code → comma-separated realms of the provinces taking part, e.g. {@code gaozhu=sichuan,chongqing}. */
    Map<String, String> jointZones();
}
