package org.chuanyu.parks.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.chuanyu.parks.registry.ParkApi.RUN;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.parks.registry.ParkApi.create;
import static org.chuanyu.parks.registry.ParkApi.draft;
import static org.chuanyu.parks.registry.ParkApi.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Who sees and changes which park: the rule table applied to the registry, lists included. */
@QuarkusTest
class ParkJurisdictionTest {

    @Test
    void linshuiAndYubeiClerksBothEditAGaozhuParkButARongchangClerkCannotSeeIt() {
        String code = "gaozhu-shared-" + RUN;
        create("linshui-clerk", code, "511623", "gaozhu").statusCode(201)
                .body("province", equalTo("sichuan")).body("zone", equalTo("gaozhu"));

        Map<String, Object> renamed = draft(code, "511623", "gaozhu");
        renamed.put("name", "川渝高竹新区共建园 " + RUN);
        as("yubei-clerk").header("If-Match", etag("yubei-clerk", code)).body(renamed)
                .put("/api/parks/" + code).then().statusCode(200).body("name", equalTo("川渝高竹新区共建园 " + RUN));
        as("linshui-clerk").header("If-Match", etag("linshui-clerk", code)).body(draft(code, "511623", "gaozhu"))
                .put("/api/parks/" + code).then().statusCode(200);

        as("rongchang-clerk").get("/api/parks/" + code).then().statusCode(404);
        as("rongchang-clerk").header("If-Match", "\"0\"").body("{\"name\": 42}")
                .put("/api/parks/" + code).then().statusCode(404);
        as("rongchang-clerk").get("/api/parks?zone=gaozhu").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        as("yubei-clerk").get("/api/parks?zone=gaozhu&limit=500").then().statusCode(200).body("items.code", hasItem(code));
    }

    @Test
    void clerkCannotCreateInAnotherDistrictOrProvince() {
        create("yubei-clerk", "yubei-in-linshui-" + RUN, "511623", null).statusCode(403);
        create("linshui-clerk", "linshui-in-chengdu-" + RUN, "510107", null).statusCode(403);
        as("linshui-clerk").get("/api/parks/yubei-in-linshui-" + RUN).then().statusCode(404);
    }

    @Test
    void clerkCannotMoveAParkOutOfItsScope() {
        String code = "linshui-move-" + RUN;
        create("linshui-clerk", code, "511623", null).statusCode(201);
        as("linshui-clerk").header("If-Match", etag("linshui-clerk", code)).body(draft(code, "510107", null))
                .put("/api/parks/" + code).then().statusCode(403);
        // Into Yubei outside the joint zone: a Linshui clerk cannot write there.
        as("linshui-clerk").header("If-Match", etag("linshui-clerk", code)).body(draft(code, "500112", null))
                .put("/api/parks/" + code).then().statusCode(403);
        as("linshui-clerk").get("/api/parks/" + code).then().statusCode(200).body("district", equalTo("511623"));
    }

    @Test
    void viewerReadsButCannotChange() {
        String code = "linshui-viewed-" + RUN;
        create("linshui-clerk", code, "511623", null).statusCode(201);
        as("sc-viewer").get("/api/parks/" + code).then().statusCode(200);
        as("sc-viewer").header("If-Match", etag("sc-viewer", code)).body(draft(code, "511623", null))
                .put("/api/parks/" + code).then().statusCode(403);
        create("sc-viewer", "viewer-made-" + RUN, "511623", null).statusCode(403);
    }

    @Test
    void provinceAdminsAndJointOffices() {
        String sichuanOnly = "chengdu-admin-" + RUN;
        String gaozhu = "gaozhu-admin-" + RUN;
        create("sc-admin", sichuanOnly, "510107", null).statusCode(201);
        create("cq-admin", gaozhu, "500112", "gaozhu").statusCode(201);

        as("cq-admin").get("/api/parks/" + sichuanOnly).then().statusCode(404);
        as("sc-admin").get("/api/parks/" + gaozhu).then().statusCode(200);
        as("joint-office-cq").get("/api/parks/" + sichuanOnly).then().statusCode(200);
        as("joint-office-cq").header("If-Match", etag("joint-office-cq", sichuanOnly))
                .body(draft(sichuanOnly, "510107", null)).put("/api/parks/" + sichuanOnly).then().statusCode(403);
        as("joint-office-sc").header("If-Match", etag("joint-office-sc", gaozhu))
                .body(draft(gaozhu, "500112", "gaozhu")).put("/api/parks/" + gaozhu).then().statusCode(200);
    }

    @Test
    void externalSystemsSeeNoParks() {
        String code = "linshui-ext-" + RUN;
        create("linshui-clerk", code, "511623", null).statusCode(201);
        as("tianfu-tongban").get("/api/parks/" + code).then().statusCode(404);
        as("tianfu-tongban").get("/api/parks?limit=500").then().statusCode(200).body("items.code", not(hasItem(code)));
    }
}
