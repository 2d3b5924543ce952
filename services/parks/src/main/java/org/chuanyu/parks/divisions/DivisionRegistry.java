package org.chuanyu.parks.divisions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.Versioned;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The registry of administrative divisions: effective-dated reference data that every caller
 * reads and a province's admins write for their own province. History is appended, never edited:
 * a change closes the open period and may open a new one, and only after the open period began.
 */
@ApplicationScoped
public class DivisionRegistry {

    @Inject
    BusinessClock businessClock;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    /** The period of {@code code} valid on {@code date}, if the code was in use then. */
    @Transactional
    public Optional<DivisionPeriod> periodOn(String code, LocalDate date) {
        return DivisionPeriod.<DivisionPeriod>find("code = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)",
                code, date).firstResultOptional();
    }

    /**
     * The division and its ancestors on {@code date}, nearest first ({@code 511623, 511600, 510000});
     * empty when the code was not valid then. This is what "lies within" means for zone membership.
     */
    @Transactional
    public List<String> lineage(String code, LocalDate date) {
        List<String> lineage = new ArrayList<>();
        Optional<DivisionPeriod> period = periodOn(code, date);
        while (period.isPresent() && !lineage.contains(period.get().code)) {
            lineage.add(period.get().code);
            String parent = period.get().parentCode;
            period = parent == null ? Optional.empty() : periodOn(parent, date);
        }
        return lineage;
    }

    @Transactional
    public Page<DivisionView> list(DivisionQuery query, PageRequest request) {
        ListQuery<DivisionPeriod> periods = ListQuery.of(DivisionPeriod.class, "d")
                .and("d.validFrom <= :asOf and (d.validTo is null or d.validTo > :asOf)", "asOf", query.asOf());
        if (query.province() != null) {
            periods.and("d.code like :provincePrefix", "provincePrefix", query.province().divisionPrefix() + "%");
        }
        if (query.level() != null) {
            periods.and(switch (query.level()) {
                case PROVINCE -> "d.code like '__0000'";
                case CITY -> "d.code like '____00' and d.code not like '__0000'";
                case COUNTY -> "d.code not like '____00'";
            });
        }
        periods.and("d.parentCode = :parent", "parent", query.parent());
        if (query.text() != null) {
            periods.and("(lower(d.name) like :text escape '\\' or lower(d.nameEn) like :text escape '\\'"
                            + " or d.code like :codePrefix escape '\\')")
                    .with("text", "%" + ListQuery.escapeLike(query.text().toLowerCase()) + "%")
                    .with("codePrefix", ListQuery.escapeLike(query.text()) + "%");
        }
        Page<DivisionPeriod> page = periods.ascending(em, request, ListQuery.Key.text("d.code", d -> d.code));
        Map<String, List<String>> successors = successorsOfEnded(page.items());
        return page.map(p -> DivisionView.of(p, successors.getOrDefault(key(p.code, p.validTo), List.of())));
    }

    /** The period valid on {@code asOf}; without a date, the latest period (current or ended). */
    @Transactional
    public Versioned<DivisionView> get(String code, LocalDate asOf) {
        requireWellFormed(code);
        Division division = Division.<Division>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Division " + code));
        DivisionPeriod period = (asOf == null ? latestPeriod(code) : periodOn(code, asOf))
                .orElseThrow(() -> ProblemException.notFound("Division " + code + " as of " + asOf));
        return new Versioned<>(DivisionView.of(period, successorsOf(period)), division.version);
    }

    @Transactional
    public DivisionHistoryView history(String code) {
        requireWellFormed(code);
        Division.<Division>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Division " + code));
        List<DivisionPeriod> periods = DivisionPeriod.list("code = ?1 order by validFrom", code);
        List<DivisionChange> changes = DivisionChange.list("code = ?1 order by effectiveOn, id", code);
        List<DivisionChange> received = DivisionChange.list(
                "select c from DivisionChange c where ?1 member of c.successors order by c.effectiveOn, c.id", code);
        return new DivisionHistoryView(code, DivisionLevel.of(code), DivisionView.provinceOf(code),
                periods.stream().map(p -> DivisionView.of(p, successorsOf(p))).toList(),
                changes.stream().map(DivisionHistoryView.ChangeView::of).toList(),
                received.stream().map(DivisionHistoryView.ChangeView::of).toList());
    }

    /** A code comes into use on a date, under the nearest prefecture or province valid then. */
    @Transactional
    public Versioned<DivisionView> establish(Caller caller, EstablishDivisionRequest request) {
        AccessRules.requireReferenceDataAdmin(caller);
        Province.ofDivision(request.code()).ifPresent(province -> requireOwnProvince(caller, province));
        new Violations().addAll("", validator.validate(request)).throwIfAny();

        String code = request.code();
        LocalDate from = request.validFrom();
        List<String> candidates = DivisionLevel.possibleParents(code);
        String parent = candidates.stream().filter(c -> periodOn(c, from).isPresent()).findFirst().orElse(null);
        if (!candidates.isEmpty() && parent == null) {
            throw ProblemException.invalid("code", "has no parent division (" + String.join(" or ", candidates)
                    + ") valid on " + from);
        }
        Division division = Division.findById(code, LockModeType.PESSIMISTIC_WRITE);
        List<DivisionPeriod> periods = DivisionPeriod.list("code", code);
        for (DivisionPeriod p : periods) {
            if (p.validTo == null || p.validTo.isAfter(from)) {
                throw ProblemException.conflict("Division " + code + " is already recorded from " + p.validFrom
                        + "; record a change to it instead");
            }
        }
        if (division == null) {
            division = new Division();
            division.code = code;
            division.persist();
        } else {
            Division.getEntityManager().lock(division, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        DivisionPeriod period = new DivisionPeriod();
        period.code = code;
        period.name = request.name().strip();
        period.nameEn = blankToNull(request.nameEn());
        period.parentCode = parent;
        period.validFrom = from;
        period.persist();
        record(caller, code, ChangeKind.ESTABLISHED, from, List.of(), List.of(), request.document(), request.note());
        Division.flush();
        return new Versioned<>(DivisionView.of(period, List.of()), division.version);
    }

    /**
     * Records a change: 404 for an unknown code, 403 unless an admin of the code's province, 400 for
     * bad input, 428/412 without the current ETag, 409 when the change would rewrite history.
     */
    @Transactional
    public Versioned<DivisionView> recordChange(Caller caller, String code, String ifMatch, DivisionChangeRequest request) {
        requireWellFormed(code);
        Division division = Division.<Division>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Division " + code));
        AccessRules.requireReferenceDataAdmin(caller);
        requireOwnProvince(caller, Province.ofDivision(code).orElseThrow());
        validateChange(code, request);
        ETags.requireMatch(ifMatch, division.version);

        DivisionPeriod open = latestPeriod(code).filter(DivisionPeriod::isOpen).orElseThrow(() ->
                ProblemException.conflict("Division " + code + " is no longer valid; it cannot change"));
        LocalDate effective = request.effectiveOn();
        if (!effective.isAfter(open.validFrom)) {
            throw ProblemException.conflict("The change must take effect after " + open.validFrom
                    + ", when the division's current period began: history is not edited");
        }
        DivisionPeriod current = open;
        switch (request.kind()) {
            case RENAMED -> {
                open.validTo = effective;
                current = new DivisionPeriod();
                current.code = code;
                current.name = request.name().strip();
                current.nameEn = request.nameEn() == null ? open.nameEn : blankToNull(request.nameEn());
                current.parentCode = open.parentCode;
                current.validFrom = effective;
                DivisionPeriod.flush();
                current.persist();
            }
            case ABOLISHED -> {
                List<String> children = DivisionPeriod.<DivisionPeriod>list(
                                "parentCode = ?1 and (validTo is null or validTo > ?2) order by code", code, effective)
                        .stream().map(p -> p.code).distinct().toList();
                if (!children.isEmpty()) {
                    throw ProblemException.conflict("Divisions under " + code + " are still valid on " + effective
                            + " (" + String.join(", ", children) + "); record their changes first");
                }
                open.validTo = effective;
            }
            case TERRITORY_TRANSFERRED, ESTABLISHED -> {
                // the division continues unchanged; the change itself is the record
            }
        }
        record(caller, code, request.kind(), effective, request.successorsOrEmpty(), request.townsOrEmpty(),
                request.document(), request.note());
        Division.getEntityManager().lock(division, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Division.flush();
        return new Versioned<>(DivisionView.of(current, successorsOf(current)), division.version);
    }

    /**
     * Records a restructuring in one transaction: the established divisions begin (cities before
     * counties), then the ended ones are abolished (counties before cities) with their successors.
     * Any refusal leaves the registry as it was. 403 unless every code is of the caller's province.
     */
    @Transactional
    public RestructuringView restructure(Caller caller, RestructureDivisionsRequest request) {
        AccessRules.requireReferenceDataAdmin(caller);
        List<String> codes = new ArrayList<>(request.endedOrEmpty());
        request.establishedOrEmpty().forEach(d -> codes.add(d == null ? null : d.code()));
        codes.addAll(request.successorsOrEmpty());
        codes.stream().filter(DivisionCodes::isWellFormed).map(c -> Province.ofDivision(c).orElseThrow()).distinct()
                .forEach(province -> requireOwnProvince(caller, province));

        Violations violations = new Violations().addAll("", validator.validate(request));
        violations.throwIfAny();
        LocalDate effective = request.effectiveOn();
        List<String> established = request.establishedOrEmpty().stream().map(RestructureDivisionsRequest.NewDivision::code).toList();
        List<String> successors = DivisionRules.successors(request.successorsOrEmpty(), established);
        List<String> ended = request.endedOrEmpty();
        DivisionRules.checkRestructuring(ended, established, request.successorsOrEmpty(), effective, this::periodOn,
                violations);
        violations.throwIfAny();

        List<DivisionView> begun = request.establishedOrEmpty().stream()
                .sorted(Comparator.comparing(d -> DivisionLevel.of(d.code())))
                .map(d -> establish(caller, new EstablishDivisionRequest(d.code(), d.name(), d.nameEn(), effective,
                        request.document(), request.note())).body())
                .toList();
        List<DivisionView> abolished = ended.stream()
                .sorted(Comparator.comparing((String c) -> DivisionLevel.of(c)).reversed())
                .map(code -> recordChange(caller, code, "*", new DivisionChangeRequest(ChangeKind.ABOLISHED, effective,
                        null, null, successors, null, request.document(), request.note())).body())
                .toList();
        return new RestructuringView(effective, abolished, begun);
    }

    private void validateChange(String code, DivisionChangeRequest request) {
        Violations violations = new Violations().addAll("", validator.validate(request));
        if (request.kind() == null || request.effectiveOn() == null || !violations.isEmpty()) {
            violations.throwIfAny();
        }
        DivisionRules.checkChange(code, request, this::periodOn, violations);
        violations.throwIfAny();
    }

    private void record(Caller caller, String code, ChangeKind kind, LocalDate effective, List<String> successors,
                        List<String> towns, String document, String note) {
        DivisionChange change = new DivisionChange();
        change.code = code;
        change.kind = kind;
        change.effectiveOn = effective;
        change.successors = new ArrayList<>(successors);
        change.towns = towns.isEmpty() ? null : towns.stream().map(String::strip).toArray(String[]::new);
        change.document = blankToNull(document);
        change.note = blankToNull(note);
        change.recordedBy = caller.username();
        change.recordedByProvince = caller.province().realm();
        change.recordedAt = businessClock.now();
        change.persist();
    }

    private static void requireOwnProvince(Caller caller, Province province) {
        if (caller.province() != province) {
            throw ProblemException.forbidden("Divisions of " + province.realm() + " are recorded by "
                    + province.realm() + "'s administrators");
        }
    }

    static void requireWellFormed(String code) {
        if (!DivisionCodes.isWellFormed(code)) {
            throw ProblemException.invalid("code", DivisionCodes.MESSAGE);
        }
    }

    private Optional<DivisionPeriod> latestPeriod(String code) {
        return DivisionPeriod.<DivisionPeriod>find("code = ?1 order by validFrom desc", code).firstResultOptional();
    }

    /** Who took over the territory when this period ended by abolition. */
    List<String> successorsOf(DivisionPeriod period) {
        if (period.validTo == null) {
            return List.of();
        }
        return DivisionChange.<DivisionChange>list("code = ?1 and kind = ?2 and effectiveOn = ?3",
                        period.code, ChangeKind.ABOLISHED, period.validTo)
                .stream().flatMap(c -> c.successors.stream()).toList();
    }

    private Map<String, List<String>> successorsOfEnded(List<DivisionPeriod> periods) {
        List<String> ended = periods.stream().filter(p -> p.validTo != null).map(p -> p.code).toList();
        if (ended.isEmpty()) {
            return Map.of();
        }
        return DivisionChange.<DivisionChange>list("code in ?1 and kind = ?2", ended, ChangeKind.ABOLISHED).stream()
                .collect(Collectors.toMap(c -> key(c.code, c.effectiveOn), c -> List.copyOf(c.successors), (a, b) -> a));
    }

    private static String key(String code, LocalDate date) {
        return code + "@" + date;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
