package org.chuanyu.parks.registry;

/** OpenAPI examples, kept next to the resource that uses them. */
final class ParkExamples {

    static final String DRAFT = "{\"code\":\"gaozhu-linshui-industrial\",\"name\":\"川渝高竹新区邻水产业园\","
            + "\"nameEn\":\"Gaozhu New Area Linshui industrial park\",\"kind\":\"NEW_AREA\",\"level\":\"PROVINCIAL\","
            + "\"district\":\"511623\",\"zone\":\"gaozhu\",\"industries\":[\"automotive\",\"equipment\"]}";

    static final String VIEW = "{\"code\":\"rongchang-hightech\",\"name\":\"荣昌高新技术产业开发区\","
            + "\"nameEn\":\"Rongchang High-tech Zone\",\"kind\":\"HIGH_TECH_ZONE\",\"level\":\"NATIONAL\","
            + "\"province\":\"chongqing\",\"district\":\"500153\",\"zone\":\"rongchang-longchang\","
            + "\"industries\":[\"consumer-goods\",\"pharmaceuticals\",\"electronics\"],"
            + "\"designations\":[{\"id\":7,\"name\":\"国家级高新区\",\"batch\":null,\"year\":2018,\"issuer\":\"国务院\"}],"
            + "\"area\":{\"FILED\":27.87,\"MANAGED\":28.8,\"PLANNED\":100.07},\"version\":3}";

    private ParkExamples() {
    }
}
