package org.chuanyu.projects.registry;

import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.projects.lifecycle.Stage;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * "The projects the caller may read that match these filters" (alias {@code p}), shared by the list, statistics,
 * rankings and exports so that all of them see exactly the same projects, in the order of {@link #BY_CODE}.
 */
public final class ProjectQuery {

    /** The order of every project list: the code, which begins with the park's (docs/adr/0003). */
    public static final ListQuery.Key<Project> BY_CODE = ListQuery.Key.text("p.code", p -> p.code);

    private ProjectQuery() {
    }

    /** 400 listing every bad filter; the query is not run then. */
    public static ListQuery<Project> visible(Scope scope, ProjectFilter filter) {
        ListQuery<Project> q = ListQuery.visible(Project.class, "p",
                ScopePredicate.reading(scope, ScopePredicate.Columns.of("p").withoutSubmitter()));
        if (filter == null) {
            return q;
        }
        Violations errors = new Violations();
        if (filter.stage != null) {
            q.and("p.stage = :stage", "stage", choice("stage", filter.stage, Stage.class, errors));
        }
        if (filter.park != null) {
            q.and("p.parkCode = :park", "park", filter.park);
        }
        if (filter.zone != null) {
            q.and("p.zone = :zone", "zone", filter.zone);
        }
        if (filter.district != null) {
            if (!filter.district.matches("\\d{6}")) {
                errors.add("district", "must be a six-digit GB/T 2260 code");
            }
            q.and("p.district = :district", "district", filter.district);
        }
        if (filter.province != null) {
            if (Province.ofRealm(filter.province).isEmpty()) {
                errors.add("province", "must be sichuan or chongqing");
            }
            q.and("p.province = :province", "province", filter.province);
        }
        if (filter.industry != null) {
            q.and("p.industry = :industry", "industry", filter.industry);
        }
        if (filter.sourceRegion != null) {
            q.and("p.sourceRegion = :sourceRegion", "sourceRegion",
                    choice("sourceRegion", filter.sourceRegion, SourceRegion.class, errors));
        }
        if (filter.keyLevel != null) {
            q.and("p.keyLevel = :keyLevel", "keyLevel", choice("keyLevel", filter.keyLevel, KeyLevel.class, errors));
        }
        Boolean transferred = QueryParameters.yesOrNo("transferred", filter.transferred, errors);
        if (transferred != null) {
            q.and("p.transferredFromEast = :transferred", "transferred", transferred);
        }
        BigDecimal min = ProjectRegistry.amount("minInvestment", filter.minInvestment, errors);
        if (min != null) {
            q.and("p.plannedInvestment >= :minInvestment", "minInvestment", min);
        }
        BigDecimal max = ProjectRegistry.amount("maxInvestment", filter.maxInvestment, errors);
        if (max != null) {
            q.and("p.plannedInvestment <= :maxInvestment", "maxInvestment", max);
        }
        if (filter.q != null && !filter.q.isBlank()) {
            q.and("(lower(p.code) like :q escape '\\' or lower(p.name) like :q escape '\\'"
                    + " or lower(coalesce(p.nameEn, '')) like :q escape '\\' or lower(p.investorName) like :q escape '\\'"
                    + " or lower(coalesce(p.leader, '')) like :q escape '\\'"
                    + " or lower(coalesce(p.taskForce, '')) like :q escape '\\')", "q", ProjectRegistry.like(filter.q));
        }
        errors.throwIfAny();
        return q;
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, Violations errors) {
        try {
            return QueryParameters.choice(field, value, type, Enum::name);
        } catch (ProblemException e) {
            errors.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
