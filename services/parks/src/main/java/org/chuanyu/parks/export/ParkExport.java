package org.chuanyu.parks.export;

import org.chuanyu.jurisdiction.web.SpreadsheetCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.parks.indicators.ParkIndicator;
import org.chuanyu.parks.registry.ParkFilter;
import org.chuanyu.parks.registry.ParkRegistry;
import org.chuanyu.parks.registry.ParkView;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parks with their latest indicators, as CSV or XLSX. Reads through the caller's scope like the
 * list does (predicate and row-level security), so an export never holds more than the caller
 * may see.
 */
@ApplicationScoped
public class ParkExport {

    @Inject
    ParkRegistry registry;

    /** Reads everything inside one transaction; writing happens afterwards, from memory. */
    @Transactional
    List<ExportColumns.Row> rows(ParkFilter filter) {
        List<ParkView> parks = registry.all(filter);
        if (parks.isEmpty()) {
            return List.of();
        }
        Map<String, ParkIndicator> latest = ParkIndicator.<ParkIndicator>list(
                        "select i from ParkIndicator i join fetch i.park p where p.code in ?1 and i.year = "
                                + "(select max(j.year) from ParkIndicator j where j.park = i.park)",
                        parks.stream().map(ParkView::code).toList())
                .stream().collect(Collectors.toMap(i -> i.park.code, Function.identity()));
        return parks.stream().map(p -> new ExportColumns.Row(p, latest.get(p.code()))).toList();
    }

    void csv(List<ExportColumns.Row> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a byte-order mark
        w.write(ExportColumns.ALL.stream().map(c -> csvCell(c.header())).collect(Collectors.joining(",")));
        w.write("\r\n");
        for (ExportColumns.Row row : rows) {
            w.write(ExportColumns.ALL.stream().map(c -> csvCell(c.value().apply(row))).collect(Collectors.joining(",")));
            w.write("\r\n");
        }
        w.flush();
    }

    void xlsx(List<ExportColumns.Row> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Sichuan-Chongqing cooperation platform", "1.0");
        Worksheet sheet = workbook.newWorksheet("Parks");
        List<ExportColumns.Column> columns = ExportColumns.ALL;
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).value().apply(rows.get(r));
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (v != null) {
                    sheet.value(r + 1, c, SpreadsheetCells.neutralise(v.toString()));
                }
            }
        }
        workbook.finish();
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                : value instanceof Number ? value.toString() : SpreadsheetCells.neutralise(value.toString());
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
