package org.chuanyu.parks.zones;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** What happens to tax revenue that existed before the zone was set up. */
public enum ExistingRevenue {
    /** It stays with the original jurisdiction (Gaozhu: 存量收益由原行政辖区各自分享). */
    ORIGINAL_JURISDICTION("original-jurisdiction"),
    /** It is shared like new revenue. */
    SHARED("shared");

    private final String apiName;

    ExistingRevenue(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    @JsonCreator
    public static ExistingRevenue ofApiName(String name) {
        return Arrays.stream(values()).filter(v -> v.apiName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown revenue rule"));
    }
}
