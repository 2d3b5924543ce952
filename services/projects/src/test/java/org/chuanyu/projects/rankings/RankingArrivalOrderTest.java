package org.chuanyu.projects.rankings;

import org.chuanyu.projects.lifecycle.Stage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The red/black list keeps only the best and the worst projects as they arrive (so 100,000 projects are ranked in
 * the memory of twenty): the lists must be those of sorting every project, whatever order the pages come in.
 */
class RankingArrivalOrderTest {

    static final LocalDate MONTH_END = LocalDate.of(2026, 6, 30);
    static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void theListsAreThoseOfSortingEveryProject() {
        Random random = new Random(20261202);
        for (int size : List.of(1, 3, 10)) {
            for (int count : List.of(0, 1, 5, 19, 20, 21, 500)) {
                List<RankingRule.Input> projects = projects(random, count);
                RankingRule.Result all = RankingRule.rank(projects, MONTH_END, size, HALF, HALF);
                assertEquals(reference(projects, size), codes(all), "size " + size + ", " + count + " projects");
                List<RankingRule.Input> shuffled = new ArrayList<>(projects);
                Collections.shuffle(shuffled, random);
                RankingRule.Ranking ranking = new RankingRule.Ranking(MONTH_END, size, HALF, HALF);
                shuffled.forEach(ranking::add);
                assertEquals(codes(all), codes(ranking.result()), "arrival order changes nothing");
            }
        }
    }

    /** Every project scored and sorted, the top and the bottom taken: the rule as its documentation states it. */
    private static List<List<String>> reference(List<RankingRule.Input> projects, int size) {
        List<RankingRule.Entry> scored = new ArrayList<>();
        for (RankingRule.Input p : projects) {
            RankingRule.Result one = RankingRule.rank(List.of(p, p), MONTH_END, 1, HALF, HALF);
            if (!one.red().isEmpty()) {
                scored.add(one.red().get(0));
            }
        }
        scored.sort(Comparator.comparing(RankingRule.Entry::score).reversed()
                .thenComparingLong(RankingRule.Entry::daysLate).thenComparing(RankingRule.Entry::code));
        int n = Math.min(size, scored.size() / 2);
        List<String> red = scored.subList(0, n).stream().map(RankingRule.Entry::code).toList();
        List<String> black = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            black.add(scored.get(scored.size() - 1 - i).code());
        }
        return List.of(red, black);
    }

    private static List<List<String>> codes(RankingRule.Result result) {
        return List.of(result.red().stream().map(RankingRule.Entry::code).toList(),
                result.black().stream().map(RankingRule.Entry::code).toList());
    }

    private static List<RankingRule.Input> projects(Random random, int count) {
        List<RankingRule.Input> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate planned = MONTH_END.minusDays(random.nextInt(200));
            LocalDate actual = random.nextBoolean() ? planned.plusDays(random.nextInt(40) - 20) : null;
            Stage stage = random.nextInt(20) == 0 ? Stage.CANCELLED : Stage.SIGNED;
            BigDecimal plan = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(100 + random.nextInt(900));
            out.add(new RankingRule.Input(String.format("p-%04d", i), "项目" + i, "511623", null, stage,
                    Map.of(Stage.SIGNED, planned), actual == null ? Map.of() : Map.of(Stage.SIGNED, actual), plan,
                    BigDecimal.valueOf(random.nextInt(4) * 100L)));
        }
        return out;
    }
}
