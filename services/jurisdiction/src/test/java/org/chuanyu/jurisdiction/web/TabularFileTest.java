package org.chuanyu.jurisdiction.web;

import jakarta.ws.rs.core.Response;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one writer of every export: CSV bytes exactly, XLSX as a workbook, the format parameter, the answer. */
class TabularFileTest {

    record Park(String code, String name, BigDecimal growth, Long enterprises, Boolean joint) {
    }

    static final List<TabularFile.Column<Park>> COLUMNS = List.of(
            new TabularFile.Column<>("编码 code", Park::code),
            new TabularFile.Column<>("名称 name", Park::name),
            new TabularFile.Column<>("增速 growthRate", Park::growth),
            new TabularFile.Column<>("企业 enterprises", Park::enterprises),
            new TabularFile.Column<>("合作区 joint", Park::joint));

    static final List<Park> PARKS = List.of(
            new Park("a", "=HYPERLINK(\"http://evil\",\"点我\")", new BigDecimal("-5.50"), 12L, true),
            new Park("b", "荣昌, \"高新\"\n区", new BigDecimal("1E+3"), null, null),
            new Park("c", "+86 138", null, -3L, false));

    static byte[] write(TabularFile.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TabularFile.write(format, TabularFile.Table.of("Parks", COLUMNS, PARKS), out);
        return out.toByteArray();
    }

    @Test
    void csvHasABomCrlfQuotingAndNoFormulas() throws IOException {
        byte[] csv = write(TabularFile.Format.CSV);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(csv[0], csv[1], csv[2]), "UTF-8 byte-order mark");
        assertEquals("\uFEFF编码 code,名称 name,增速 growthRate,企业 enterprises,合作区 joint\r\n"
                + "a,\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",-5.50,12,true\r\n"
                + "b,\"荣昌, \"\"高新\"\"\n区\",1000,,\r\n"
                + "c,'+86 138,,-3,false\r\n", new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void xlsxIsAWorkbookWithNumbersAsNumbersAndNoFormulas() throws IOException {
        byte[] xlsx = write(TabularFile.Format.XLSX);
        assertEquals("PK", new String(Arrays.copyOf(xlsx, 2), StandardCharsets.US_ASCII), "a zip file");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("Parks", workbook.getFirstSheet().getName());
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(4, rows.size());
            assertEquals("名称 name", rows.get(0).getCellText(1));
            assertEquals("'=HYPERLINK(\"http://evil\",\"点我\")", rows.get(1).getCellText(1));
            assertEquals(0, new BigDecimal("-5.5").compareTo(rows.get(1).getCellAsNumber(2).orElseThrow()));
            assertEquals(0, new BigDecimal("-3").compareTo(rows.get(3).getCellAsNumber(3).orElseThrow()));
            assertEquals("'+86 138", rows.get(3).getCellText(1));
        }
    }

    @Test
    void formatIsCsvByDefaultXlsxOnRequestAndNothingElse() {
        assertEquals(TabularFile.Format.CSV, TabularFile.format(null));
        assertEquals(TabularFile.Format.CSV, TabularFile.format("csv"));
        assertEquals(TabularFile.Format.XLSX, TabularFile.format("xlsx"));
        for (String bad : List.of("pdf", "CSV", "", "xlsx ")) {
            ProblemException e = assertThrows(ProblemException.class, () -> TabularFile.format(bad));
            assertEquals("format", e.errors().get(0).field(), bad);
        }
    }

    @Test
    void theAnswerNamesTheFileAfterTheBusinessDay() {
        Response r = TabularFile.response(TabularFile.Format.XLSX, "case-stats", LocalDate.of(2026, 3, 31),
                TabularFile.Table.of("Stats", COLUMNS, PARKS));
        assertEquals("attachment; filename=\"case-stats-2026-03-31.xlsx\"", r.getHeaderString("Content-Disposition"));
        assertTrue(r.getMetadata().getFirst("Content-Type").toString().startsWith(TabularFile.XLSX));
        Response csv = TabularFile.response(TabularFile.Format.CSV, "parks", LocalDate.of(2026, 1, 1),
                TabularFile.Table.of("Parks", COLUMNS, PARKS));
        assertEquals("attachment; filename=\"parks-2026-01-01.csv\"", csv.getHeaderString("Content-Disposition"));
        assertEquals("text/csv; charset=UTF-8", csv.getMetadata().getFirst("Content-Type").toString());
    }
}
