package org.chuanyu.projects.rankings;

import org.chuanyu.projects.lifecycle.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The red/black list rule (红黑榜), pure. For a month, each ranked project gets:
 * <ul>
 *   <li>schedule adherence S: of the stage milestones planned on or before the month's last day, the share
 *       reached on or before their planned date (1 when none is due yet), with the days late summed;</li>
 *   <li>investment completion C: investment completed from 1 January to the month's last day (reports that
 *       count) against the project's planned investment for that year, capped at 1;</li>
 *   <li>score = wS·S + wC·C.</li>
 * </ul>
 * Projects are ordered by score (higher first), then fewer days late, then code. The red list is the top N,
 * the black list the bottom N (worst first); with fewer than 2N projects each list takes half, so no project
 * is on both. Cancelled projects, and projects without a planned investment for the year, are not ranked.
 */
public final class RankingRule {

    private RankingRule() {
    }

    /** What the rule needs of one project. */
    public record Input(String code, String name, String district, String zone, Stage stage,
                        Map<Stage, LocalDate> planned, Map<Stage, LocalDate> actual,
                        BigDecimal annualPlan, BigDecimal completedYearToDate) {
    }

    /** A ranked project with the inputs its rank was computed from. */
    public record Entry(int rank, String code, String name, String district,
                        @Schema(description = "Joint zone, if any",
                                nullable = true) String zone, Stage stage,
                        int milestonesDue, int milestonesOnTime, long daysLate, BigDecimal scheduleScore,
                        BigDecimal completedYearToDate, BigDecimal annualPlan, BigDecimal investmentScore,
                        BigDecimal score) {
    }

    public record Unranked(String code, String reason) {
    }

    public record Result(List<Entry> red, List<Entry> black, List<Unranked> unranked) {
    }

    /** The rule over a whole list at once (see {@link Ranking} for projects that arrive page by page). */
    public static Result rank(List<Input> projects, LocalDate monthEnd, int size, BigDecimal scheduleWeight,
                              BigDecimal investmentWeight) {
        Ranking ranking = new Ranking(monthEnd, size, scheduleWeight, investmentWeight);
        projects.forEach(ranking::add);
        return ranking.result();
    }

    /** Better first: higher score, then fewer days late, then code. */
    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::score).reversed()
            .thenComparingLong(Entry::daysLate).thenComparing(Entry::code);

    /**
     * The rule applied as projects arrive: only the best and the worst {@code size} are kept (and the count), so
     * ranking 100,000 projects needs the memory of 2 × size entries, not of the whole list.
     */
    public static final class Ranking {

        private final LocalDate monthEnd;
        private final int size;
        private final BigDecimal scheduleWeight;
        private final BigDecimal investmentWeight;
        /** The best so far, worst of them at the head; the worst so far, best of them at the head. */
        private final PriorityQueue<Entry> best;
        private final PriorityQueue<Entry> worst;
        private final List<Unranked> unranked = new ArrayList<>();
        private int scored;

        public Ranking(LocalDate monthEnd, int size, BigDecimal scheduleWeight, BigDecimal investmentWeight) {
            this.monthEnd = monthEnd;
            this.size = size;
            this.scheduleWeight = scheduleWeight;
            this.investmentWeight = investmentWeight;
            this.best = new PriorityQueue<>(ORDER.reversed());
            this.worst = new PriorityQueue<>(ORDER);
        }

        public void add(Input p) {
            if (p.stage() == Stage.CANCELLED) {
                unranked.add(new Unranked(p.code(), "cancelled"));
                return;
            }
            if (p.annualPlan() == null || p.annualPlan().signum() <= 0) {
                unranked.add(new Unranked(p.code(), "no planned investment for " + monthEnd.getYear()));
                return;
            }
            Entry entry = score(p);
            scored++;
            keep(best, entry);
            keep(worst, entry);
        }

        private void keep(PriorityQueue<Entry> kept, Entry entry) {
            kept.add(entry);
            if (kept.size() > size) {
                kept.poll();
            }
        }

        public Result result() {
            int n = Math.min(size, scored / 2);
            List<Entry> top = new ArrayList<>(best);
            top.sort(ORDER);
            List<Entry> bottom = new ArrayList<>(worst);
            bottom.sort(ORDER.reversed());
            List<Entry> red = new ArrayList<>();
            List<Entry> black = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                red.add(withRank(top.get(i), i + 1));
                black.add(withRank(bottom.get(i), i + 1));
            }
            return new Result(red, black, List.copyOf(unranked));
        }

        private Entry score(Input p) {
            int due = 0;
            int onTime = 0;
            long late = 0;
            for (Map.Entry<Stage, LocalDate> m : p.planned().entrySet()) {
                LocalDate planned = m.getValue();
                if (planned == null || planned.isAfter(monthEnd)) {
                    continue;
                }
                due++;
                LocalDate actual = p.actual().get(m.getKey());
                if (actual != null && !actual.isAfter(planned)) {
                    onTime++;
                } else {
                    LocalDate reached = actual != null && !actual.isAfter(monthEnd) ? actual : monthEnd;
                    late += Math.max(0, ChronoUnit.DAYS.between(planned, reached));
                }
            }
            BigDecimal s = due == 0 ? BigDecimal.ONE : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP);
            BigDecimal c = p.completedYearToDate().divide(p.annualPlan(), 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
            BigDecimal score = scheduleWeight.multiply(s).add(investmentWeight.multiply(c)).setScale(4, RoundingMode.HALF_UP);
            return new Entry(0, p.code(), p.name(), p.district(), p.zone(), p.stage(), due, onTime, late, s.setScale(4),
                    p.completedYearToDate(), p.annualPlan(), c.setScale(4), score);
        }
    }

    private static Entry withRank(Entry e, int rank) {
        return new Entry(rank, e.code(), e.name(), e.district(), e.zone(), e.stage(), e.milestonesDue(),
                e.milestonesOnTime(), e.daysLate(), e.scheduleScore(), e.completedYearToDate(), e.annualPlan(),
                e.investmentScore(), e.score());
    }
}
