package org.chuanyu.projects.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.SpreadsheetCells;
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
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The projects in the caller's scope as CSV, XLSX or an OC4IDS project package, streamed: the projects are read in
 * pages in code order inside one read transaction, each page written and then forgotten, so an export of every
 * project (100,000 in the bench) needs the memory of one page, not of the whole list.
 */
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

    /** Projects read, mapped and written at a time. */
    static final int PAGE = 500;

    @Inject
    ObjectMapper json;

    /** The caller's scope and the checked filters (a bad filter is a 400 before anything is written). */
    public record Selection(Scope scope, ListQuery<Project> query) {
    }

    public Selection select(ProjectFilter filter) {
        Scope scope = currentScope.get();
        return new Selection(scope, ProjectQuery.visible(scope, filter));
    }

    private interface PageSink {
        void write(List<ProjectView> page) throws IOException;
    }

    /** Every selected project, page by page, in one read transaction with the caller's scope. */
    private void pages(Selection selection, PageSink sink) throws IOException {
        try {
            currentScope.within(selection.scope(), () -> QuarkusTransaction.requiringNew().call(() -> {
                String after = null;
                while (true) {
                    List<Project> page = selection.query().batchAfter(Project.getEntityManager(), ProjectQuery.BY_CODE,
                            after, PAGE);
                    if (!page.isEmpty()) {
                        try {
                            sink.write(registry.views(page));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        after = page.get(page.size() - 1).code;
                    }
                    Project.getEntityManager().clear();
                    if (page.size() < PAGE) {
                        return null;
                    }
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public void csv(Selection selection, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');  // so spreadsheet programs read the Chinese text as UTF-8
        w.write(String.join(",", COLUMNS.stream().map(Map.Entry::getKey).toList()));
        w.write("\r\n");
        pages(selection, page -> {
            for (ProjectView p : page) {
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
        });
        w.flush();
    }

    public void xlsx(Selection selection, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "projects", "1.0");
        Worksheet ws = wb.newWorksheet("projects");
        for (int c = 0; c < COLUMNS.size(); c++) {
            ws.value(0, c, COLUMNS.get(c).getKey());
        }
        int[] row = {1};
        pages(selection, page -> {
            for (ProjectView p : page) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Object v = COLUMNS.get(c).getValue().apply(p);
                    if (v instanceof BigDecimal b) {
                        ws.value(row[0], c, b);
                    } else if (v instanceof Boolean b) {
                        ws.value(row[0], c, b);
                    } else if (v != null) {
                        ws.value(row[0], c, SpreadsheetCells.neutralise(v.toString()));
                    }
                }
                row[0]++;
            }
            // The written rows leave memory for the stream.
            ws.flush();
        });
        wb.finish();
    }

    /** An OC4IDS project package: the projects mapped by {@link Oc4idsMapping}, written as they are read. */
    public void oc4ids(Selection selection, OutputStream out) throws IOException {
        JsonGenerator g = json.getFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("uri", "https://chuanyu.example/api/projects/export?format=oc4ids");
        g.writeStringField("publishedDate", Oc4idsMapping.RFC_3339.format(businessClock.nowAtOffset().withNano(0)));
        g.writeObjectField("publisher", Map.of("name", publisher));
        g.writeStringField("version", Oc4idsMapping.VERSION);
        g.writeArrayFieldStart("projects");
        pages(selection, page -> {
            for (ProjectView p : page) {
                g.writeObject(Oc4idsMapping.project(p, prefix));
            }
            g.flush();
        });
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
