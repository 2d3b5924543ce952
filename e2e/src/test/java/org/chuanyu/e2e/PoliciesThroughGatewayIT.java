package org.chuanyu.e2e;

import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A joint Gaozhu policy through the gateway: Sichuan proposes it, a Chongqing clerk reads the draft,
 * both provinces approve it, and then a matching profile in Gaozhu finds it.
 */
class PoliciesThroughGatewayIT {

    static final String POLICIES = "/api/policies";

    static RequestSpecification as(String token) {
        return given().baseUri(Stack.GATEWAY).auth().oauth2(token).contentType("application/json");
    }

    @Test
    void aJointGaozhuPolicyComesIntoForceWithBothSignaturesAndMatchesAGaozhuProject() {
        String scAdmin = RealmTokens.user("sc-admin");
        String cqAdmin = RealmTokens.user("cq-admin");
        String yubei = RealmTokens.user("yubei-clerk");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String number = "高竹管发〔2024〕" + (1000 + r.nextInt(90000)) + "号";
        String industry = "e2e-" + Long.toString(r.nextLong(Long.MAX_VALUE), 36);
        long id = as(scAdmin).body("{\"joint\":true,\"policy\":{\"department\":\"川渝高竹新区管理委员会\",\"documentNumber\":\""
                        + number + "\",\"title\":\"高竹新区联合招商措施\",\"kind\":\"INVESTMENT_PROMOTION\",\"validFrom\":\"2024-01-01\","
                        + "\"text\":\"一、统一招商政策。\",\"applicability\":{\"zones\":[\"gaozhu\"],\"industries\":[\"" + industry + "\"]},"
                        + "\"benefits\":[{\"type\":\"ONE_OFF_REWARD\",\"description\":\"落地奖励\",\"amountMin\":200000,\"amountMax\":2000000}]}}")
                .post(POLICIES).then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().jsonPath().getLong("id");
        as(yubei).get(POLICIES + "/" + id).then().statusCode(200).body("joint", equalTo(true));

        as(scAdmin).post(POLICIES + "/" + id + "/approvals").then().statusCode(200).body("status", equalTo("DRAFT"));
        as(cqAdmin).post(POLICIES + "/" + id + "/approvals").then().statusCode(200).body("status", equalTo("IN_FORCE"));

        as(yubei).body("{\"industries\":[\"" + industry + "\"],\"district\":\"500112\",\"zone\":\"gaozhu\"}")
                .post(POLICIES + "/matches").then().statusCode(200)
                .body("applicable.policy.id", hasItem((int) id));
    }
}
