package org.chuanyu.policy.registry;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.POLICIES;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.simple;
import static org.chuanyu.policy.TestPolicies.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Lists come in keyset pages in a stable order; the OpenAPI document describes the API. */
@QuarkusTest
class PolicyPagesTest {

    /** The document is served on the management interface (its root is /q), not the API port. */
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String word = uniqueWord();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(createOk("cq-admin", false, simple("分页" + word + i)));
        }
        JsonPath first = as("rongchang-clerk").queryParam("q", word).queryParam("limit", 2).get(POLICIES)
                .then().statusCode(200).extract().jsonPath();
        JsonPath second = as("rongchang-clerk").queryParam("q", word).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor")).get(POLICIES).then().statusCode(200).extract().jsonPath();
        List<Long> seen = new ArrayList<>(first.getList("items.id", Long.class));
        seen.addAll(second.getList("items.id", Long.class));
        assertEquals(made, seen);
        assertNull(second.getString("nextCursor"));
        as("rongchang-clerk").queryParam("cursor", "not-ours").get(POLICIES).then().statusCode(400);
        as("rongchang-clerk").queryParam("limit", 501).get(POLICIES).then().statusCode(400);
    }

    @Test
    void listsFilterByWhatAPolicyAppliesTo() {
        String word = uniqueWord();
        long named = createOk("cq-admin", false, org.chuanyu.policy.TestPolicies.content(
                org.chuanyu.policy.TestPolicies.documentNumber(), "适用" + word, "第一条 总则",
                "{\"districts\":[\"500153\"],\"zones\":[\"rongchang-longchang\"],\"industries\":[\"electronics\"]}", "[]"));
        createOk("cq-admin", false, simple("适用" + word + "其他"));
        for (String[] filter : new String[][] {{"district", "500153"}, {"zone", "rongchang-longchang"}, {"industry", "electronics"}}) {
            List<Long> found = as("cq-admin").queryParam("q", word).queryParam(filter[0], filter[1]).get(POLICIES)
                    .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
            assertEquals(List.of(named), found, filter[0]);
            as("cq-admin").queryParam("q", word).queryParam(filter[0], "nothing-like-it").get(POLICIES)
                    .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    void theOpenApiDocumentListsThePolicyOperations() {
        given().queryParam("format", "json").get(openApi).then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/policies/{id}/versions/{a}/diff/{b}"))
                .body("paths.keySet()", hasItem("/api/policies/matches"))
                .body("paths.keySet()", hasItem("/api/policies/alignment-topics/dashboard"))
                .body("components.schemas.PolicyContent.properties.documentNumber.description", containsString("文号"));
    }
}
