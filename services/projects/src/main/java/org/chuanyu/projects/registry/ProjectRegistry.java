package org.chuanyu.projects.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.identifiers.UnifiedSocialCreditCode;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.projects.lifecycle.Stage;
import org.chuanyu.projects.park.ParkDirectory.ParkLookup;
import org.chuanyu.projects.park.ParkDirectory.Vocabulary;
import org.chuanyu.projects.park.ParkDirectory;
import org.chuanyu.projects.web.CallerToken;
import org.hibernate.StaleStateException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The project registry's use cases. Every method runs in a transaction (row-level security needs
 * one) and applies the jurisdiction rules in their fixed order: visible (404), writable (403),
 * valid (400), current version (428/412), destination park visible to the caller (503/422),
 * writable after the change (403).
 */
@ApplicationScoped
@Transactional
public class ProjectRegistry {

    @Inject
    BusinessClock businessClock;

    public static final String CURRENCY = "CNY";

    @Inject
    CurrentScope currentScope;
    @Inject
    CurrentCaller caller;
    @Inject
    CallerToken token;
    @Inject
    Validator validator;
    @Inject
    PageLimits limits;
    @Inject
    ParkDirectory parks;

    public Page<ProjectView> list(ProjectFilter filter, String cursor, Integer limit) {
        PageRequest request = limits.request(cursor, limit);
        Page<Project> page = ProjectQuery.visible(currentScope.get(), filter)
                .ascending(Project.getEntityManager(), request, ProjectQuery.BY_CODE);
        return page.withItems(views(page.items()));
    }

    public ProjectView get(String code) {
        return view(requireVisible(code));
    }

    /** The project, or 404 when it does not exist or lies outside the caller's scope (indistinguishable). */
    public Project requireVisible(String code) {
        Project project = Project.findByCode(code).orElseThrow(() -> ProblemException.notFound("Project"));
        AccessRules.requireReadable(currentScope.get(), "Project", project.scope());
        return project;
    }

    /**
     * The project, or 404 as {@link #requireVisible}, or 403 when the caller may read but not change it. The copy of
     * the park's scope may lag a move by a moment, so the park itself is asked too (with the caller's token): a
     * caller that can no longer see the park gets 404, and the park's current scope must be writable as well.
     */
    public Project requireWritable(String code) {
        return writable(code).project();
    }

    /** A project the caller may change, with its park as the parks service shows it now. */
    private record Writable(Project project, ParkDirectory.Park park) {
    }

    private Writable writable(String code) {
        Project project = requireVisible(code);
        AccessRules.requireWritable(currentScope.get(), "Project", project.scope(), project.scope());
        ParkLookup lookup = parks.find(project.parkCode, token.authorization());
        if (lookup instanceof ParkLookup.Unavailable u) {
            throw ProblemException.unavailable("The project's park cannot be checked now (" + u.reason()
                    + "); nothing was changed, try again later");
        }
        if (lookup instanceof ParkLookup.NotVisible) {
            throw ProblemException.notFound("Project");
        }
        ParkDirectory.Park park = ((ParkLookup.Found) lookup).park();
        RecordScope current = scopeOf(park);
        AccessRules.requireWritable(currentScope.get(), "Project", current, current);
        return new Writable(project, park);
    }

    public ProjectView create(ProjectDraft draft) {
        validate(draft, null);
        ParkDirectory.Park park = destination(draft);
        Project project = new Project();
        project.code = draft.code();
        project.createdBy = caller.require().username();
        // Set here, not by the column's default, so that the answer to the registration carries it (it lacked it).
        project.createdAt = businessClock.now();
        apply(project, draft, park);
        AccessRules.requireCreatable(currentScope.get(), "Project", project.scope());
        project.persist();
        Project.flush();
        replaceDesignations(project, park.designations());
        return view(project);
    }

    public ProjectView update(String code, ProjectDraft draft, String ifMatch) {
        Writable writable = writable(code);
        Project project = writable.project();
        validate(draft, code);
        ETags.requireMatch(ifMatch, project.version);
        // A project stays in its park (validate), so the park asked for the write check is the destination too.
        ParkDirectory.Park park = writable.park();
        requireKnownIndustry(draft, token.authorization());
        RecordScope before = project.scope();
        RecordScope after = scopeOf(park);
        AccessRules.requireWritable(currentScope.get(), "Project", before, after);
        apply(project, draft, park);
        flushOrPreconditionFailed();
        if (!before.equals(after)) {
            moveChildren(project);
        }
        replaceDesignations(project, park.designations());
        return view(project);
    }

    /**
     * Flushes a change of an existing project. A concurrent writer that committed after our If-Match
     * check makes the versioned update miss: that is the same precondition failure (412), never a lost update.
     */
    public static void flushOrPreconditionFailed() {
        try {
            Project.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("The project was changed by someone else meanwhile; read it again");
        }
    }

    /** Checks a draft completely (400 listing every bad field) without asking any other service. */
    private void validate(ProjectDraft draft, String pathCode) {
        if (draft == null) {
            throw ProblemException.invalid("request", "a JSON body is required: the project's details");
        }
        // Bean Validation's findings and the domain's checks together: one 400 naming every bad field.
        Violations errors = new Violations().addAll("", validator.validate(draft));
        if (pathCode == null && draft.code() == null) {
            errors.add("code", "is required to register a project");
        } else if (pathCode != null && draft.code() != null && !draft.code().equals(pathCode)) {
            errors.add("code", "cannot change; the path names the project");
        }
        ProjectDraftRules.check(draft, pathCode, errors);
        errors.throwIfAny();
    }

    /**
     * The destination park as the caller sees it in the parks service, and the industry checked against
     * the shared vocabulary: 503 when parks cannot answer (nothing is stored), 422 when the caller may not name the park.
     */
    private ParkDirectory.Park destination(ProjectDraft draft) {
        String authorization = token.authorization();
        ParkLookup lookup = parks.find(draft.parkCode(), authorization);
        if (lookup instanceof ParkLookup.Unavailable u) {
            throw ProblemException.unavailable("The destination park cannot be checked now (" + u.reason()
                    + "); nothing was stored, try again later");
        }
        if (lookup instanceof ParkLookup.NotVisible) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "1 field is invalid", List.of(
                    new org.chuanyu.jurisdiction.problem.Problem.FieldViolation("parkCode",
                            "is not a park you can see in the parks service (GET /api/parks)")));
        }
        requireKnownIndustry(draft, authorization);
        return ((ParkLookup.Found) lookup).park();
    }

    private void requireKnownIndustry(ProjectDraft draft, String authorization) {
        Vocabulary vocabulary = parks.industries(authorization);
        if (vocabulary instanceof Vocabulary.Unavailable u) {
            throw ProblemException.unavailable("The industry vocabulary cannot be checked now (" + u.reason()
                    + "); nothing was stored, try again later");
        }
        if (!((Vocabulary.Known) vocabulary).codes().contains(draft.industry())) {
            throw ProblemException.invalid("industry", "is not in the industry vocabulary (GET /api/parks/industries)");
        }
    }

    private static RecordScope scopeOf(ParkDirectory.Park park) {
        Province province = Province.ofRealm(park.province())
                .orElseThrow(() -> ProblemException.unavailable("The parks service reported an unknown province"));
        return RecordScope.of(province, park.district(), park.zone());
    }

    private void apply(Project project, ProjectDraft draft, ParkDirectory.Park park) {
        RecordScope scope = scopeOf(park);
        project.name = draft.name().trim();
        project.nameEn = draft.nameEn();
        project.investorName = draft.investor().name().trim();
        project.investorCreditCode = UnifiedSocialCreditCode.parse(draft.investor().creditCode()).code().orElseThrow().value();
        project.investorOrigin = draft.investor().origin();
        project.sourceRegion = draft.investor().sourceRegion();
        project.industry = draft.industry();
        project.parkCode = park.code();
        project.province = scope.province().realm();
        project.district = scope.district();
        project.zone = scope.zone();
        project.plannedInvestment = draft.plannedInvestment();
        project.annualPlans = draft.annualPlans() == null ? new TreeMap<>() : new TreeMap<>(draft.annualPlans());
        project.leader = draft.leader();
        project.taskForce = draft.taskForce();
        project.transferredFromEast = Boolean.TRUE.equals(draft.transferredFromEast());
        project.keyLevel = draft.keyLevel() == null ? KeyLevel.NONE : draft.keyLevel();
        // Planned dates come from the client; actual dates stay as the stage transitions set them.
        Map<String, Milestone> milestones = new TreeMap<>();
        for (Stage stage : Stage.values()) {
            if (!stage.isLifecycle()) {
                continue;
            }
            Milestone given = draft.milestones() == null ? null : draft.milestones().get(stage.name());
            LocalDate actual = project.milestone(stage).actual();
            LocalDate planned = given == null ? null : given.planned();
            if (planned != null || actual != null) {
                milestones.put(stage.name(), new Milestone(planned, actual));
            }
        }
        project.milestones = milestones;
        project.updatedAt = businessClock.now();
    }

    /** A project whose park moved before the feed said so takes its records along: they live in the project's scope. */
    private void moveChildren(Project project) {
        Map<String, Object> params = Map.of("province", project.province, "district", project.district,
                "zone", project.zone == null ? "" : project.zone, "id", project.id);
        for (String entity : List.of("StageTransition", "ProgressReport", "Blocker")) {
            Project.getEntityManager().createQuery("update " + entity + " set province = :province, district = :district, "
                    + "zone = nullif(:zone, '') where projectId = :id")
                    .setParameter("province", params.get("province")).setParameter("district", params.get("district"))
                    .setParameter("zone", params.get("zone")).setParameter("id", params.get("id"))
                    .executeUpdate();
        }
    }

    private void replaceDesignations(Project project, List<String> designations) {
        ProjectDesignation.delete("projectId", project.id);
        for (String name : designations) {
            ProjectDesignation d = new ProjectDesignation();
            d.projectId = project.id;
            d.designation = name;
            d.province = project.province;
            d.district = project.district;
            d.zone = project.zone;
            d.persist();
        }
    }

    public ProjectView view(Project project) {
        return views(List.of(project)).get(0);
    }

    /** Views of a page of projects, loading the designations in one query. */
    public List<ProjectView> views(List<Project> projects) {
        Map<Long, List<String>> designations = ProjectDesignation.of(projects.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(d -> d.projectId, LinkedHashMap::new,
                        Collectors.mapping(d -> d.designation, Collectors.toList())));
        return projects.stream().map(p -> new ProjectView(p.code, p.name, p.nameEn,
                new ProjectDraft.Investor(p.investorName, p.investorCreditCode, p.investorOrigin, p.sourceRegion),
                p.industry, p.parkCode, p.province, p.district, p.zone, designations.getOrDefault(p.id, List.of()),
                p.plannedInvestment, p.completedInvestment.setScale(2), CURRENCY, new TreeMap<>(p.annualPlans), p.leader, p.taskForce,
                p.transferredFromEast, p.keyLevel, p.stage, p.suspendedFrom, p.stageReason, new TreeMap<>(p.milestones),
                p.createdBy, BusinessDates.at(p.createdAt), BusinessDates.at(p.updatedAt), p.version)).toList();
    }

    /** Parses an amount filter; a bad value is collected as a field violation. */
    static BigDecimal amount(String field, String raw, Violations errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            if (value.signum() < 0) {
                errors.add(field, "must be zero or more");
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, "must be an amount in CNY such as 100000000");
            return null;
        }
    }

    static String like(String q) {
        return "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
