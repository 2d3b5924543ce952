package org.chuanyu.parks.designation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** A joint-zone park's designation changes only with one approval from each province. */
@QuarkusTest
class JointZoneDesignationTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final Map<String, Object> DEMO_PARK = Map.of("name", "产业合作示范园区", "batch", 1, "year", 2020,
            "issuer", "四川省人民政府、重庆市人民政府");

    static String park(String account, String code, String district, String zone) {
        Map<String, Object> draft = new java.util.HashMap<>(Map.of("code", code, "name", "园区 " + code,
                "kind", "COOPERATION_DEMONSTRATION_PARK", "level", "PROVINCIAL", "district", district));
        if (zone != null) {
            draft.put("zone", zone);
        }
        as(account).body(draft).post("/api/parks").then().statusCode(201);
        return code;
    }

    @Test
    void parkOutsideAnyZoneIsDesignatedAtOnce() {
        String code = park("longchang-clerk", "longchang-own-" + RUN, "511083", null);
        as("longchang-clerk").body(DEMO_PARK).post("/api/parks/" + code + "/designations").then().statusCode(201);
        as("longchang-clerk").get("/api/parks/" + code + "/designations").then().statusCode(200)
                .body("name", contains("产业合作示范园区"));
    }

    @Test
    void oneProvinceIsNotEnoughAndTheSameProvinceTwiceDoesNotCount() {
        String code = park("rongchang-clerk", "rl-joint-" + RUN, "500153", "rongchang-longchang");
        int change = as("rongchang-clerk").body(DEMO_PARK).post("/api/parks/" + code + "/designations")
                .then().statusCode(202).body("status", equalTo("PENDING"))
                .extract().path("id");
        String approvals = "/api/parks/" + code + "/designation-changes/" + change + "/approvals";

        as("rongchang-clerk").post(approvals).then().statusCode(403);
        as("cq-admin").post(approvals).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("awaiting", contains("sichuan"));
        as("joint-office-cq").post(approvals).then().statusCode(409);
        as("longchang-clerk").get("/api/parks/" + code + "/designations").then().statusCode(200).body("", empty());
        // The pending change is visible to the other province too.
        as("longchang-clerk").get("/api/parks/" + code + "/designation-changes").then().statusCode(200)
                .body("status", contains("PENDING"));

        as("sc-admin").post(approvals).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("approvals.province", contains("CHONGQING", "SICHUAN"));
        as("longchang-clerk").get("/api/parks/" + code + "/designations").then().statusCode(200)
                .body("name", hasItem("产业合作示范园区"));
        as("sc-admin").post(approvals).then().statusCode(409);
        // A clerk who may write the park may still never approve: 403, whatever state the change is in.
        as("rongchang-clerk").post(approvals).then().statusCode(403);
    }

    @Test
    void removingAJointZoneParksDesignationAlsoWaitsForBothProvinces() {
        String code = park("linshui-clerk", "gz-remove-" + RUN, "511623", "gaozhu");
        int add = as("linshui-clerk").body(DEMO_PARK).post("/api/parks/" + code + "/designations")
                .then().statusCode(202).extract().path("id");
        as("sc-admin").post("/api/parks/" + code + "/designation-changes/" + add + "/approvals").then().statusCode(200);
        as("cq-admin").post("/api/parks/" + code + "/designation-changes/" + add + "/approvals").then().statusCode(200);
        int designation = as("yubei-clerk").get("/api/parks/" + code + "/designations").then().statusCode(200)
                .extract().path("[0].id");

        int remove = as("yubei-clerk").delete("/api/parks/" + code + "/designations/" + designation)
                .then().statusCode(202).extract().path("id");
        as("yubei-clerk").get("/api/parks/" + code + "/designations").then().body("name", hasItem("产业合作示范园区"));
        as("joint-office-cq").post("/api/parks/" + code + "/designation-changes/" + remove + "/approvals").then().statusCode(200);
        as("joint-office-sc").post("/api/parks/" + code + "/designation-changes/" + remove + "/approvals").then()
                .statusCode(200).body("status", equalTo("APPLIED"));
        as("yubei-clerk").get("/api/parks/" + code + "/designations").then().body("name", not(hasItem("产业合作示范园区")));
    }

    @Test
    void outsidersSeeNeitherTheParkNorItsChanges() {
        String code = park("yubei-clerk", "gz-hidden-" + RUN, "500112", "gaozhu");
        as("rongchang-clerk").get("/api/parks/" + code + "/designation-changes").then().statusCode(404);
        as("rongchang-clerk").body(DEMO_PARK).post("/api/parks/" + code + "/designations").then().statusCode(404);
        as("rongchang-clerk").post("/api/parks/" + code + "/designation-changes/1/approvals").then().statusCode(404);
    }
}
