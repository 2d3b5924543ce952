package org.chuanyu.projects.rankings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.projects.lifecycle.Stage;
import org.chuanyu.projects.registry.Project;
import org.chuanyu.projects.registry.ProjectFilter;
import org.chuanyu.projects.registry.ProjectQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers the rule's inputs over the caller's projects and applies {@link RankingRule}. */
@ApplicationScoped
@Transactional
public class ProjectRankings {

    static final String RULE = "For the month: schedule adherence S = share of stage milestones planned on or before "
            + "the month's last day that were reached on or before their planned date (1 when none is due); investment "
            + "completion C = investment completed from 1 January to the month's end ÷ planned investment for that year, "
            + "capped at 1; score = %s × S + %s × C. Ordered by score, then fewer days late, then code; red list = "
            + "top %d, black list = bottom %d (worst first), each at most half of the ranked projects. Cancelled "
            + "projects and projects without a planned investment for the year are not ranked.";

    @Inject
    CurrentScope currentScope;
    @Inject
    RankingsConfig config;

    /** Projects read and scored at a time: the ranking keeps only the best and the worst, never every project. */
    static final int PAGE = 500;

    public RankingsView rank(YearMonth month, ProjectFilter filter) {
        LocalDate monthEnd = month.atEndOfMonth();
        ListQuery<Project> query = ProjectQuery.visible(currentScope.get(), filter);
        RankingRule.Ranking ranking = new RankingRule.Ranking(monthEnd, config.size(), config.scheduleWeight(),
                config.investmentWeight());
        String year = Integer.toString(month.getYear());
        String after = null;
        while (true) {
            List<Project> page = query.batchAfter(Project.getEntityManager(), ProjectQuery.BY_CODE, after, PAGE);
            Map<Long, BigDecimal> ytd = yearToDate(page, month, monthEnd);
            for (Project p : page) {
                ranking.add(input(p, year, ytd.getOrDefault(p.id, BigDecimal.ZERO)));
            }
            Project.getEntityManager().clear();
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).code;
        }
        RankingRule.Result result = ranking.result();
        String rule = String.format(RULE, config.scheduleWeight().toPlainString(), config.investmentWeight().toPlainString(),
                config.size(), config.size());
        return new RankingsView(month.toString(), rule, config.scheduleWeight(), config.investmentWeight(), config.size(),
                result.red(), result.black(), result.unranked());
    }

    /** Investment completed from 1 January to the month's end, by project, for one page of projects. */
    private static Map<Long, BigDecimal> yearToDate(List<Project> page, YearMonth month, LocalDate monthEnd) {
        Map<Long, BigDecimal> ytd = new HashMap<>();
        if (page.isEmpty()) {
            return ytd;
        }
        List<Object[]> sums = Project.getEntityManager().createQuery("select r.projectId, sum(r.completedInPeriod) "
                        + "from ProgressReport r where r.corrected = false and r.periodEnd between :from and :to "
                        + "and r.projectId in :ids group by r.projectId", Object[].class)
                .setParameter("from", month.atDay(1).withDayOfYear(1)).setParameter("to", monthEnd)
                .setParameter("ids", page.stream().map(p -> p.id).toList()).getResultList();
        sums.forEach(r -> ytd.put((Long) r[0], (BigDecimal) r[1]));
        return ytd;
    }

    private static RankingRule.Input input(Project p, String year, BigDecimal completed) {
        Map<Stage, LocalDate> planned = new EnumMap<>(Stage.class);
        Map<Stage, LocalDate> actual = new EnumMap<>(Stage.class);
        p.milestones.forEach((stage, m) -> {
            if (m.planned() != null) {
                planned.put(Stage.valueOf(stage), m.planned());
            }
            if (m.actual() != null) {
                actual.put(Stage.valueOf(stage), m.actual());
            }
        });
        return new RankingRule.Input(p.code, p.name, p.district, p.zone, p.stage, planned, actual,
                p.annualPlans.get(year), completed);
    }
}
