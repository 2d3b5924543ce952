package org.chuanyu.policy.versions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.POLICIES;
import static org.chuanyu.policy.TestPolicies.content;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.documentNumber;
import static org.chuanyu.policy.TestPolicies.etag;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every change of a policy's content is kept as a version; two versions can be compared. */
@QuarkusTest
class PolicyVersionsTest {

    static final String APPLIES = "{\"provinces\":[\"chongqing\"],\"districts\":[\"500153\"]}";

    @Test
    void aChangedTextAndRewardMakeVersionTwoAndTheDiffShowsBoth() {
        String number = documentNumber();
        String title = "六条措施" + uniqueWord();
        long id = createOk("cq-admin", false, content(number, title, "第一条 总则\\n第二条 奖励二万元\\n第三条 附则", APPLIES,
                "[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"达产奖励\",\"amount\":20000}]"));
        as("cq-admin").header("If-Match", etag("cq-admin", id))
                .body("{\"policy\":" + content(number, title, "第一条 总则\\n第二条 奖励二十万元\\n第三条 附则\\n第四条 施行", APPLIES,
                        "[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"达产奖励\",\"amount\":200000}]") + "}")
                .put(POLICIES + "/" + id).then().statusCode(200).body("currentVersion", equalTo(2));

        as("rongchang-clerk").get(POLICIES + "/" + id + "/versions").then().statusCode(200)
                .body("", hasSize(2)).body("[0].number", equalTo(1)).body("[1].createdBy", equalTo("cq-admin"));
        JsonPath diff = as("rongchang-clerk").get(POLICIES + "/" + id + "/versions/1/diff/2").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> text = diff.getList("text");
        assertEquals(List.of("KEPT", "REMOVED", "ADDED", "KEPT", "ADDED"), text.stream().map(l -> l.get("op")).toList());
        assertEquals("第二条 奖励二万元", text.get(1).get("text"));
        assertEquals("第二条 奖励二十万元", text.get(2).get("text"));
        assertEquals(List.of("benefits[0].amount"), diff.getList("fields.field"));
        assertEquals(20000.0, diff.getDouble("fields[0].before"));
        assertEquals(200000.0, diff.getDouble("fields[0].after"));
    }

    @Test
    void theSameContentAgainMakesNoNewVersion() {
        String body = simple("无变化" + uniqueWord());
        long id = createOk("sc-admin", false, body);
        as("sc-admin").header("If-Match", etag("sc-admin", id)).body("{\"policy\":" + body + "}")
                .put(POLICIES + "/" + id).then().statusCode(200).body("currentVersion", equalTo(1));
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        long id = createOk("sc-admin", false, simple("并发" + uniqueWord()));
        String stale = etag("sc-admin", id);
        String body = "{\"policy\":" + simple("并发一" + uniqueWord()) + "}";
        as("sc-admin").body(body).put(POLICIES + "/" + id).then().statusCode(428);
        as("sc-admin").header("If-Match", stale).body(body).put(POLICIES + "/" + id).then().statusCode(200);
        as("sc-admin").header("If-Match", stale).body("{\"policy\":" + simple("并发二" + uniqueWord()) + "}")
                .put(POLICIES + "/" + id).then().statusCode(412);
        as("sc-admin").get(POLICIES + "/" + id).then().body("currentVersion", equalTo(2));
    }

    @Test
    void twoConcurrentUpdatesWithTheSameETagNeverBothWin() {
        long id = createOk("sc-admin", false, simple("同时" + uniqueWord()));
        String etag = etag("sc-admin", id);
        List<CompletableFuture<Integer>> updates = List.of("甲", "乙").stream()
                .map(w -> CompletableFuture.supplyAsync(() -> as("sc-admin").header("If-Match", etag)
                        .body("{\"policy\":" + simple("同时" + w + uniqueWord()) + "}")
                        .put(POLICIES + "/" + id).statusCode()))
                .toList();
        List<Integer> statuses = updates.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 412), statuses);
        as("sc-admin").get(POLICIES + "/" + id + "/versions").then().body("", hasSize(2));
    }

    @Test
    void unknownVersionsAreNotFound() {
        long id = createOk("sc-admin", false, simple("版本" + uniqueWord()));
        as("sc-admin").get(POLICIES + "/" + id + "/versions/1/diff/7").then().statusCode(404);
        assertTrue(as("sc-admin").get(POLICIES + "/" + id + "/versions/1/diff/1").then().statusCode(200)
                .extract().jsonPath().getList("fields").isEmpty());
    }
}
