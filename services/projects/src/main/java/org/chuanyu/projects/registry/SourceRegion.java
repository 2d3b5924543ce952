package org.chuanyu.projects.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the investor comes from (承接产业转移: most transfers come from the east). */
@Schema(description = "YANGTZE_RIVER_DELTA 长三角, BEIJING_TIANJIN_HEBEI 京津冀, GREATER_BAY_AREA 粤港澳大湾区, "
        + "WITHIN_CIRCLE 成渝地区双城经济圈内, ABROAD 境外, OTHER 其他")
public enum SourceRegion {
    YANGTZE_RIVER_DELTA, BEIJING_TIANJIN_HEBEI, GREATER_BAY_AREA, WITHIN_CIRCLE, ABROAD, OTHER
}
