package org.chuanyu.projects.registry;

import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.Violations;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A project draft's own rules, without Quarkus, a database or the parks service. */
class ProjectDraftRulesTest {

    /** A draft with only the given components set (by name); the rest null. */
    private static ProjectDraft draft(Map<String, Object> set) throws Exception {
        RecordComponent[] components = ProjectDraft.class.getRecordComponents();
        Object[] values = Arrays.stream(components).map(c -> set.get(c.getName())).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return ProjectDraft.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static Map<String, String> errors(ProjectDraft draft, String pathCode) {
        Violations violations = new Violations();
        ProjectDraftRules.check(draft, pathCode, violations);
        try {
            violations.throwIfAny();
            return Map.of();
        } catch (ProblemException e) {
            return e.toProblem().errors().stream()
                    .collect(Collectors.toMap(Problem.FieldViolation::field, Problem.FieldViolation::message));
        }
    }

    @Test
    void theCodeNamesItsParkAndAProjectNeverMovesPark() throws Exception {
        assertEquals(Map.of(), errors(draft(Map.of("code", "rongchang-hightech.packaging",
                "parkCode", "rongchang-hightech")), null));
        assertEquals("must be the park the code begins with (rongchang-hightech)", errors(draft(Map.of(
                "code", "rongchang-hightech.packaging", "parkCode", "gaozhu-industrial")), null).get("parkCode"));
        assertEquals(true, errors(draft(Map.of("parkCode", "gaozhu-industrial")), "rongchang-hightech.packaging")
                .get("parkCode").startsWith("cannot change"));
    }

    @Test
    void milestonesAreLifecycleStagesWhosePlansDoNotGoBackwards() throws Exception {
        Map<String, Milestone> milestones = Map.of(
                "SIGNED", new Milestone(LocalDate.of(2026, 6, 30), null),
                "STARTED", new Milestone(LocalDate.of(2026, 3, 31), null),
                "SOMEDAY", new Milestone(LocalDate.of(2027, 1, 1), null));
        Map<String, String> found = errors(draft(Map.of("code", "rongchang-hightech.packaging",
                "milestones", milestones)), null);
        assertEquals("is before the planned date of an earlier stage", found.get("milestones.STARTED.planned"));
        assertEquals(true, found.get("milestones.SOMEDAY").startsWith("must be a lifecycle stage"));
        assertEquals(2, found.size(), found.toString());
    }
}
