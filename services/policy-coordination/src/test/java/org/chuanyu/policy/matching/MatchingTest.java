package org.chuanyu.policy.matching;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.jurisdiction.testing.Accounts.token;
import static org.chuanyu.policy.TestPolicies.content;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.documentNumber;
import static org.chuanyu.policy.TestPolicies.publish;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matching known projects (from a stand-in of the projects API) and ad-hoc profiles. */
@QuarkusTest
@WithTestResource(ProjectsStandIn.class)
class MatchingTest {

    static final String MATCHES = "/api/policies/matches";
    static final String REWARD = "[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"达产奖励\",\"amountMin\":20000,\"amountMax\":200000}]";

    @Test
    void aRongchangElectronicsProjectGetsTheSixMeasuresAndANearMissOnInvestment() {
        long fits = policy("{\"provinces\":[\"chongqing\"],\"parks\":[\"rongchang-hightech\"],\"industries\":[\"electronics\"],"
                + "\"stages\":[\"IN_PRODUCTION\",\"AT_CAPACITY\"],\"minimumInvestment\":50000000}");
        long tooBig = policy("{\"parks\":[\"rongchang-hightech\"],\"minimumInvestment\":100000000}");
        long twoMisses = policy("{\"parks\":[\"rongchang-hightech\"],\"stages\":[\"LEAD\"],\"minimumInvestment\":100000000}");

        JsonPath result = as("rongchang-clerk").queryParam("projectId", "p-rongchang").get(MATCHES).then().statusCode(200)
                .body("profile.district", equalTo("500153")).body("profile.park", equalTo("rongchang-hightech"))
                .extract().jsonPath();
        assertEquals(token("rongchang-clerk"), ProjectsStandIn.lastAuthorization.substring("Bearer ".length()));
        Map<String, Object> match = find(result.getList("applicable"), fits);
        assertTrue(((List<?>) match.get("reasons")).contains("park rongchang-hightech is covered"), match.toString());
        assertTrue(((List<?>) match.get("reasons")).contains("industry electronics is supported"), match.toString());
        assertEquals("ONE_OFF_REWARD", ((Map<?, ?>) ((List<?>) match.get("benefits")).get(0)).get("type"));
        Map<String, Object> nearMiss = find(result.getList("nearMisses"), tooBig);
        assertEquals("INVESTMENT", nearMiss.get("failingCondition"));
        assertEquals("needs at least 100000000 CNY; the project plans 80000000 CNY", nearMiss.get("explanation"));
        assertFalse(ids(result, "applicable").contains(twoMisses) || ids(result, "nearMisses").contains(twoMisses));
    }

    @Test
    void aGaozhuProjectInTheOtherShapeIsReadToo() {
        long gaozhu = policy("{\"zones\":[\"gaozhu\"],\"industries\":[\"automotive\"]}");
        JsonPath result = as("linshui-clerk").queryParam("projectId", "p-gaozhu").get(MATCHES).then().statusCode(200)
                .body("profile.industries", hasItem("automotive")).body("profile.stage", equalTo("SIGNED"))
                .body("profile.investment", equalTo(30000000))
                .extract().jsonPath();
        assertTrue(ids(result, "applicable").contains(gaozhu));
    }

    @Test
    void aProjectTheCallerCannotSeeIsNotFoundAndAnUnreachableServiceIs503() {
        as("linshui-clerk").queryParam("projectId", "p-hidden").get(MATCHES).then().statusCode(404);
        as("linshui-clerk").queryParam("projectId", "p-down").get(MATCHES).then().statusCode(503)
                .contentType("application/problem+json");
        as("linshui-clerk").get(MATCHES).then().statusCode(400);
    }

    @Test
    void anAdHocProfileIsMatchedAndDraftsNeverMatch() {
        String industry = "test-" + Math.abs(uniqueWord().hashCode());
        long published = policy("{\"industries\":[\"" + industry + "\"]}");
        long draft = createOk("cq-admin", false, content(documentNumber(), "草稿不配" + uniqueWord(), "正文",
                "{\"industries\":[\"" + industry + "\"]}", REWARD));
        JsonPath result = as("sc-viewer").body("{\"industries\":[\"" + industry + "\"],\"district\":\"511623\"}")
                .post(MATCHES).then().statusCode(200).extract().jsonPath();
        assertTrue(ids(result, "applicable").contains(published));
        assertFalse(ids(result, "applicable").contains(draft));
        as("sc-viewer").body("{\"investment\":-1,\"district\":\"51\"}").post(MATCHES).then().statusCode(400)
                .body("errors.field", hasItem("investment")).body("errors.field", hasItem("district"));
    }

    /** Found by the schema fuzzer: 1e400 was matched, and echoed back as a number no client reads. */
    @Test
    void anInvestmentBeyondAnyAmountInYuanIsRefused() {
        for (String amount : new String[] {"1e400", "12345678901234567", "100.001"}) {
            as("sc-viewer").body("{\"investment\":" + amount + "}").post(MATCHES).then().statusCode(400)
                    .body("errors.field", hasItem("investment"));
        }
        as("sc-viewer").body("{\"investment\":9999999999999999.99}").post(MATCHES).then().statusCode(200);
    }

    private static long policy(String applicability) {
        long id = createOk("cq-admin", false, content(documentNumber(), "匹配" + uniqueWord(), "正文", applicability, REWARD));
        publish("cq-admin", id);
        return id;
    }

    private static List<Long> ids(JsonPath result, String list) {
        return result.getList(list + ".policy.id", Long.class);
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, long id) {
        return items.stream().filter(m -> ((Number) ((Map<?, ?>) m.get("policy")).get("id")).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("policy " + id + " not in " + items));
    }
}
