package org.chuanyu.projects.registry;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the project list, all optional; parsed and checked by {@link ProjectRegistry}. */
public class ProjectFilter {
    @QueryParam("stage") @Parameter(description = "Stage, e.g. STARTED")
    public String stage;
    @QueryParam("park") @Parameter(description = "Destination park code", example = "rongchang-hightech")
    public String park;
    @QueryParam("zone") @Parameter(description = "Joint-zone code", example = "gaozhu")
    public String zone;
    @QueryParam("district") @Parameter(description = "GB/T 2260 code", example = "500153")
    public String district;
    @QueryParam("province") @Parameter(description = "sichuan or chongqing")
    public String province;
    @QueryParam("industry") @Parameter(description = "Industry code", example = "packaging")
    public String industry;
    @QueryParam("sourceRegion") @Parameter(description = "Source region, e.g. YANGTZE_RIVER_DELTA")
    public String sourceRegion;
    @QueryParam("keyLevel") @Parameter(description = "Key-project level: CITY or PROVINCE (NONE for the others)")
    public String keyLevel;
    @QueryParam("transferred") @Parameter(description = "true: only projects transferred from the east")
    public String transferred;
    @QueryParam("minInvestment") @Parameter(description = "Planned investment at least (CNY)")
    public String minInvestment;
    @QueryParam("maxInvestment") @Parameter(description = "Planned investment at most (CNY)")
    public String maxInvestment;
    @QueryParam("q") @Parameter(description = "Free text in code, names, investor, leader or task force")
    public String q;
}
