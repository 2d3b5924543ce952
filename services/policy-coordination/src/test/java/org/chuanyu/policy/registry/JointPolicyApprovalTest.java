package org.chuanyu.policy.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

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

/** A joint policy is in force only with one approval from each province, for its current version. */
@QuarkusTest
class JointPolicyApprovalTest {

    @Test
    void oneProvinceAloneIsNotEnough() {
        long id = createOk("sc-admin", true, simple("高竹营商" + uniqueWord()));
        approve("sc-admin", id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("approvals[0].province", equalTo("sichuan"))
                .body("approvals[0].approver", equalTo("sc-admin"))
                .body("approvals[0].version", equalTo(1))
                .body("awaitingApprovalFrom", contains("chongqing"));
    }

    @Test
    void theSameProvinceTwiceIsNotEnough() {
        long id = createOk("sc-admin", true, simple("同省两次" + uniqueWord()));
        approve("sc-admin", id).then().statusCode(200);
        // The joint office of Sichuan is another Sichuan signature: it does not count twice.
        approve("joint-office-sc", id).then().statusCode(409);
        as("sc-admin").get(POLICIES + "/" + id).then().body("status", equalTo("DRAFT")).body("approvals", hasSize(1));
    }

    @Test
    void oneApprovalFromEachProvincePutsItInForce() {
        long id = createOk("cq-admin", true, simple("两省批准" + uniqueWord()));
        approve("joint-office-sc", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        approve("cq-admin", id).then().statusCode(200)
                .body("status", equalTo("IN_FORCE"))
                .body("approvals.province", contains("sichuan", "chongqing"))
                .body("awaitingApprovalFrom", empty());
        as("tianfu-tongban").get(POLICIES + "/" + id).then().statusCode(200).body("status", equalTo("IN_FORCE"));
    }

    @Test
    void aTextChangeResetsTheApprovals() {
        long id = createOk("sc-admin", true, simple("改文重批" + uniqueWord()));
        approve("sc-admin", id).then().statusCode(200);
        approve("cq-admin", id).then().statusCode(200).body("status", equalTo("IN_FORCE"));
        as("sc-admin").header("If-Match", etag("sc-admin", id))
                .body("{\"policy\":" + simple("改文重批新文" + uniqueWord()) + "}")
                .put(POLICIES + "/" + id).then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("approvals", empty())
                .body("awaitingApprovalFrom", hasSize(2));
        approve("cq-admin", id).then().statusCode(200).body("status", equalTo("DRAFT")).body("approvals[0].version", equalTo(2));
    }

    @Test
    void clerksDoNotApproveAndProvincialPoliciesAreNotApproved() {
        long joint = createOk("sc-admin", true, simple("职员不批" + uniqueWord()));
        approve("linshui-clerk", joint).then().statusCode(403);
        approve("yubei-clerk", joint).then().statusCode(403);
        long own = createOk("sc-admin", false, simple("省内政策" + uniqueWord()));
        approve("sc-admin", own).then().statusCode(409);
        // A clerk who may read a provincial policy is refused as a clerk (403), not told of its kind (409).
        approve("linshui-clerk", own).then().statusCode(403);
        approve("cq-admin", own).then().statusCode(404);
        // A joint policy is not published: it comes into force through approvals.
        as("sc-admin").header("If-Match", etag("sc-admin", joint)).body("{\"status\":\"PUBLISHED\"}")
                .post(POLICIES + "/" + joint + "/status").then().statusCode(409);
    }

    @Test
    void anApprovalOfAnOlderVersionIsRefused() {
        long id = createOk("sc-admin", true, simple("旧版批准" + uniqueWord()));
        as("sc-admin").header("If-Match", etag("sc-admin", id))
                .body("{\"policy\":" + simple("旧版批准二" + uniqueWord()) + "}").put(POLICIES + "/" + id).then().statusCode(200);
        as("cq-admin").body("{\"version\":1}").post(POLICIES + "/" + id + "/approvals").then().statusCode(409);
        as("cq-admin").body("{\"version\":2}").post(POLICIES + "/" + id + "/approvals").then().statusCode(200);
    }

    private static Response approve(String account, long id) {
        return as(account).post(POLICIES + "/" + id + "/approvals");
    }
}
