package org.chuanyu.jurisdiction.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.chuanyu.jurisdiction.web.SpreadsheetCells;
import org.chuanyu.jurisdiction.web.TabularFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every spreadsheet export's test asks of it ({@link TabularFile}): the CSV's rows hold the JSON endpoint's
 * rows, the XLSX is a workbook, and an unknown format is a 400 problem. A header is "中文 jsonName", so each column
 * is matched with the JSON property its header names (a dotted name reads a nested one).
 */
public final class SpreadsheetExports {

    private SpreadsheetExports() {
    }

    /** The JSON endpoint's rows at {@code rowsPath} of its answer, decimals read as BigDecimal (not float). */
    public static List<Map<String, Object>> json(RequestSpecification request, String path, String rowsPath) {
        String body = request.get(path).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getList(rowsPath);
    }

    /** The CSV export at the path (format=csv): its rows, each keyed by the JSON name of its column's header. */
    public static List<Map<String, String>> csv(RequestSpecification request, String path) {
        byte[] body = request.queryParam("format", "csv").get(path).then().statusCode(200)
                .contentType(startsWith(TabularFile.CSV))
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .extract().asByteArray();
        return rows(body);
    }

    /** A CSV file's rows keyed by the JSON names of its headers; it must begin with the UTF-8 byte-order mark. */
    public static List<Map<String, String>> rows(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
        List<List<String>> lines = parse(text.substring(1));
        List<String> names = lines.get(0).stream().map(h -> h.substring(h.lastIndexOf(' ') + 1)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            assertEquals(names.size(), line.size(), "cells of " + line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 with CRLF line ends (every line, the last too). */
    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(line.isEmpty() && cell.isEmpty(), "the file ends with CRLF");
        return lines;
    }

    /**
     * The CSV rows hold the JSON rows, in order: the same number of rows, and in each the same value as the JSON
     * property each column names (numbers compared as numbers, a list as its items joined by ";", null as empty, text
     * as a spreadsheet shows it: {@link SpreadsheetCells#neutralise}).
     */
    public static void sameRows(List<Map<String, String>> csv, List<Map<String, Object>> json) {
        assertEquals(json.size(), csv.size(), "rows: CSV " + csv + ", JSON " + json);
        for (int r = 0; r < json.size(); r++) {
            for (Map.Entry<String, String> cell : csv.get(r).entrySet()) {
                Object expected = property(json.get(r), cell.getKey());
                String actual = cell.getValue();
                String where = "row " + r + ", " + cell.getKey() + ": CSV " + csv.get(r) + ", JSON " + json.get(r);
                if (expected == null) {
                    assertEquals("", actual, where);
                } else if (expected instanceof Number n) {
                    assertEquals(0, new BigDecimal(n.toString()).compareTo(new BigDecimal(actual)), where);
                } else if (expected instanceof List<?> list) {
                    assertEquals(SpreadsheetCells.neutralise(String.join(";", list.stream().map(String::valueOf).toList())),
                            actual, where);
                } else {
                    assertEquals(SpreadsheetCells.neutralise(expected.toString()), actual, where);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object property(Map<String, Object> row, String dotted) {
        Object value = row;
        for (String name : dotted.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            if (!map.containsKey(name)) {
                fail("no JSON property " + dotted + " in " + row);
            }
            value = ((Map<String, Object>) map).get(name);
        }
        return value;
    }

    /** The XLSX export at the path (format=xlsx): a zip file with the XLSX type, read as a workbook; its rows. */
    public static List<Row> xlsx(RequestSpecification request, String path) {
        byte[] body = request.queryParam("format", "xlsx").get(path).then().statusCode(200)
                .contentType(startsWith(TabularFile.XLSX))
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .extract().asByteArray();
        assertEquals("PK", new String(Arrays.copyOf(body, 2), StandardCharsets.US_ASCII), "a zip file");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return workbook.getFirstSheet().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** format=pdf is a 400 problem that names format. */
    public static void refusesAnUnknownFormat(RequestSpecification request, String path) {
        request.queryParam("format", "pdf").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("format"));
    }
}
