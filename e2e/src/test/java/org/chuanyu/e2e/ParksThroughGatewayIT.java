package org.chuanyu.e2e;

import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.testing.Accounts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A Gaozhu park shared by clerks of both provinces, through the gateway. */
class ParksThroughGatewayIT {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    static RequestSpecification as(String account) {
        return Accounts.as(account, Stack.GATEWAY);
    }

    @Test
    void gaozhuParkIsCoOwnedAcrossTheBorderAndHiddenFromOthers() {
        String code = "e2e-gaozhu-" + RUN;
        as("linshui-clerk").body(Map.of("code", code, "name", "高竹新区端到端测试园", "kind", "OTHER",
                        "level", "MUNICIPAL", "district", "511623", "zone", "gaozhu"))
                .post("/api/parks").then().statusCode(201).body("province", equalTo("sichuan"));

        String etag = as("yubei-clerk").get("/api/parks/" + code).then().statusCode(200).extract().header("ETag");
        as("yubei-clerk").header("If-Match", etag)
                .body(Map.of("name", "高竹新区共建园", "kind", "OTHER", "level", "MUNICIPAL", "district", "511623",
                        "zone", "gaozhu"))
                .put("/api/parks/" + code).then().statusCode(200).body("name", equalTo("高竹新区共建园"));

        as("rongchang-clerk").get("/api/parks/" + code).then().statusCode(404)
                .contentType("application/problem+json");
        as("rongchang-clerk").get("/api/parks?zone=gaozhu&limit=500").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        as("joint-office-cq").get("/api/parks?zone=gaozhu&limit=500").then().statusCode(200)
                .body("items.code", hasItem(code));
    }
}
