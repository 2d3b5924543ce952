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
import org.chuanyu.jurisdiction.web.TabularFile;
import org.chuanyu.jurisdiction.web.TabularFile.Column;
import org.chuanyu.projects.registry.Project;
import org.chuanyu.projects.registry.ProjectFilter;
import org.chuanyu.projects.registry.ProjectQuery;
import org.chuanyu.projects.registry.ProjectRegistry;
import org.chuanyu.projects.registry.ProjectView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

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

    /** The spreadsheet columns, in order. */
    private static final List<Column<ProjectView>> COLUMNS = List.of(
            new Column<>("code", ProjectView::code),
            new Column<>("name", ProjectView::name),
            new Column<>("nameEn", ProjectView::nameEn),
            new Column<>("investor", p -> p.investor().name()),
            new Column<>("investorCreditCode", p -> p.investor().creditCode()),
            new Column<>("sourceRegion", p -> p.investor().sourceRegion().name()),
            new Column<>("industry", ProjectView::industry),
            new Column<>("parkCode", ProjectView::parkCode),
            new Column<>("province", ProjectView::province),
            new Column<>("district", ProjectView::district),
            new Column<>("zone", ProjectView::zone),
            new Column<>("stage", p -> p.stage().name()),
            new Column<>("plannedInvestmentCny", ProjectView::plannedInvestment),
            new Column<>("completedInvestmentCny", ProjectView::completedInvestment),
            new Column<>("leader", ProjectView::leader),
            new Column<>("taskForce", ProjectView::taskForce),
            new Column<>("transferredFromEast", ProjectView::transferredFromEast),
            new Column<>("keyLevel", p -> p.keyLevel().name()));

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

    /** The selected projects as a spreadsheet table, read page by page while it is written. */
    public TabularFile.Table table(Selection selection) {
        return new TabularFile.Table("projects", Column.headers(COLUMNS), rows -> pages(selection, page -> {
            for (ProjectView p : page) {
                rows.row(Column.cells(COLUMNS, p));
            }
            // The written rows leave memory for the stream.
            rows.flush();
        }));
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
}
