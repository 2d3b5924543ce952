package org.chuanyu.projects.registry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.chuanyu.projects.Api.draft;
import static org.chuanyu.projects.Api.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees and changes which project, and updates under If-Match. */
@QuarkusTest
class ProjectUpdateAndJurisdictionTest {

    @Test
    void linshuiAndYubeiClerksBothEditAGaozhuProjectButARongchangClerkCannotSeeIt() {
        String code = code("t-gaozhu-park", "gaozhu-shared");
        create("linshui-clerk", code, "t-gaozhu-park").statusCode(201);
        Map<String, Object> renamed = draft(code, "t-gaozhu-park");
        renamed.put("name", "高竹共建项目");
        as("yubei-clerk").header("If-Match", etag("yubei-clerk", code)).body(renamed)
                .put("/api/projects/" + code).then().statusCode(200).body("name", equalTo("高竹共建项目"))
                .header("ETag", equalTo("\"1\""));
        as("rongchang-clerk").get("/api/projects/" + code).then().statusCode(404);
        // Outside the scope, even a broken request without If-Match answers 404 first.
        as("rongchang-clerk").body("{\"name\": 42}").put("/api/projects/" + code).then().statusCode(404);
        as("rongchang-clerk").body("{}").post("/api/projects/" + code + "/stage-transitions").then().statusCode(404);
        as("cq-admin").get("/api/projects/" + code).then().statusCode(200);
        as("joint-office-sc").get("/api/projects/" + code).then().statusCode(200);
    }

    @Test
    void aSichuanOnlyProjectIsInvisibleToChongqing() {
        String code = code("t-linshui-park", "linshui-only");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        for (String account : List.of("yubei-clerk", "cq-admin", "rongchang-clerk", "yukuaiban")) {
            as(account).get("/api/projects/" + code).then().statusCode(404);
            assertTrue(!org.chuanyu.projects.Api.codes(account, "&q=" + code).contains(code), account);
        }
        as("sc-admin").get("/api/projects/" + code).then().statusCode(200);
        as("joint-office-cq").get("/api/projects/" + code).then().statusCode(200);
        // Cross-province admins read everything but write only in their joint zones.
        as("joint-office-cq").header("If-Match", "\"0\"").body(draft(code, "t-linshui-park"))
                .put("/api/projects/" + code).then().statusCode(403);
        as("sc-viewer").header("If-Match", "\"0\"").body(draft(code, "t-linshui-park"))
                .put("/api/projects/" + code).then().statusCode(403);
    }

    @Test
    void externalSystemsHaveNoProjects() {
        // Projects are never submitted by an external system, and an external system reads only its own submissions.
        String code = code("t-linshui-park", "linshui-for-tianfu");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        as("tianfu-tongban").get("/api/projects/" + code).then().statusCode(404);
        assertTrue(org.chuanyu.projects.Api.codes("tianfu-tongban", "&q=" + code).isEmpty());
        create("tianfu-tongban", code("t-linshui-park", "tianfu-made"), "t-linshui-park").statusCode(403);
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String code = code("t-linshui-park", "etag");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        as("linshui-clerk").body(draft(code, "t-linshui-park")).put("/api/projects/" + code).then().statusCode(428);
        as("linshui-clerk").header("If-Match", "\"7\"").body(draft(code, "t-linshui-park"))
                .put("/api/projects/" + code).then().statusCode(412);
        Map<String, Object> bad = draft(code, "t-linshui-park");
        bad.put("plannedInvestment", "lots");
        as("linshui-clerk").header("If-Match", "\"0\"").body(bad).put("/api/projects/" + code).then().statusCode(400);
        bad = draft("another-code", "t-linshui-park");
        as("linshui-clerk").header("If-Match", "\"0\"").body(bad).put("/api/projects/" + code).then().statusCode(400);
        as("linshui-clerk").get("/api/projects/" + code).then().body("version", equalTo(0));
    }

    @Test
    void aProjectStaysInTheParkItsCodeNames() {
        String code = code("t-gaozhu-park", "move");
        create("linshui-clerk", code, "t-gaozhu-park").statusCode(201);
        // Yubei's clerk sees the Gaozhu project but cannot name Linshui's own park at all.
        as("yubei-clerk").header("If-Match", "\"0\"").body(draft(code, "t-linshui-park"))
                .put("/api/projects/" + code).then().statusCode(400).body("errors.field", contains("parkCode"));
        // Linshui's clerk may write in both parks, and still cannot move the project: its code names its park, and a
        // code taken elsewhere could collide with a project the writers of the new park cannot see.
        as("linshui-clerk").header("If-Match", "\"0\"").body(draft(code, "t-linshui-park"))
                .put("/api/projects/" + code).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("parkCode"))
                .body("errors[0].message", startsWith("cannot change: a project stays in the park its code names"));
        as("yubei-clerk").get("/api/projects/" + code).then().statusCode(200).body("parkCode", equalTo("t-gaozhu-park"))
                .body("zone", equalTo("gaozhu")).header("ETag", equalTo("\"0\""));
    }

    @Test
    void twoConcurrentUpdatesWithTheSameETagNeverLoseData() throws Exception {
        String code = code("t-linshui-park", "race");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Response>> updates = List.of("甲", "乙").stream().map(name -> CompletableFuture.supplyAsync(() -> {
            Map<String, Object> body = draft(code, "t-linshui-park");
            body.put("leader", name);
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return as("linshui-clerk").header("If-Match", "\"0\"").body(body).put("/api/projects/" + code);
        })).toList();
        List<Integer> statuses = updates.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertEquals(List.of(200, 412), statuses);
        String winner = updates.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200)
                .findFirst().orElseThrow().path("leader");
        as("linshui-clerk").get("/api/projects/" + code).then().body("leader", equalTo(winner)).body("version", equalTo(1));
    }
}
