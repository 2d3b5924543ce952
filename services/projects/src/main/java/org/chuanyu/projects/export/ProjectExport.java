package org.chuanyu.projects.export;

import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.SpreadsheetCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.projects.registry.Project;
import org.chuanyu.projects.registry.ProjectFilter;
import org.chuanyu.projects.registry.ProjectQuery;
import org.chuanyu.projects.registry.ProjectRegistry;
import org.chuanyu.projects.registry.ProjectView;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The projects in the caller's scope as CSV, XLSX or an OC4IDS project package. */
@ApplicationScoped
public class ProjectExport {

    @Inject
    BusinessClock businessClock;

    @Inject
    CurrentScope currentScope;
    @Inject
    ProjectRegistry registry;

    @ConfigProperty(name = "projects.export.oc4ids-prefix")
    String prefix;
    @ConfigProperty(name = "projects.export.publisher")
    String publisher;

    /** Column title and value, in order. */
    private static final List<Map.Entry<String, Function<ProjectView, Object>>> COLUMNS = List.of(
            Map.entry("code", ProjectView::code),
            Map.entry("name", ProjectView::name),
            Map.entry("nameEn", ProjectView::nameEn),
            Map.entry("investor", p -> p.investor().name()),
            Map.entry("investorCreditCode", p -> p.investor().creditCode()),
            Map.entry("sourceRegion", p -> p.investor().sourceRegion().name()),
            Map.entry("industry", ProjectView::industry),
            Map.entry("parkCode", ProjectView::parkCode),
            Map.entry("province", ProjectView::province),
            Map.entry("district", ProjectView::district),
            Map.entry("zone", ProjectView::zone),
            Map.entry("stage", p -> p.stage().name()),
            Map.entry("plannedInvestmentCny", ProjectView::plannedInvestment),
            Map.entry("completedInvestmentCny", ProjectView::completedInvestment),
            Map.entry("leader", ProjectView::leader),
            Map.entry("taskForce", ProjectView::taskForce),
            Map.entry("transferredFromEast", ProjectView::transferredFromEast),
            Map.entry("keyLevel", p -> p.keyLevel().name()));

    @Transactional
    public List<ProjectView> projects(ProjectFilter filter) {
        ProjectQuery query = ProjectQuery.visible(currentScope.get(), filter);
        return registry.views(Project.list(query.jpql() + " order by p.code", query.params()));
    }

    public void csv(List<ProjectView> projects, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');  // so spreadsheet programs read the Chinese text as UTF-8
        w.write(String.join(",", COLUMNS.stream().map(Map.Entry::getKey).toList()));
        w.write("\r\n");
        for (ProjectView p : projects) {
            List<String> cells = new ArrayList<>();
            for (Map.Entry<String, Function<ProjectView, Object>> c : COLUMNS) {
                Object v = c.getValue().apply(p);
                cells.add(v == null ? "" : v instanceof BigDecimal || v instanceof Boolean ? v.toString()
                        : quote(SpreadsheetCells.neutralise(v.toString())));
            }
            w.write(String.join(",", cells));
            w.write("\r\n");
        }
        w.flush();
    }

    public void xlsx(List<ProjectView> projects, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "projects", "1.0");
        Worksheet ws = wb.newWorksheet("projects");
        for (int c = 0; c < COLUMNS.size(); c++) {
            ws.value(0, c, COLUMNS.get(c).getKey());
        }
        for (int r = 0; r < projects.size(); r++) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Object v = COLUMNS.get(c).getValue().apply(projects.get(r));
                if (v instanceof BigDecimal b) {
                    ws.value(r + 1, c, b);
                } else if (v instanceof Boolean b) {
                    ws.value(r + 1, c, b);
                } else if (v != null) {
                    ws.value(r + 1, c, SpreadsheetCells.neutralise(v.toString()));
                }
            }
        }
        wb.finish();
    }

    /** An OC4IDS project package: the projects mapped by {@link Oc4idsMapping}. */
    public Map<String, Object> oc4ids(List<ProjectView> projects) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", "https://chuanyu.example/api/projects/export?format=oc4ids");
        pkg.put("publishedDate", Oc4idsMapping.RFC_3339.format(businessClock.nowAtOffset().withNano(0)));
        pkg.put("publisher", Map.of("name", publisher));
        pkg.put("version", Oc4idsMapping.VERSION);
        pkg.put("projects", projects.stream().map(p -> Oc4idsMapping.project(p, prefix)).toList());
        return pkg;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
