package org.chuanyu.parks.indicators;

import io.smallrye.config.ConfigMapping;

/** Which business years take indicators (see application.properties). */
@ConfigMapping(prefix = "parks.indicators")
public interface IndicatorsConfig {

    /** The first year figures may be reported for. */
    int earliestYear();

    /** How many years after the current one (Asia/Shanghai) may already be reported: plans and targets. */
    int yearsAhead();
}
