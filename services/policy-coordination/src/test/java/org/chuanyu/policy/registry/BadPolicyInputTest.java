package org.chuanyu.policy.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.POLICIES;
import static org.chuanyu.policy.TestPolicies.content;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.documentNumber;
import static org.chuanyu.policy.TestPolicies.etag;
import static org.chuanyu.policy.TestPolicies.request;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Bad input is a 400 naming each field, and changes nothing. */
@QuarkusTest
class BadPolicyInputTest {

    static final String REWARD = "[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"奖励\",\"amount\":1000}]";

    @Test
    void documentNumbersMustFollowTheOfficialFormat() {
        for (String bad : new String[]{"渝府发[2022]12号", "渝府发〔2022〕12", "〔2022〕12号", "渝府发〔22〕12号", "渝府发〔2022〕012号", "Yu-2022-12"}) {
            as("cq-admin").body(request(false, content(bad, "文号" + uniqueWord(), "正文", "{}", REWARD))).post(POLICIES)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("policy.documentNumber"));
        }
        createOk("cq-admin", false, content(documentNumber(), "文号正确" + uniqueWord(), "正文", "{}", REWARD));
    }

    @Test
    void validityMustNotEndBeforeItStarts() {
        String body = request(false, content(documentNumber(), "日期" + uniqueWord(), "正文", "{}", REWARD)
                .replace("\"validTo\":\"2099-12-31\"", "\"validTo\":\"2022-12-31\""));
        as("sc-admin").body(body).post(POLICIES).then().statusCode(400).body("errors.field", hasItem("policy.validTo"));
    }

    @Test
    void amountsAndInvestmentsMustNotBeNegativeAndRangesMustBeOrdered() {
        String benefits = "[{\"type\":\"SUBSIDY\",\"description\":\"补贴\",\"amount\":-1},"
                + "{\"type\":\"ONE_OFF_REWARD\",\"description\":\"奖励\",\"amountMin\":200000,\"amountMax\":20000}]";
        as("sc-admin").body(request(false, content(documentNumber(), "金额" + uniqueWord(), "正文",
                        "{\"minimumInvestment\":-5,\"districts\":[\"123\"],\"provinces\":[\"hubei\"]}", benefits)))
                .post(POLICIES).then().statusCode(400)
                .body("errors.field", hasItems("policy.benefits[0].amount", "policy.benefits[1].amountMax",
                        "policy.applicability.minimumInvestment", "policy.applicability.districts[0]",
                        "policy.applicability.provinces[0]"));
    }

    @Test
    void amountsAreInCny() {
        as("sc-admin").body(request(false, content(documentNumber(), "币种" + uniqueWord(), "正文", "{}",
                        "[{\"type\":\"SUBSIDY\",\"description\":\"补贴\",\"amount\":10,\"currency\":\"USD\"}]")))
                .post(POLICIES).then().statusCode(400).body("errors.field", hasItem("policy.benefits[0].currency"));
    }

    @Test
    void onlyADraftIsDeletedAndOnlyByItsAdmin() {
        long id = createOk("sc-admin", false, simple("删除" + uniqueWord()));
        as("linshui-clerk").header("If-Match", etag("sc-admin", id)).delete(POLICIES + "/" + id).then().statusCode(403);
        as("cq-admin").header("If-Match", etag("sc-admin", id)).delete(POLICIES + "/" + id).then().statusCode(404);
        as("sc-admin").delete(POLICIES + "/" + id).then().statusCode(428);
        as("sc-admin").header("If-Match", etag("sc-admin", id)).delete(POLICIES + "/" + id).then().statusCode(204);
        as("sc-admin").get(POLICIES + "/" + id).then().statusCode(404);
        long published = createOk("sc-admin", false, simple("不删" + uniqueWord()));
        org.chuanyu.policy.TestPolicies.publish("sc-admin", published);
        as("sc-admin").header("If-Match", etag("sc-admin", published)).delete(POLICIES + "/" + published).then().statusCode(409);
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        String title = "原样" + uniqueWord();
        long id = createOk("sc-admin", false, simple(title));
        String etag = etag("sc-admin", id);
        as("sc-admin").header("If-Match", etag)
                .body("{\"policy\":" + simple("改坏" + uniqueWord()).replace("\"validFrom\":\"2023-01-01\"", "\"validFrom\":\"2100-01-01\"") + "}")
                .put(POLICIES + "/" + id).then().statusCode(400).body("errors.field", hasItem("policy.validTo"));
        as("sc-admin").get(POLICIES + "/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("title", equalTo(title)).body("currentVersion", equalTo(1));
    }

    @Test
    void unknownKindsAndFiltersAreNamed() {
        as("sc-admin").body(request(false, simple("类别" + uniqueWord()).replace("INCENTIVE", "BRIBE"))).post(POLICIES)
                .then().statusCode(400);
        as("sc-admin").queryParam("kind", "BRIBE").get(POLICIES).then().statusCode(400).body("errors.field", hasItem("kind"));
        as("sc-admin").queryParam("validOn", "yesterday").get(POLICIES).then().statusCode(400).body("errors.field", hasItem("validOn"));
        as("sc-admin").get(POLICIES + "/not-a-number").then().statusCode(404);
    }
}
