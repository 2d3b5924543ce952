package org.chuanyu.parks.zones;

/**
 * OpenAPI examples for joint zones, kept next to the resource that shows them: Gaozhu New Area as recorded, and
 * Chongqing's proposal to follow the reported move of 茨竹镇 and 大湾镇 from Yubei (500112) to Beibei (500109).
 */
final class ZoneExamples {

    private static final String LINSHUI = "{\"division\":\"511623\",\"areaKm2\":138,\"towns\":[\"高滩镇\",\"坛同镇\"]}";

    private static final String DOCUMENTS = "[{\"title\":\"重庆市人民政府 四川省人民政府关于同意设立川渝高竹新区的批复\","
            + "\"number\":\"渝府〔2020〕55号\",\"issuer\":\"重庆市人民政府、四川省人民政府\"},"
            + "{\"title\":\"川渝高竹新区总体方案\",\"number\":\"渝发改合作〔2020〕2051号\","
            + "\"issuer\":\"重庆市发展和改革委员会、四川省发展和改革委员会\",\"issuedOn\":\"2020-12-31\"}]";

    private static final String AGREEMENT = "\"secondedStaff\":{\"sichuan\":10,\"chongqing\":21},"
            + "\"revenueSharing\":{\"existingRevenue\":\"ORIGINAL_JURISDICTION\","
            + "\"newRevenueSharePercent\":{\"sichuan\":50,\"chongqing\":50}},\"documents\":" + DOCUMENTS;

    /** Gaozhu as recorded. */
    private static final String GAOZHU = "{\"name\":\"川渝高竹新区\",\"nameEn\":\"Gaozhu New Area\",\"members\":["
            + LINSHUI + ",{\"division\":\"500112\",\"areaKm2\":124,\"towns\":[\"茨竹镇\",\"大湾镇\"]}]," + AGREEMENT + "}";

    /** Gaozhu with the Chongqing towns under Beibei. */
    private static final String GAOZHU_WITH_BEIBEI = "{\"name\":\"川渝高竹新区\",\"nameEn\":\"Gaozhu New Area\",\"members\":["
            + LINSHUI + ",{\"division\":\"500109\",\"areaKm2\":124,\"towns\":[\"茨竹镇\",\"大湾镇\"]}]," + AGREEMENT + "}";

    private static final String MOVE_REASON = "\"reason\":\"茨竹镇、大湾镇划归北碚区管辖，重庆市成员区县相应调整\"";

    static final String ZONE = "{\"code\":\"gaozhu\",\"name\":\"川渝高竹新区\",\"nameEn\":\"Gaozhu New Area\","
            + "\"asOf\":\"2026-11-20\",\"provinces\":[\"chongqing\",\"sichuan\"],\"members\":["
            + "{\"division\":\"511623\",\"province\":\"sichuan\",\"name\":\"邻水县\",\"nameEn\":\"Linshui County\","
            + "\"areaKm2\":138.00,\"areaSharePercent\":52.67,\"towns\":[\"高滩镇\",\"坛同镇\"],"
            + "\"memberFrom\":\"2020-01-01\",\"memberUntil\":null},"
            + "{\"division\":\"500112\",\"province\":\"chongqing\",\"name\":\"渝北区\",\"nameEn\":\"Yubei District\","
            + "\"areaKm2\":124.00,\"areaSharePercent\":47.33,\"towns\":[\"茨竹镇\",\"大湾镇\"],"
            + "\"memberFrom\":\"2020-01-01\",\"memberUntil\":null}],\"totalAreaKm2\":262.00," + AGREEMENT + ","
            + "\"pendingChange\":5,\"version\":0}";

    static final String PROPOSE_CHANGE = "{\"zone\":" + GAOZHU_WITH_BEIBEI + "," + MOVE_REASON + ","
            + "\"effectiveOn\":\"2027-01-01\"}";

    static final String CHANGE = "{\"id\":5,\"zone\":\"gaozhu\",\"kind\":\"CHANGE\",\"status\":\"PENDING\","
            + MOVE_REASON + ",\"effectiveOn\":\"2027-01-01\",\"proposed\":" + GAOZHU_WITH_BEIBEI + ",\"previous\":"
            + GAOZHU + ",\"proposedBy\":\"cq-admin\",\"proposedByProvince\":\"chongqing\","
            + "\"proposedAt\":\"2026-11-20T02:30:00Z\",\"approvals\":[{\"province\":\"chongqing\","
            + "\"approver\":\"joint-office-cq\",\"approvedAt\":\"2026-11-20T03:10:00Z\"}],\"awaiting\":[\"sichuan\"],"
            + "\"decidedAt\":null,\"tookEffectOn\":null,\"rejection\":null}";

    /** One of the ten adjacent-area platforms, not recorded yet (its code agreed in jurisdiction.joint-zones). */
    static final String PROPOSE_NEW = "{\"code\":\"neirong\",\"zone\":{\"name\":\"内江荣昌现代农业高新技术产业示范区\","
            + "\"nameEn\":\"Neijiang–Rongchang Modern Agriculture High-tech Industry Demonstration Zone\","
            + "\"members\":[{\"division\":\"511000\"},{\"division\":\"500153\"}],"
            + "\"documents\":[{\"title\":\"内江荣昌现代农业高新技术产业示范区总体方案\"}]},"
            + "\"reason\":\"川渝共建示范区纳入平台共同管理\",\"effectiveOn\":\"2027-01-01\"}";

    private ZoneExamples() {
    }
}
