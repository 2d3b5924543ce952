package org.chuanyu.jurisdiction.caller;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A province-level government taking part in the platform. Each has its own Keycloak realm,
 * named exactly as {@link #realm()}, and owns the GB/T 2260 division codes that start with
 * {@link #divisionPrefix()}.
 */
public enum Province {
    SICHUAN("sichuan", "51"),
    CHONGQING("chongqing", "50");

    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");

    private final String realm;
    private final String divisionPrefix;

    Province(String realm, String divisionPrefix) {
        this.realm = realm;
        this.divisionPrefix = divisionPrefix;
    }

    public String realm() {
        return realm;
    }

    public String divisionPrefix() {
        return divisionPrefix;
    }

    /** True when the six-digit GB/T 2260 code lies in this province. */
    public boolean owns(String divisionCode) {
        return divisionCode != null && DIVISION_CODE.matcher(divisionCode).matches()
                && divisionCode.startsWith(divisionPrefix);
    }

    public static Optional<Province> ofRealm(String realm) {
        return Arrays.stream(values()).filter(p -> p.realm.equals(realm)).findFirst();
    }

    public static Optional<Province> ofDivision(String divisionCode) {
        return Arrays.stream(values()).filter(p -> p.owns(divisionCode)).findFirst();
    }
}
