package org.chuanyu.policy.alignment;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.publish;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known pairs of policies give known alignment statuses. */
@QuarkusTest
class AlignmentTopicsTest {

    static final String TOPICS = "/api/policies/alignment-topics";

    @Test
    void theSameParametersOnBothSidesAreAligned() {
        long sc = published("sc-admin");
        long cq = published("cq-admin");
        long id = create("cq-admin", sc, cq, "[{\"name\":\"办理时限（工作日）\",\"sichuan\":10,\"chongqing\":10.0},"
                + "{\"name\":\"申请材料\",\"sichuan\":[\"营业执照\",\"健康证明\"],\"chongqing\":[\"健康证明\",\"营业执照\"]}]")
                .then().statusCode(201).body("status", equalTo("ALIGNED")).body("differing", empty())
                .body("sichuan.id", equalTo((int) sc)).extract().jsonPath().getLong("id");
        as("linshui-clerk").get(TOPICS + "/" + id).then().statusCode(200).body("status", equalTo("ALIGNED"));
    }

    @Test
    void differingParametersAreListed() {
        create("sc-admin", published("sc-admin"), published("cq-admin"),
                "[{\"name\":\"最低价（元/平方米）\",\"sichuan\":240,\"chongqing\":252},{\"name\":\"年限\",\"sichuan\":\"50\",\"chongqing\":\"50\"},"
                        + "{\"name\":\"备注\",\"sichuan\":\"有\",\"chongqing\":null}]")
                .then().statusCode(201).body("status", equalTo("DIVERGENT"))
                .body("differing", contains("最低价（元/平方米）", "备注"));
    }

    @Test
    void aTopicWithOnlyOneSideIsMissingOnOneSideAndTheDashboardGroupsIt() {
        long id = create("joint-office-cq", published("sc-admin"), null, "[{\"name\":\"门槛\",\"sichuan\":1,\"chongqing\":null}]")
                .then().statusCode(201).body("status", equalTo("MISSING_ON_ONE_SIDE")).body("chongqing", nullValue())
                .extract().jsonPath().getLong("id");
        List<Long> missing = as("yubei-clerk").get(TOPICS + "/dashboard").then().statusCode(200)
                .extract().jsonPath().getList("topics.MISSING_ON_ONE_SIDE.id", Long.class);
        assertTrue(missing.contains(id), "dashboard lists the topic: " + missing);
        List<Integer> listed = Pages.every(() -> as("yubei-clerk").queryParam("status", "MISSING_ON_ONE_SIDE")
                .queryParam("limit", 500), TOPICS, "items.id");
        assertTrue(listed.contains((int) id), "the filtered list has the topic on some page");
    }

    @Test
    void clerksDoNotKeepTopicsAndSidesMustBeTheRightProvince() {
        long sc = published("sc-admin");
        create("linshui-clerk", sc, null, "[]").then().statusCode(403);
        create("sc-admin", null, sc, "[]").then().statusCode(400).body("errors.field", hasItem("chongqingPolicyId"));
        long draft = createOk("cq-admin", false, simple("重庆草稿" + uniqueWord()));
        // A Chongqing draft is no policy at all for Sichuan.
        create("sc-admin", sc, draft, "[]").then().statusCode(400).body("errors[0].message", equalTo("no such policy"));
    }

    private static long published(String admin) {
        long id = createOk(admin, false, simple("同标" + uniqueWord()));
        publish(admin, id);
        return id;
    }

    private static io.restassured.response.Response create(String account, Long sc, Long cq, String parameters) {
        String code = "topic-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        return as(account).body("{\"code\":\"" + code + "\",\"title\":\"测试同标\",\"sichuanPolicyId\":" + sc
                + ",\"chongqingPolicyId\":" + cq + ",\"parameters\":" + parameters + "}").post(TOPICS);
    }
}
