package org.chuanyu.jurisdiction.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every export of the platform in one place: a table (a sheet name, column headers and rows of cells) written as CSV
 * or XLSX, and the download answer around it. A cell is text, a number, a boolean or {@code null} (empty).
 * <ul>
 *   <li>CSV: UTF-8 with a byte-order mark (Excel reads UTF-8 only with one), CRLF line ends, RFC 4180 quoting of a
 *   cell that holds a comma, a quote or a line end; numbers as plain digits ({@link BigDecimal} without an
 *   exponent).</li>
 *   <li>XLSX (fastexcel): numbers and booleans as such, text as text.</li>
 *   <li>Both: text that a spreadsheet would run as a formula is neutralised ({@link SpreadsheetCells}); numbers
 *   are never touched, so -5.5 stays a number.</li>
 * </ul>
 * Rows may be written as they are read ({@link Rows}), so an export of 100,000 records holds one page in memory.
 */
public final class TabularFile {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PROBLEM = "application/problem+json";
    /** What the {@code format} parameter of a spreadsheet export says, for its OpenAPI description. */
    public static final String FORMAT_DESCRIPTION = "csv (default) or xlsx";
    /** What a spreadsheet export's 200 says, for its OpenAPI description. */
    public static final String CSV_DESCRIPTION = "UTF-8 with BOM, CRLF line ends";

    private static final String APPLICATION = "Sichuan-Chongqing cooperation platform";

    private TabularFile() {
    }

    /** The two spreadsheet formats, by their {@code format} parameter. */
    public enum Format {
        CSV("csv", TabularFile.CSV + "; charset=UTF-8"),
        XLSX("xlsx", TabularFile.XLSX);

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** The {@code format} query parameter: csv (the default) or xlsx; anything else is a 400 naming {@code format}. */
    public static Format format(String parameter) {
        if (parameter == null || parameter.equals("csv")) {
            return Format.CSV;
        }
        if (parameter.equals("xlsx")) {
            return Format.XLSX;
        }
        throw ProblemException.invalid("format", "must be csv or xlsx");
    }

    /** A column: its header and how to read its cell from a record. */
    public record Column<T>(String header, Function<T, Object> value) {

        public static <T> List<String> headers(List<Column<T>> columns) {
            return columns.stream().map(Column::header).toList();
        }

        /** The record's cells, one per column. */
        public static <T> List<Object> cells(List<Column<T>> columns, T record) {
            List<Object> cells = new ArrayList<>(columns.size());
            for (Column<T> c : columns) {
                cells.add(c.value().apply(record));
            }
            return cells;
        }
    }

    /** Where rows go, one at a time. */
    public interface Rows {
        void row(List<?> cells) throws IOException;

        /** Lets the rows written so far leave memory (call after each page read). */
        void flush() throws IOException;
    }

    /** Writes a table's rows into {@link Rows}; may read them as it goes. */
    @FunctionalInterface
    public interface RowSource {
        void writeTo(Rows rows) throws IOException;
    }

    /** A table: the sheet's name (XLSX), the header row and the rows. */
    public record Table(String sheet, List<String> headers, RowSource rows) {

        /** A table of records already in memory, one row per record. */
        public static <T> Table of(String sheet, List<Column<T>> columns, List<T> records) {
            return new Table(sheet, Column.headers(columns), out -> {
                for (T r : records) {
                    out.row(Column.cells(columns, r));
                }
            });
        }
    }

    /** The download: the file, its content type, and {@code Content-Disposition: attachment; filename="stem-day.ext"}. */
    public static Response response(Format format, String stem, LocalDate day, Table table) {
        StreamingOutput body = out -> write(format, table, out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + stem + "-" + day + "." + format.extension() + "\"")
                .build();
    }

    public static void write(Format format, Table table, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            csv(table, out);
        } else {
            xlsx(table, out);
        }
    }

    static void csv(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        Rows rows = new Rows() {
            @Override
            public void row(List<?> cells) throws IOException {
                for (int c = 0; c < cells.size(); c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    w.write(csvCell(cells.get(c)));
                }
                w.write("\r\n");
            }

            @Override
            public void flush() throws IOException {
                w.flush();
            }
        };
        rows.row(table.headers());
        table.rows().writeTo(rows);
        w.flush();
    }

    static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, APPLICATION, "1.0");
        Worksheet sheet = workbook.newWorksheet(table.sheet());
        int[] next = {0};
        Rows rows = new Rows() {
            @Override
            public void row(List<?> cells) {
                int r = next[0]++;
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        sheet.value(r, c, b);
                    } else if (v != null) {
                        sheet.value(r, c, SpreadsheetCells.neutralise(v.toString()));
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                sheet.flush();
            }
        };
        rows.row(table.headers());
        table.rows().writeTo(rows);
        workbook.finish();
    }

    /** One CSV cell: empty for null, digits for a number or a boolean, otherwise neutralised and quoted if need be. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = SpreadsheetCells.neutralise(value.toString());
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
