package org.chuanyu.notifications.audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chuanyu.jurisdiction.DemoCallers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who is told of what: the jurisdiction rules over an event's data, account by account. */
class EventAudienceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A case accepted in 邻水 (Gaozhu) and handled in 渝北, filed by 天府通办. */
    private static final String SHARED_CASE = "{\"number\":\"CY-51-2026-00000001\",\"submitter\":\"tianfu-tongban\","
            + "\"scopes\":[{\"province\":\"sichuan\",\"district\":\"511623\",\"zone\":\"gaozhu\"},"
            + "{\"province\":\"chongqing\",\"district\":\"500112\",\"zone\":null}]}";
    /** A case of 隆昌 alone, filed at a window. */
    private static final String LONGCHANG_CASE = "{\"number\":\"CY-51-2026-00000002\",\"submitter\":null,"
            + "\"scopes\":[{\"province\":\"sichuan\",\"district\":\"511083\",\"zone\":null}]}";
    private static final String POLICY_IN_FORCE = "{\"id\":7,\"readers\":\"everyone\"}";
    private static final String JOINT_DRAFT = "{\"id\":7,\"readers\":\"people\",\"provinces\":[\"sichuan\",\"chongqing\"]}";
    private static final String SICHUAN_DRAFT = "{\"id\":8,\"readers\":\"people\",\"provinces\":[\"sichuan\"]}";
    private static final String NO_AUDIENCE = "{\"id\":9}";

    @ParameterizedTest(name = "{0} reads the shared case: {1}; the Longchang case: {2}")
    @CsvSource({
            "linshui-clerk, true, false",
            "longchang-clerk, false, true",
            "yubei-clerk, true, false",
            "rongchang-clerk, false, false",
            "sc-viewer, true, false",
            "sc-admin, true, true",
            "cq-admin, true, false",
            "joint-office-sc, true, true",
            "tianfu-tongban, true, false",
            "yukuaiban, false, false",
            "platform-relay, false, false"})
    void casesAreToldToWhoMayReadThem(String account, boolean shared, boolean longchang) throws Exception {
        assertEquals(shared, told(account, SHARED_CASE));
        assertEquals(longchang, told(account, LONGCHANG_CASE));
    }

    @ParameterizedTest(name = "{0}: in force {1}, joint draft {2}, Sichuan draft {3}")
    @CsvSource({
            "sc-admin, true, true, true",
            "cq-admin, true, true, false",
            "yubei-clerk, true, true, false",
            "joint-office-cq, true, true, true",
            "tianfu-tongban, true, false, false",
            "platform-relay, false, false, false"})
    void referenceDataIsToldToItsReaders(String account, boolean inForce, boolean jointDraft, boolean sichuanDraft)
            throws Exception {
        assertEquals(inForce, told(account, POLICY_IN_FORCE));
        assertEquals(jointDraft, told(account, JOINT_DRAFT));
        assertEquals(sichuanDraft, told(account, SICHUAN_DRAFT));
    }

    @ParameterizedTest
    @CsvSource({"joint-office-sc", "sc-admin", "linshui-clerk"})
    void anEventThatNamesNoAudienceIsToldToNoOne(String account) throws Exception {
        assertEquals(false, told(account, NO_AUDIENCE));
    }

    private static boolean told(String account, String data) throws Exception {
        JsonNode node = JSON.readTree(data);
        return EventAudience.mayRead(DemoCallers.caller(account), DemoCallers.ZONES, node);
    }
}
