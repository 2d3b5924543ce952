package org.chuanyu.projects.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.code;
import static org.chuanyu.projects.Api.create;
import static org.chuanyu.projects.Api.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A project's stages: forward only, skipping with a reason, suspension and cancellation with a reason. */
@QuarkusTest
class StageLifecycleTest {

    private static io.restassured.response.ValidatableResponse move(String code, Map<String, Object> body) {
        return as("linshui-clerk").header("If-Match", etag("linshui-clerk", code)).body(body)
                .post("/api/projects/" + code + "/stage-transitions").then();
    }

    @Test
    void aProjectMovesForwardStageByStageAndRecordsActualDates() {
        String code = code("t-linshui-park", "forward");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        move(code, Map.of("to", "SIGNED", "on", "2026-04-01")).statusCode(200)
                .body("stage", equalTo("SIGNED")).body("milestones.SIGNED.actual", equalTo("2026-04-01"))
                .body("milestones.SIGNED.planned", equalTo("2026-03-31"));
        move(code, Map.of("to", "STARTED", "on", "2026-06-20")).statusCode(200).body("stage", equalTo("STARTED"));
        // Backwards is never allowed, and the same stage again is no move.
        move(code, Map.of("to", "SIGNED")).statusCode(409);
        move(code, Map.of("to", "STARTED")).statusCode(409);
        // A date before the current stage was reached, or in the future, is a bad request.
        move(code, Map.of("to", "COMPLETED", "on", "2026-06-01")).statusCode(400).body("errors.field", contains("on"));
        move(code, Map.of("to", "COMPLETED", "on", LocalDate.now().plusDays(3).toString())).statusCode(400);
        as("linshui-clerk").get("/api/projects/" + code + "/stage-transitions").then().statusCode(200)
                .body("to", contains("SIGNED", "STARTED")).body("decidedBy", contains("linshui-clerk", "linshui-clerk"));
    }

    @Test
    void skippingAStageNeedsAReason() {
        String code = code("t-linshui-park", "skip");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        move(code, Map.of("to", "STARTED")).statusCode(400).body("errors.field", contains("reason"));
        as("linshui-clerk").get("/api/projects/" + code).then().body("stage", equalTo("LEAD"));
        move(code, Map.of("to", "STARTED", "on", "2026-05-01", "reason", "签约与开工同日举行")).statusCode(200)
                .body("stage", equalTo("STARTED")).body("milestones.SIGNED.actual", nullValue());
    }

    @Test
    void suspensionNeedsAReasonAndResumesAtTheSameStageOrLater() {
        String code = code("t-linshui-park", "suspend");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        move(code, Map.of("to", "SIGNED", "on", "2026-04-01")).statusCode(200);
        move(code, Map.of("to", "SUSPENDED")).statusCode(400).body("errors.field", contains("reason"));
        move(code, Map.of("to", "SUSPENDED", "reason", "用地指标待批")).statusCode(200)
                .body("stage", equalTo("SUSPENDED")).body("suspendedFrom", equalTo("SIGNED"))
                .body("stageReason", equalTo("用地指标待批"));
        move(code, Map.of("to", "LEAD")).statusCode(409);
        move(code, Map.of("to", "SIGNED")).statusCode(200).body("stage", equalTo("SIGNED"))
                .body("suspendedFrom", nullValue()).body("milestones.SIGNED.actual", equalTo("2026-04-01"));
    }

    @Test
    void aCancelledProjectIsClosed() {
        String code = code("t-linshui-park", "cancel");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        move(code, Map.of("to", "CANCELLED")).statusCode(400);
        move(code, Map.of("to", "CANCELLED", "reason", "投资方战略调整")).statusCode(200).body("stage", equalTo("CANCELLED"));
        move(code, Map.of("to", "SIGNED", "reason", "重新洽谈")).statusCode(409);
    }

    @Test
    void transitionsNeedIfMatchAndAWritableProject() {
        String code = code("t-linshui-park", "transition-etag");
        create("linshui-clerk", code, "t-linshui-park").statusCode(201);
        as("linshui-clerk").body(Map.of("to", "SIGNED")).post("/api/projects/" + code + "/stage-transitions")
                .then().statusCode(428);
        as("linshui-clerk").header("If-Match", "\"9\"").body(Map.of("to", "SIGNED"))
                .post("/api/projects/" + code + "/stage-transitions").then().statusCode(412);
        as("sc-viewer").header("If-Match", "\"0\"").body(Map.of("to", "SIGNED"))
                .post("/api/projects/" + code + "/stage-transitions").then().statusCode(403);
        as("linshui-clerk").header("If-Match", "\"0\"").body(Map.of("to", "FINISHED"))
                .post("/api/projects/" + code + "/stage-transitions").then().statusCode(400);
        as("linshui-clerk").get("/api/projects/" + code).then().body("stage", equalTo("LEAD")).body("version", equalTo(0));
    }
}
