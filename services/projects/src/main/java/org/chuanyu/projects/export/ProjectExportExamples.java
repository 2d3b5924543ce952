package org.chuanyu.projects.export;

/** OpenAPI examples for the project export, kept next to the resource that shows them: the Project example. */
final class ProjectExportExamples {

    /** The header row and one project (the BOM is left out). */
    static final String CSV = "code,name,nameEn,investor,investorCreditCode,sourceRegion,industry,parkCode,province,"
            + "district,zone,stage,plannedInvestmentCny,completedInvestmentCny,leader,taskForce,transferredFromEast,"
            + "keyLevel\r\n"
            + "rongchang-hightech.packaging-park,荣昌包装材料产业园,Rongchang packaging materials park,浙江某包装集团有限公司,"
            + "91330100MA2AXXXX07,YANGTZE_RIVER_DELTA,packaging,rongchang-hightech,chongqing,500153,"
            + "rongchang-longchang,SIGNED,1800000000.00,250000000.00,王副区长,包装材料产业园项目专班,true,CITY\r\n";

    /** An OC4IDS 0.9 project package with that project. */
    static final String OC4IDS = "{\"uri\":\"https://chuanyu.example/api/projects/export?format=oc4ids\","
            + "\"publishedDate\":\"2026-04-08T16:00:00+08:00\","
            + "\"publisher\":{\"name\":\"Sichuan–Chongqing cooperation platform\"},\"version\":\"0.9\","
            + "\"projects\":[{\"id\":\"oc4ids-cyhz-rongchang-hightech.packaging-park\","
            + "\"updated\":\"2026-04-08T14:30:00+08:00\","
            + "\"title\":\"荣昌包装材料产业园 / Rongchang packaging materials park\","
            + "\"description\":\"Industry packaging, park rongchang-hightech, stage SIGNED\","
            + "\"status\":\"preparation\",\"type\":\"construction\","
            + "\"period\":{\"startDate\":\"2026-03-31T00:00:00+08:00\"},"
            + "\"locations\":[{\"id\":\"1\","
            + "\"description\":\"Park rongchang-hightech, joint zone rongchang-longchang\","
            + "\"address\":{\"region\":\"chongqing\",\"locality\":\"500153\",\"countryName\":\"China\"}}],"
            + "\"budget\":{\"amount\":{\"amount\":1800000000.00,\"currency\":\"CNY\"}},"
            + "\"parties\":[{\"id\":\"CN-USCC-91330100MA2AXXXX07\",\"name\":\"浙江某包装集团有限公司\","
            + "\"identifier\":{\"scheme\":\"CN-USCC\",\"id\":\"91330100MA2AXXXX07\",\"legalName\":\"浙江某包装集团有限公司\"},"
            + "\"roles\":[\"funder\"]}]}]}";

    private ProjectExportExamples() {
    }
}
