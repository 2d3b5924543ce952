package org.chuanyu.parks.registry;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the park list, all optional; parsed and checked by {@link ParkRegistry}. */
public class ParkFilter {
    @QueryParam("kind") @Parameter(description = "Kind of park, e.g. HIGH_TECH_ZONE")
    public String kind;
    @QueryParam("level") @Parameter(description = "NATIONAL, PROVINCIAL or MUNICIPAL")
    public String level;
    @QueryParam("province") @Parameter(description = "sichuan or chongqing")
    public String province;
    @QueryParam("district") @Parameter(description = "GB/T 2260 code of the owning district", example = "511623")
    public String district;
    @QueryParam("zone") @Parameter(description = "Joint-zone code", example = "gaozhu")
    public String zone;
    @QueryParam("industry") @Parameter(description = "Industry code", example = "new-materials")
    public String industry;
    @QueryParam("designation") @Parameter(description = "Exact designation name", example = "产业合作示范园区")
    public String designation;
    @QueryParam("q") @Parameter(description = "Free text in code, Chinese or English name")
    public String q;
}
