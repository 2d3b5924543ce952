package org.chuanyu.policy.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.POLICIES;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.etag;
import static org.chuanyu.policy.TestPolicies.publish;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts stay inside the issuing province; published policies are everyone's reference data. */
@QuarkusTest
class PolicyVisibilityTest {

    @Test
    void aSichuanDraftIsReadByEverySichuanCallerAndNoChongqingCaller() {
        long id = createOk("sc-admin", false, simple("四川草稿" + uniqueWord()));
        for (String sichuan : List.of("sc-admin", "linshui-clerk", "sc-viewer", "longchang-clerk")) {
            as(sichuan).get(POLICIES + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        }
        for (String chongqing : List.of("cq-admin", "yubei-clerk", "joint-office-cq", "yukuaiban")) {
            as(chongqing).get(POLICIES + "/" + id).then().statusCode(404);
            as(chongqing).get(POLICIES + "/" + id + "/versions").then().statusCode(404);
        }
    }

    /** An external system reads what the public may: published policies, never its own province's drafts. */
    @Test
    void externalSystemsNeverReadDraftsNotEvenTheirOwnProvinces() {
        String word = uniqueWord();
        long draft = createOk("sc-admin", false, simple("外部草稿" + word));
        long joint = createOk("sc-admin", true, simple("外部联合草稿" + word));
        long published = createOk("sc-admin", false, simple("外部公布" + word));
        publish("sc-admin", published);
        for (long id : List.of(draft, joint)) {
            as("tianfu-tongban").get(POLICIES + "/" + id).then().statusCode(404);
            as("tianfu-tongban").get(POLICIES + "/" + id + "/versions").then().statusCode(404);
            as("yukuaiban").get(POLICIES + "/" + id).then().statusCode(404);
        }
        as("tianfu-tongban").get(POLICIES + "/" + published).then().statusCode(200);
        List<Long> listed = ids("tianfu-tongban", word);
        assertTrue(listed.contains(published), "the published one is listed: " + listed);
        assertFalse(listed.contains(draft) || listed.contains(joint), "no draft is listed: " + listed);
    }

    /**
     * The platform's relay holds a realm's token but is none of its people: it reads no draft, not even of the province
     * whose realm issued its token (found by the cross-tenant sweep: it read Chongqing drafts with a Chongqing token).
     */
    @Test
    void theRelayNeverReadsDrafts() {
        String word = uniqueWord();
        long published = createOk("cq-admin", false, simple("中继公布" + word));
        publish("cq-admin", published);
        for (String admin : List.of("sc-admin", "cq-admin")) {
            long draft = createOk(admin, false, simple("中继草稿" + admin + word));
            long joint = createOk(admin, true, simple("中继联合草稿" + admin + word));
            for (long id : List.of(draft, joint)) {
                as("platform-relay").get(POLICIES + "/" + id).then().statusCode(404);
                as("platform-relay").get(POLICIES + "/" + id + "/versions").then().statusCode(404);
            }
        }
        List<Long> listed = ids("platform-relay", word);
        assertEquals(List.of(published), listed, "only the published policy is listed");
    }

    @Test
    void draftsAppearOnlyInTheIssuingProvincesLists() {
        String word = uniqueWord();
        long draft = createOk("sc-admin", false, simple("列表草稿" + word));
        long published = createOk("sc-admin", false, simple("列表公布" + word));
        publish("sc-admin", published);
        List<Long> sichuan = ids("linshui-clerk", word);
        List<Long> chongqing = ids("yubei-clerk", word);
        assertTrue(sichuan.contains(draft) && sichuan.contains(published), "Sichuan sees both: " + sichuan);
        assertTrue(chongqing.contains(published), "Chongqing sees the published one: " + chongqing);
        assertFalse(chongqing.contains(draft), "Chongqing never sees the Sichuan draft: " + chongqing);
    }

    @Test
    void aPublishedPolicyIsReadByBothProvinces() {
        long id = createOk("cq-admin", false, simple("重庆公布" + uniqueWord()));
        publish("cq-admin", id);
        for (String account : List.of("linshui-clerk", "sc-viewer", "rongchang-clerk", "tianfu-tongban")) {
            as(account).get(POLICIES + "/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        }
    }

    @Test
    void clerksViewersAndTheOtherProvincesAdminMayNotWrite() {
        long id = createOk("sc-admin", false, simple("写权限" + uniqueWord()));
        String etag = etag("sc-admin", id);
        String body = "{\"policy\":" + simple("改写" + uniqueWord()) + "}";
        for (String reader : List.of("linshui-clerk", "sc-viewer")) {
            as(reader).header("If-Match", etag).body(body).put(POLICIES + "/" + id).then().statusCode(403);
            as(reader).header("If-Match", etag).body("{\"status\":\"PUBLISHED\"}").post(POLICIES + "/" + id + "/status")
                    .then().statusCode(403);
        }
        // Invisible comes first: the other province's admin learns nothing about the draft.
        as("cq-admin").header("If-Match", etag).body(body).put(POLICIES + "/" + id).then().statusCode(404);
        as("linshui-clerk").body(TestPoliciesBodies.newPolicy()).post(POLICIES).then().statusCode(403);
        publish("sc-admin", id);
        as("cq-admin").header("If-Match", etag("sc-admin", id)).body(body).put(POLICIES + "/" + id).then().statusCode(403);
        as("sc-admin").get(POLICIES + "/" + id).then().statusCode(200).body("currentVersion", equalTo(1));
    }

    @Test
    void aJointDraftIsReadByBothProvinces() {
        long id = createOk("sc-admin", true, simple("联合草稿" + uniqueWord()));
        as("yubei-clerk").get(POLICIES + "/" + id).then().statusCode(200)
                .body("joint", equalTo(true)).body("awaitingApprovalFrom.size()", equalTo(2));
        as("linshui-clerk").get(POLICIES + "/" + id).then().statusCode(200);
    }

    private static List<Long> ids(String account, String word) {
        return as(account).queryParam("q", word).queryParam("limit", 500).get(POLICIES).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    /** A body only for a refused create. */
    static final class TestPoliciesBodies {
        static String newPolicy() {
            return org.chuanyu.policy.TestPolicies.request(false, simple("无权" + uniqueWord()));
        }
    }
}
