package org.chuanyu.projects.stats;

/** What statistics are grouped by, and the JPQL key of each (alias p for the project, d for its designations). */
public enum GroupBy {
    PROVINCE("province", "p.province, p.zone"),
    DISTRICT("district", "p.district"),
    ZONE("zone", "p.zone"),
    PARK("park", "p.parkCode"),
    DESIGNATION("designation", "d.designation"),
    INDUSTRY("industry", "p.industry"),
    SOURCE_REGION("sourceRegion", "p.sourceRegion"),
    STAGE("stage", "p.stage");

    private final String apiName;
    private final String key;

    GroupBy(String apiName, String key) {
        this.apiName = apiName;
        this.key = key;
    }

    public String apiName() {
        return apiName;
    }

    String key() {
        return key;
    }
}
