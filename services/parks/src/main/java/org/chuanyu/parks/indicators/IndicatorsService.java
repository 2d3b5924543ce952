package org.chuanyu.parks.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.parks.registry.Park;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reporting, amending, locking and reading a park's yearly figures. Every operation takes the
 * park's scope, in the platform's order: the park must be visible (404), writable for changes
 * (403), then the year and body must be valid (400), then If-Match must match (428/412), then the
 * year must not be locked (409).
 */
@ApplicationScoped
@Transactional
public class IndicatorsService {

    @Inject
    BusinessClock businessClock;

    private static final String PARK = "Park";

    @Inject
    CurrentScope currentScope;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ReportingYears years;
    @Inject
    IndicatorReportReader reader;
    @Inject
    PageLimits pageLimits;
    @Inject
    EntityManager em;

    /** What a PUT did: the figures as they now stand, and whether they were reported for the first time. */
    public record Reported(IndicatorView indicators, boolean created) {
    }

    /** The park's years that have figures, ascending. */
    public Page<IndicatorView> list(String code, String limit, String cursor) {
        Park park = readablePark(code);
        return ListQuery.of(ParkIndicator.class, "i").and("i.park = :park", "park", park)
                .ascending(em, pageLimits.request(cursor, limit), ListQuery.Key.wholeNumber("i.year", i -> i.year))
                .map(IndicatorView::of);
    }

    public IndicatorView get(String code, String year) {
        Park park = readablePark(code);
        return IndicatorView.of(existing(park, years.require("year", year)));
    }

    /**
     * Reports a year's figures (first time: no If-Match) or amends them (If-Match required), keeping
     * the replaced state in the history. The body is parsed here, after the park checks.
     */
    public Reported report(String code, String rawYear, String body, String ifMatch) {
        Park park = writablePark(code);
        int year = years.require("year", rawYear);
        IndicatorReport report = reader.read(body);
        Caller caller = currentCaller.require();
        Instant now = businessClock.now();
        var current = ParkIndicator.of(park, year);
        if (current.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ProblemException.preconditionFailed("No figures exist for " + year
                        + " yet; report them without If-Match");
            }
            ParkIndicator created = ParkIndicator.report(park, year, report.values(), report.trimmedSource(),
                    caller.username(), now);
            // Two first reports at once: the second fails here on the unique key and answers 409.
            ParkIndicator.flush();
            return new Reported(IndicatorView.of(created), true);
        }
        ParkIndicator indicator = current.get();
        ETags.requireMatch(ifMatch, indicator.version);
        requireNotLocked(indicator);
        indicator.amend(report.values(), report.trimmedSource(), caller.username(), now);
        // A concurrent amendment fails here on the version check (409) rather than at commit.
        ParkIndicator.flush();
        return new Reported(IndicatorView.of(indicator), false);
    }

    /** Closes a reviewed year to amendments. Only admins who may write the park lock. */
    public IndicatorView lock(String code, String rawYear, String ifMatch) {
        Park park = writablePark(code);
        Caller caller = currentCaller.require();
        // "Reference-data admin" is the library's name for province-admin or cross-province-admin.
        if (!caller.isReferenceDataAdmin()) {
            throw ProblemException.forbidden("Only a province-admin or cross-province-admin may lock a year's figures");
        }
        ParkIndicator indicator = existing(park, years.require("year", rawYear));
        // The reviewer locks the version they reviewed, not one amended since.
        ETags.requireMatch(ifMatch, indicator.version);
        requireNotLocked(indicator);
        indicator.lock(caller.username(), businessClock.now());
        ParkIndicator.flush();
        return IndicatorView.of(indicator);
    }

    /** The amendments of a year, newest first, each with what it changed. */
    public Page<IndicatorRevisionView> history(String code, String rawYear, String limit, String cursor) {
        Park park = readablePark(code);
        ParkIndicator indicator = existing(park, years.require("year", rawYear));
        Page<IndicatorRevision> revisions = ListQuery.of(IndicatorRevision.class, "r")
                .and("r.indicator = :indicator", "indicator", indicator)
                .descending(em, pageLimits.request(cursor, limit), ListQuery.Key.number("r.version", r -> r.version));
        List<IndicatorRevision> page = revisions.items();
        if (page.isEmpty()) {
            return revisions.withItems(List.of());
        }
        // Each revision holds the state an amendment replaced; what replaced it is the next newer
        // revision, or for the newest one the current state.
        IndicatorRevision newer = IndicatorRevision.<IndicatorRevision>find(
                        "indicator = ?1 and version > ?2 order by version", indicator, page.get(0).version)
                .firstResult();
        IndicatorValues afterValues = newer != null ? newer.values : indicator.values;
        String afterSource = newer != null ? newer.source : indicator.source;
        List<IndicatorRevisionView> items = new ArrayList<>();
        for (IndicatorRevision revision : page) {
            items.add(IndicatorRevisionView.of(revision, afterValues, afterSource));
            afterValues = revision.values;
            afterSource = revision.source;
        }
        return revisions.withItems(items);
    }

    private Park readablePark(String code) {
        Park park = Park.<Park>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(PARK));
        AccessRules.requireReadable(currentScope.get(), PARK, park.scope());
        return park;
    }

    /** Figures never move a park, so its scope is the same before and after the change. */
    private Park writablePark(String code) {
        Park park = Park.<Park>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(PARK));
        AccessRules.requireWritable(currentScope.get(), PARK, park.scope(), park.scope());
        return park;
    }

    private static ParkIndicator existing(Park park, int year) {
        return ParkIndicator.of(park, year)
                .orElseThrow(() -> ProblemException.notFound("Figures for " + year));
    }

    private static void requireNotLocked(ParkIndicator indicator) {
        if (indicator.isLocked()) {
            throw ProblemException.conflict("The figures for " + indicator.year + " were locked by "
                    + indicator.lockedBy + " on " + BusinessDates.at(indicator.lockedAt).toLocalDate()
                    + "; they can no longer be amended");
        }
    }
}
