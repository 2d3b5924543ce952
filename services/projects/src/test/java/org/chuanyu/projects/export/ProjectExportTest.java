package org.chuanyu.projects.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.chuanyu.projects.Api.RUN;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.projects.Api.draft;
import static org.chuanyu.projects.Api.etag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports: CSV and XLSX without formula injection, and OC4IDS valid against the versioned project schema. */
@QuarkusTest
class ProjectExportTest {

    private static final String TAG = "ex" + RUN;

    private static String create(String suffix, String park, String name) {
        String code = park + "." + TAG + "-" + suffix;
        Map<String, Object> d = draft(code, park);
        d.put("name", name);
        as("linshui-clerk").body(d).post("/api/projects").then().statusCode(201);
        return code;
    }

    @Test
    void oc4idsExportIsValidAgainstTheProjectSchemaAndMapsStages() throws Exception {
        String lead = create("lead", "t-linshui-park", "线索项目");
        String started = create("started", "t-gaozhu-park", "开工项目");
        as("linshui-clerk").header("If-Match", etag("linshui-clerk", started))
                .body(Map.of("to", "STARTED", "on", "2026-05-01", "reason", "签约即开工"))
                .post("/api/projects/" + started + "/stage-transitions").then().statusCode(200);
        String cancelled = create("cancelled", "t-linshui-park", "终止项目");
        as("linshui-clerk").header("If-Match", "\"0\"").body(Map.of("to", "CANCELLED", "reason", "投资方撤回"))
                .post("/api/projects/" + cancelled + "/stage-transitions").then().statusCode(200);

        String body = as("linshui-clerk").get("/api/projects/export?format=oc4ids&q=" + TAG).then().statusCode(200)
                .extract().asString();
        JsonNode pkg = new ObjectMapper().readTree(body);
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("oc4ids/0.9.3/project-schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        assertEquals(3, pkg.get("projects").size());
        for (JsonNode project : pkg.get("projects")) {
            Set<ValidationMessage> errors = schema.validate(project);
            assertTrue(errors.isEmpty(), project.get("id") + ": " + errors);
        }
        Map<String, String> status = new java.util.HashMap<>();
        pkg.get("projects").forEach(p -> status.put(p.get("id").asText(), p.get("status").asText()));
        assertEquals(Map.of("oc4ids-cyhz-" + lead, "identification", "oc4ids-cyhz-" + started, "implementation",
                "oc4ids-cyhz-" + cancelled, "cancelled"), status);

        // The schema is really checked: a project with a status outside the codelist fails.
        JsonNode broken = new ObjectMapper().readTree("{\"id\":\"x\",\"status\":\"suspended\"}");
        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void spreadsheetsNeverCarryFormulasAndOnlyTheCallersProjects() throws Exception {
        String risky = create("risky", "t-linshui-park", "=HYPERLINK(\"http://evil\",\"点我\")");
        String csv = as("linshui-clerk").get("/api/projects/export?format=csv&q=" + TAG).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\""), csv);
        assertTrue(csv.contains(risky));
        String yubeiCsv = as("yubei-clerk").get("/api/projects/export?format=csv&q=" + TAG).then().statusCode(200)
                .extract().asString();
        assertFalse(yubeiCsv.contains(risky));

        byte[] xlsx = as("linshui-clerk").get("/api/projects/export?format=xlsx&q=" + TAG + "-risky").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("code", rows.get(0).getCellText(0));
            assertEquals(risky, rows.get(1).getCellText(0));
            assertTrue(rows.get(1).getCellText(1).startsWith("'="));
        }
        as("linshui-clerk").get("/api/projects/export?format=pdf").then().statusCode(400);
        assertTrue(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1).equals("PK"));
    }
}
