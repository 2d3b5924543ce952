package org.chuanyu.parks.export;

import io.quarkus.test.junit.QuarkusTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** Exports hold what the caller may see, as real files, with formulas neutralised. */
@QuarkusTest
class ParkExportTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final String LINSHUI = "exp-linshui-" + RUN;
    static final String YUBEI = "exp-yubei-" + RUN;

    static boolean seeded;

    /** Once per class, but after Quarkus has started (a static @BeforeAll runs before it). */
    @BeforeEach
    void parksWithIndicators() {
        if (seeded) {
            return;
        }
        seeded = true;
        as("linshui-clerk").body(Map.of("code", LINSHUI, "name", "=HYPERLINK(\"http://evil\",\"点我\")",
                "kind", "OTHER", "level", "MUNICIPAL", "district", "511623")).post("/api/parks").then().statusCode(201);
        as("linshui-clerk").body(Map.of("growthRate", -5.5, "enterprisesSettled", 12, "grossIndustrialOutput", 1234567890.12,
                "source", "+测试来源")).put("/api/parks/" + LINSHUI + "/indicators/2024").then().statusCode(201);
        as("yubei-clerk").body(Map.of("code", YUBEI, "name", "渝北导出测试园", "kind", "OTHER", "level", "MUNICIPAL",
                "district", "500112")).post("/api/parks").then().statusCode(201);
    }

    @Test
    void csvHoldsOnlyTheCallersParksAndNoFormulas() {
        String csv = new String(as("linshui-clerk").queryParam("format", "csv").queryParam("q", "exp-")
                .get("/api/parks/export").then().statusCode(200)
                .header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "byte-order mark for Excel");
        assertTrue(csv.contains(LINSHUI));
        assertFalse(csv.contains(YUBEI), "a Yubei park in a Linshui clerk's export");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\""), csv);
        assertTrue(csv.contains(",-5.5,"), "negative numbers stay numbers: " + csv);
        assertTrue(csv.contains(",'+测试来源"), csv);
    }

    @Test
    void xlsxIsARealWorkbookWithNumbersAsNumbers() throws Exception {
        byte[] file = as("linshui-clerk").queryParam("format", "xlsx").queryParam("q", "exp-")
                .get("/api/parks/export").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Map<String, Integer> column = headerIndex(rows.get(0));
            Row linshui = rows.stream().filter(r -> LINSHUI.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals("'=HYPERLINK(\"http://evil\",\"点我\")", linshui.getCellText(column.get("名称 name")));
            assertEquals(0, new BigDecimal("-5.5").compareTo(linshui.getCellAsNumber(column.get("growthRate")).orElseThrow()));
            assertEquals(0, new BigDecimal("1234567890.12").compareTo(
                    linshui.getCellAsNumber(column.get("grossIndustrialOutput")).orElseThrow()));
            assertFalse(rows.stream().anyMatch(r -> YUBEI.equals(r.getCellText(0))));
        }
    }

    @Test
    void crossProvinceAdminExportsBothProvinces() {
        String csv = as("joint-office-cq").queryParam("q", "exp-").get("/api/parks/export").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(LINSHUI) && csv.contains(YUBEI));
    }

    @Test
    void unknownFormatIsAFieldProblem() {
        as("linshui-clerk").queryParam("format", "pdf").get("/api/parks/export").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static Map<String, Integer> headerIndex(Row header) {
        return java.util.stream.IntStream.range(0, header.getCellCount()).boxed()
                .collect(Collectors.toMap(header::getCellText, i -> i));
    }
}
