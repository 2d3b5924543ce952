package org.chuanyu.commonhandling.catalogue;

import io.smallrye.config.ConfigMapping;

/** Sane bounds for what an admin may enter in the catalogue (common-handling.catalogue.* in application.properties). */
@ConfigMapping(prefix = "common-handling.catalogue")
public interface CatalogueLimits {

    /** The longest statutory time limit, in working days, for acceptance or for the decision. */
    int maxWorkingDays();

    /** The most materials one item may require. */
    int maxMaterials();

    /** The highest batch number accepted. */
    int maxBatch();

    /** The statutory limit for delivering a decision (行政许可法 art. 44), which a promised delivery limit may not pass. */
    int deliveryWorkingDays();
}
