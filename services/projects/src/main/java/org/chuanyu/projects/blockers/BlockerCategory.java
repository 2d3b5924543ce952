package org.chuanyu.projects.blockers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a blocker is about (用地、用电、用水、用气、融资、审批、用工、物流). */
@Schema(description = "LAND, POWER, WATER, GAS, FINANCE, PERMITS, LABOUR, LOGISTICS or OTHER")
public enum BlockerCategory {
    LAND, POWER, WATER, GAS, FINANCE, PERMITS, LABOUR, LOGISTICS, OTHER
}
