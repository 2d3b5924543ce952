package org.chuanyu.parks.divisions;

/**
 * OpenAPI examples for the division registry, kept next to the resource that shows them. They record the
 * reported (unconfirmed) 2025 move of 茨竹镇 and 大湾镇 from Yubei to Beibei that the request examples name.
 */
final class DivisionExamples {

    /** Beibei's history: one period, no change of its own, and the territory it received from Yubei. */
    static final String HISTORY = "{\"code\":\"500109\",\"level\":\"COUNTY\",\"province\":\"chongqing\","
            + "\"periods\":[{\"code\":\"500109\",\"name\":\"北碚区\",\"nameEn\":\"Beibei District\",\"level\":\"COUNTY\","
            + "\"province\":\"chongqing\",\"parent\":\"500000\",\"validFrom\":\"2020-01-01\",\"validTo\":null,"
            + "\"successors\":[]}],\"changes\":[],"
            + "\"receivedFrom\":[{\"id\":7,\"code\":\"500112\",\"kind\":\"TERRITORY_TRANSFERRED\","
            + "\"effectiveOn\":\"2025-11-01\",\"successors\":[\"500109\"],\"towns\":[\"茨竹镇\",\"大湾镇\"],"
            + "\"document\":\"国务院关于同意重庆市调整部分行政区划的批复\",\"note\":\"据2025年11月报道，待官方公布后核实\","
            + "\"recordedBy\":\"cq-admin\",\"recordedByProvince\":\"chongqing\","
            + "\"recordedAt\":\"2025-11-03T02:00:00Z\"}]}";

    /** What the RestructureDivisions example records: Yubei's last period, ended with Beibei as its successor. */
    static final String RESTRUCTURING = "{\"effectiveOn\":\"2025-11-01\",\"ended\":[{\"code\":\"500112\","
            + "\"name\":\"渝北区\",\"nameEn\":\"Yubei District\",\"level\":\"COUNTY\",\"province\":\"chongqing\","
            + "\"parent\":\"500000\",\"validFrom\":\"2020-01-01\",\"validTo\":\"2025-11-01\","
            + "\"successors\":[\"500109\"]}],"
            + "\"established\":[]}";

    private DivisionExamples() {
    }
}
