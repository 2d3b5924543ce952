package org.chuanyu.parks.zones;

/** What happens to tax revenue that existed before the zone was set up. */
public enum ExistingRevenue {
    /** It stays with the original jurisdiction (Gaozhu: 存量收益归原行政辖区). */
    ORIGINAL_JURISDICTION,
    /** It is shared like new revenue. */
    SHARED
}
