package org.chuanyu.policy.registry;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the policy list; all optional, combined with AND. */
public class PolicyFilter {
    @QueryParam("kind") @Parameter(description = "Kind, e.g. INCENTIVE")
    public String kind;
    @QueryParam("province") @Parameter(description = "Issuing province: sichuan or chongqing")
    public String province;
    @QueryParam("status") @Parameter(description = "Status, e.g. PUBLISHED")
    public String status;
    @QueryParam("joint") @Parameter(description = "true for joint policies only, false for provincial ones")
    public String joint;
    @QueryParam("validOn") @Parameter(description = "Only policies valid on this date", example = "2025-06-30")
    public String validOn;
    @QueryParam("district") @Parameter(description = "Policies whose applicability names this district", example = "500153")
    public String district;
    @QueryParam("zone") @Parameter(description = "Policies whose applicability names this joint zone", example = "gaozhu")
    public String zone;
    @QueryParam("park") @Parameter(description = "Policies whose applicability names this park", example = "rongchang-hightech")
    public String park;
    @QueryParam("industry") @Parameter(description = "Policies whose applicability names this industry", example = "electronics")
    public String industry;
    @QueryParam("documentNumber") @Parameter(description = "Exactly this document number", example = "荣府发〔2022〕3号")
    public String documentNumber;
    @QueryParam("q") @Parameter(description = "Chinese (or other) full text: every character pair must occur", example = "荣昌")
    public String q;
}
