package org.chuanyu.projects.rankings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The red/black list's size and weights (policy, not code). */
@ConfigMapping(prefix = "projects.rankings")
public interface RankingsConfig {

    @WithDefault("10")
    int size();

    @WithDefault("0.5")
    BigDecimal scheduleWeight();

    @WithDefault("0.5")
    BigDecimal investmentWeight();
}
