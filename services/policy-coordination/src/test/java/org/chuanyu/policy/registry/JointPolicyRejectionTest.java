package org.chuanyu.policy.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.POLICIES;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.etag;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A province turns a joint draft's current version down instead of approving it ({@code POST /api/policies/{id}/rejection}):
 * the version is then awaited by nobody and approved by nobody, until a new version asks both provinces again.
 */
@QuarkusTest
class JointPolicyRejectionTest {

    private static Response reject(String account, long id, Object body) {
        return as(account).body(body).post(POLICIES + "/" + id + "/rejection");
    }

    private static Response approve(String account, long id) {
        return as(account).post(POLICIES + "/" + id + "/approvals");
    }

    @Test
    void theOtherProvinceRejectsAfterOneApprovedAndNobodyIsAwaitedAnyMore() {
        long id = createOk("sc-admin", true, simple("高竹驳回" + uniqueWord()));
        approve("sc-admin", id).then().statusCode(200).body("rejection", nullValue());
        reject("cq-admin", id, Map.of("reason", " 适用范围须与重庆市现行政策衔接 ", "version", 1)).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("awaitingApprovalFrom", empty())
                .body("approvals.province", contains("sichuan"))
                .body("rejection.province", equalTo("chongqing"))
                .body("rejection.by", equalTo("cq-admin"))
                .body("rejection.version", equalTo(1))
                .body("rejection.at", notNullValue())
                .body("rejection.reason", equalTo("适用范围须与重庆市现行政策衔接"));
        // Both provinces read it; the rejected version is approved and rejected by nobody.
        as("yubei-clerk").get(POLICIES + "/" + id).then().statusCode(200).body("rejection.province", equalTo("chongqing"));
        approve("joint-office-cq", id).then().statusCode(409);
        reject("joint-office-cq", id, Map.of("reason", "再次")).then().statusCode(409);
        as("sc-admin").get(POLICIES + "/" + id).then().body("status", equalTo("DRAFT")).body("awaitingApprovalFrom", empty());
    }

    @Test
    void aNewVersionClearsTheRejectionAndAsksBothProvincesAgain() {
        long id = createOk("cq-admin", true, simple("改文再议" + uniqueWord()));
        reject("joint-office-sc", id, Map.of("reason", "待修改")).then().statusCode(200)
                .body("rejection.province", equalTo("sichuan"));
        as("cq-admin").header("If-Match", etag("cq-admin", id))
                .body("{\"policy\":" + simple("改文再议新文" + uniqueWord()) + "}")
                .put(POLICIES + "/" + id).then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("rejection", nullValue())
                .body("awaitingApprovalFrom", hasSize(2));
        // The rejection named version 1: a rejection or approval that read it is stale now.
        reject("sc-admin", id, Map.of("reason", "旧文", "version", 1)).then().statusCode(409);
        approve("sc-admin", id).then().statusCode(200).body("awaitingApprovalFrom", contains("chongqing"));
        approve("cq-admin", id).then().statusCode(200).body("status", equalTo("IN_FORCE")).body("rejection", nullValue());
        // In force: no longer a draft to reject.
        reject("cq-admin", id, Map.of("reason", "已生效")).then().statusCode(409);
    }

    @Test
    void aProvinceThatApprovedDoesNotRejectAndOnlyAdminsOfJointDraftsDo() {
        long joint = createOk("sc-admin", true, simple("已批不驳" + uniqueWord()));
        approve("sc-admin", joint).then().statusCode(200);
        reject("joint-office-sc", joint, Map.of("reason", "本省已批")).then().statusCode(409);
        reject("linshui-clerk", joint, Map.of("reason", "职员")).then().statusCode(403);
        reject("yubei-clerk", joint, Map.of("reason", "职员")).then().statusCode(403);
        reject("cq-admin", joint + 1_000_000, Map.of("reason", "不存在")).then().statusCode(404);
        long own = createOk("sc-admin", false, simple("省内不驳" + uniqueWord()));
        reject("sc-admin", own, Map.of("reason", "省内")).then().statusCode(409);
        reject("cq-admin", own, Map.of("reason", "他省草稿")).then().statusCode(404);
        as("cq-admin").get(POLICIES + "/" + joint).then().body("rejection", nullValue())
                .body("awaitingApprovalFrom", contains("chongqing"));
    }

    @Test
    void aReasonIsRequired() {
        long id = createOk("sc-admin", true, simple("缺理由" + uniqueWord()));
        for (Object bad : List.of(Map.of(), Map.of("reason", " "), Map.of("reason", "长".repeat(2001)),
                Map.of("reason", "x", "version", "one"))) {
            reject("cq-admin", id, bad).then().statusCode(400).contentType("application/problem+json");
        }
        as("cq-admin").contentType("application/json").post(POLICIES + "/" + id + "/rejection").then().statusCode(400);
        as("cq-admin").get(POLICIES + "/" + id).then().body("rejection", nullValue());
    }
}
