package org.chuanyu.parks.rankings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.Scope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.web.Cursor;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.parks.indicators.IndicatorField;
import org.chuanyu.parks.indicators.ParkIndicator;
import org.chuanyu.parks.indicators.ReportingYears;
import org.chuanyu.parks.registry.Park;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the parks a caller can read by one indicator for one year. The ranking is computed over
 * every readable park with a value (one row per park and year, so its size is that of the park
 * registry in the caller's scope); pages are cut from it with a keyset cursor, and ranks count
 * from the top of the whole ranking.
 */
@ApplicationScoped
@Transactional
public class RankingService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int YOY_SCALE = 2;
    /** Highest value first; equal values by park code, so the order is total and stable. */
    private static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::value).reversed()
            .thenComparing(Ranked::code);

    @Inject
    CurrentScope currentScope;
    @Inject
    ReportingYears years;
    @Inject
    PageLimits pageLimits;

    private record Ranked(Park park, String code, BigDecimal value, BigDecimal previousValue) {
    }

    public Page<RankingEntry> rank(String rawYear, String rawIndicator, String limit, String cursor) {
        int year = years.require("year", rawYear);
        IndicatorField indicator = indicator(rawIndicator);
        // Ranked in memory: a rank is a position in the whole ordered year, which a keyset query cannot number.
        PageRequest request = pageLimits.request(cursor, limit);
        int size = request.size();
        Ranked after = afterCursor(request);
        List<Ranked> ranked = ranked(year, indicator);

        int start = 0;
        if (after != null) {
            while (start < ranked.size() && ORDER.compare(ranked.get(start), after) <= 0) {
                start++;
            }
        }
        int end = Math.min(ranked.size(), start + size);
        List<RankingEntry> items = new ArrayList<>();
        for (int i = start; i < end; i++) {
            items.add(entry(i + 1, ranked.get(i)));
        }
        String next = end < ranked.size()
                ? Cursor.encode(ranked.get(end - 1).value().toPlainString(), ranked.get(end - 1).code()) : null;
        return new Page<>(items, next);
    }

    /** The whole ranking, every page of {@link #rank} in one list (the export's rows), checked as it checks them. */
    public List<RankingEntry> all(String rawYear, String rawIndicator) {
        int year = years.require("year", rawYear);
        IndicatorField indicator = indicator(rawIndicator);
        List<Ranked> ranked = ranked(year, indicator);
        List<RankingEntry> entries = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            entries.add(entry(i + 1, ranked.get(i)));
        }
        return entries;
    }

    /** Every readable park with a value in the year, highest first, each with its previous year's value. */
    private List<Ranked> ranked(int year, IndicatorField indicator) {
        Scope scope = currentScope.get();
        // Parks have no submitter column, so an external system's scope matches none of them.
        ScopePredicate readable = ScopePredicate.reading(scope, ScopePredicate.Columns.of("p").withoutSubmitter());
        Map<String, Object> params = new HashMap<>(readable.params());
        params.put("year", year);
        params.put("previousYear", year - 1);
        List<ParkIndicator> rows = ParkIndicator.<ParkIndicator>find(
                "select i from ParkIndicator i join fetch i.park p where i.year in (:year, :previousYear) and "
                        + readable.jpql(), params).list();

        Map<Long, BigDecimal> previous = new HashMap<>();
        List<Ranked> ranked = new ArrayList<>();
        for (ParkIndicator row : rows) {
            BigDecimal value = indicator.decimal(row.values);
            if (value == null) {
                continue;
            }
            if (row.year == year) {
                ranked.add(new Ranked(row.park, row.park.code, value, null));
            } else {
                previous.put(row.park.id, value);
            }
        }
        List<Ranked> withPrevious = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            withPrevious.add(new Ranked(r.park(), r.code(), r.value(), previous.get(r.park().id)));
        }
        withPrevious.sort(ORDER);
        return withPrevious;
    }

    private static RankingEntry entry(int rank, Ranked r) {
        Park p = r.park();
        BigDecimal previousValue = r.previousValue();
        BigDecimal change = previousValue == null ? null : r.value().subtract(previousValue);
        BigDecimal yoy = previousValue == null || previousValue.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(previousValue.abs(), YOY_SCALE, RoundingMode.HALF_UP);
        return new RankingEntry(rank, p.code, p.name, p.nameEn, p.province, p.district, p.zone,
                r.value(), previousValue, change, yoy);
    }

    private static IndicatorField indicator(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("indicator", "is required; one of " + IndicatorField.apiNames());
        }
        return IndicatorField.ofApiName(raw.strip()).orElseThrow(() ->
                ProblemException.invalid("indicator", "must be one of " + IndicatorField.apiNames()));
    }

    private static Ranked afterCursor(PageRequest request) {
        List<String> key = request.after(2);
        if (key == null) {
            return null;
        }
        try {
            return new Ranked(null, key.get(1), new BigDecimal(key.get(0)), null);
        } catch (NumberFormatException e) {
            throw PageRequest.notOurs();
        }
    }
}
