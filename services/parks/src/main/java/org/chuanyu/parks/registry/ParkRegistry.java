package org.chuanyu.parks.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.scope.ScopePredicate;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.parks.divisions.Divisions;
import org.chuanyu.parks.events.ParkEvents;
import org.chuanyu.parks.zones.ZoneMembership;
import org.chuanyu.parks.area.ParkArea;
import org.chuanyu.parks.designation.ParkDesignation;
import org.chuanyu.parks.industry.Industry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The park registry's use cases. Every method runs in a transaction (row-level security needs
 * one) and applies the jurisdiction rules in their fixed order: visible (404), writable (403),
 * valid (400), writable after the change (403), current version (428/412).
 */
@ApplicationScoped
@Transactional
public class ParkRegistry {

    @Inject
    BusinessClock businessClock;

    @Inject
    CurrentScope currentScope;
    @Inject
    Validator validator;
    @Inject
    Divisions divisions;
    @Inject
    ZoneMembership zones;
    @Inject
    ParkEvents events;
    @Inject
    ObjectMapper json;
    @Inject
    PageLimits limits;
    @Inject
    EntityManager em;

    public Page<ParkView> list(ParkFilter filter, String cursor, Integer limit) {
        PageRequest request = limits.request(cursor, limit);
        Page<Park> page = visible(filter).ascending(em, request, ListQuery.Key.text("p.code", p -> p.code));
        return page.withItems(views(page.items(), false));
    }

    /** Every park the caller may read that matches the filter, ordered by code (for exports). */
    public List<ParkView> all(ParkFilter filter) {
        return views(visible(filter).all(em, "p.code"), false);
    }

    /** The query of the parks the caller may read that match the filter; 400 for invalid filters. */
    private ListQuery<Park> visible(ParkFilter filter) {
        ListQuery<Park> query = ListQuery.visible(Park.class, "p",
                ScopePredicate.reading(currentScope.get(), ScopePredicate.Columns.of("p").withoutSubmitter()));
        Violations errors = new Violations();
        if (filter.kind != null) {
            query.and("p.kind = :kind", "kind", choice("kind", filter.kind, ParkKind.class, errors));
        }
        if (filter.level != null) {
            query.and("p.level = :level", "level", choice("level", filter.level, ParkLevel.class, errors));
        }
        if (filter.province != null && Province.ofRealm(filter.province).isEmpty()) {
            errors.add("province", "must be sichuan or chongqing");
        }
        query.and("p.province = :province", "province", filter.province);
        if (filter.district != null && !filter.district.matches("\\d{6}")) {
            errors.add("district", "must be a six-digit GB/T 2260 code");
        }
        query.and("p.district = :district", "district", filter.district)
                .and("p.zone = :zone", "zone", filter.zone)
                .and("array_contains(p.industries, :industry)", "industry", filter.industry)
                .and("exists (select 1 from ParkDesignation d where d.parkId = p.id and d.name = :designation)",
                        "designation", filter.designation);
        if (filter.q != null && !filter.q.isBlank()) {
            query.and("(lower(p.code) like :q escape '\\' or lower(p.name) like :q escape '\\'"
                    + " or lower(coalesce(p.nameEn, '')) like :q escape '\\')", "q", "%" + ListQuery.escapeLike(filter.q.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        errors.throwIfAny();
        return query;
    }

    public ParkView get(String code) {
        return view(requireVisible(code), true);
    }

    /** The park, or 404 when it does not exist or lies outside the caller's scope (indistinguishable). */
    public Park requireVisible(String code) {
        Park park = Park.findByCode(code).orElseThrow(() -> ProblemException.notFound("Park"));
        AccessRules.requireReadable(currentScope.get(), "Park", park.scope());
        return park;
    }

    /** The park, or 404 as {@link #requireVisible}, or 403 when the caller may read but not write it. */
    public Park requireWritable(String code) {
        Park park = requireVisible(code);
        AccessRules.requireWritable(currentScope.get(), "Park", park.scope(), park.scope());
        return park;
    }

    public ParkView create(ParkDraft draft) {
        Province province = validate(draft, null);
        Park park = new Park();
        apply(park, draft, province);
        park.code = draft.code();
        park.updatedAt = businessClock.now();
        AccessRules.requireCreatable(currentScope.get(), "Park", park.scope());
        park.persist();
        Park.flush();
        return view(park, true);
    }

    public ParkView update(String code, ParkDraft draft, String ifMatch) {
        Park park = requireWritable(code);
        Province province = validate(draft, code);
        RecordScope after = RecordScope.of(province, draft.district(), draft.zone());
        AccessRules.requireWritable(currentScope.get(), "Park", park.scope(), after);
        ETags.requireMatch(ifMatch, park.version);
        RecordScope before = park.scope();
        apply(park, draft, province);
        park.updatedAt = businessClock.now();
        Park.flush();
        events.moved(park.code, before, park.scope(), "EDITED");
        return view(park, true);
    }

    /** Checks a draft completely; answers the province the park belongs to. */
    private Province validate(ParkDraft draft, String pathCode) {
        RequestBodies.requireValid(validator, draft, "the park's details");
        Violations errors = new Violations();
        if (pathCode == null && draft.code() == null) {
            errors.add("code", "is required to register a park");
        } else if (pathCode != null && draft.code() != null && !draft.code().equals(pathCode)) {
            errors.add("code", "cannot change; the path names the park");
        } else if (draft.code() != null && ParkCodes.RESERVED.contains(draft.code())) {
            errors.add("code", "is a word the API uses and cannot name a park");
        }
        LocalDate today = businessClock.today();
        Province province = Province.ofDivision(draft.district()).orElse(null);
        if (province == null || !divisions.isValid(draft.district(), today)) {
            errors.add("district", "is not a current division of Sichuan or Chongqing (see GET /api/divisions)");
        } else if (draft.province() != null && !draft.province().equals(province.realm())) {
            errors.add("province", "does not match the district, which lies in " + province.realm());
        }
        if (draft.zone() != null) {
            if (zones.find(draft.zone()).isEmpty()) {
                errors.add("zone", "is not a joint zone (see GET /api/zones)");
            } else if (province != null && !zones.isMember(draft.zone(), draft.district(), today)) {
                errors.add("zone", "does not include district " + draft.district() + " (see GET /api/zones/" + draft.zone() + ")");
            }
        }
        Set<String> unknown = Industry.unknown(industries(draft));
        if (!unknown.isEmpty()) {
            errors.add("industries", "unknown codes: " + String.join(", ", unknown) + " (see GET /api/parks/industries)");
        }
        BoundaryValidator.check(draft.boundary()).forEach(v -> errors.add(v.field(), v.message()));
        errors.throwIfAny();
        return province;
    }

    private void apply(Park park, ParkDraft draft, Province province) {
        park.name = draft.name().trim();
        park.nameEn = draft.nameEn();
        park.kind = draft.kind();
        park.level = draft.level();
        park.province = province.realm();
        park.district = draft.district();
        park.zone = draft.zone();
        park.industries = industries(draft).toArray(String[]::new);
        park.boundary = draft.boundary() == null || draft.boundary().isNull() ? null : draft.boundary().toString();
    }

    private static List<String> industries(ParkDraft draft) {
        return draft.industries() == null ? List.of() : draft.industries().stream().distinct().sorted().toList();
    }

    private ParkView view(Park park, boolean withBoundary) {
        return views(List.of(park), withBoundary).get(0);
    }

    /** Views of a page of parks, loading designations and areas in one query each. */
    private List<ParkView> views(List<Park> parks, boolean withBoundary) {
        List<Long> ids = parks.stream().map(p -> p.id).toList();
        Map<Long, List<ParkView.DesignationSummary>> designations = ParkDesignation.of(ids).stream()
                .collect(Collectors.groupingBy(d -> d.parkId, LinkedHashMap::new, Collectors.mapping(
                        d -> new ParkView.DesignationSummary(d.id, d.name, d.batch, d.year, d.issuer), Collectors.toList())));
        // History is ordered by date, so the last entry of each kind is the current area.
        Map<Long, Map<String, BigDecimal>> areas = new HashMap<>();
        for (ParkArea a : ParkArea.historyOf(ids)) {
            areas.computeIfAbsent(a.parkId, k -> new TreeMap<>()).put(a.kind.name(), a.areaKm2);
        }
        return parks.stream().map(p -> new ParkView(p.code, p.name, p.nameEn, p.kind, p.level, p.province, p.district,
                p.zone, Arrays.asList(p.industries), designations.getOrDefault(p.id, List.of()),
                areas.getOrDefault(p.id, Map.of()), withBoundary ? boundary(p) : null, p.version)).toList();
    }

    private JsonNode boundary(Park park) {
        try {
            return park.boundary == null ? null : json.readTree(park.boundary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored boundary of " + park.code + " is not JSON", e);
        }
    }

    /** An enum filter; a bad value is collected as a field violation (the query is not run then). */
    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, Violations errors) {
        try {
            return QueryParameters.choice(field, value, type, Enum::name);
        } catch (ProblemException e) {
            errors.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
