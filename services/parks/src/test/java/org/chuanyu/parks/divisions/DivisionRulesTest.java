package org.chuanyu.parks.divisions;

import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.Violations;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The division rules without a database: the periods are a map of what exists. */
class DivisionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
    /** 511623 and 511602 exist and are open; 511699 ended before DAY. */
    private static final Map<String, DivisionPeriod> PERIODS = Map.of(
            "511623", period("511623", null), "511602", period("511602", null),
            "511699", period("511699", LocalDate.of(2020, 1, 1)));
    private static final BiFunction<String, LocalDate, Optional<DivisionPeriod>> PERIODS_ON = (code, day) ->
            Optional.ofNullable(PERIODS.get(code)).filter(p -> p.validTo == null || day.isBefore(p.validTo));

    private static DivisionPeriod period(String code, LocalDate validTo) {
        DivisionPeriod p = new DivisionPeriod();
        p.code = code;
        p.validFrom = LocalDate.of(1997, 1, 1);
        p.validTo = validTo;
        return p;
    }

    private static Map<String, String> errors(Violations violations) {
        try {
            violations.throwIfAny();
            return Map.of();
        } catch (ProblemException e) {
            return e.toProblem().errors().stream().collect(Collectors.toMap(
                    Problem.FieldViolation::field, Problem.FieldViolation::message));
        }
    }

    private static DivisionChangeRequest change(ChangeKind kind, String name, List<String> successors,
                                                List<String> towns) {
        return new DivisionChangeRequest(kind, DAY, name, null, successors, towns, null, null);
    }

    @Test
    void aChangeNamesWhatItsKindNeedsAndNothingElse() {
        Violations v = new Violations();
        DivisionRules.checkChange("511623", change(ChangeKind.RENAMED, null, List.of("511602"), List.of("丰禾镇")),
                PERIODS_ON, v);
        assertEquals(Map.of("name", "is required for a rename", "successors", "must be empty for a rename",
                "towns", "applies to a territory transfer only"), errors(v));

        v = new Violations();
        DivisionRules.checkChange("511623", change(ChangeKind.ABOLISHED, "新名", List.of(), List.of()),
                PERIODS_ON, v);
        assertEquals(Map.of("successors", "must name at least one division that takes over the territory",
                "name", "applies to a rename only"), errors(v));
    }

    @Test
    void successorsAreOtherCurrentDivisionsOfTheSameProvince() {
        Violations v = new Violations();
        DivisionRules.checkChange("511623", change(ChangeKind.ABOLISHED, null,
                List.of("511623", "511602", "511602", "500112", "511699"), List.of()), PERIODS_ON, v);
        assertEquals(Map.of("successors[0]", "is the division itself", "successors[2]", "is listed twice",
                "successors[3]", "is not a division of sichuan",
                "successors[4]", "is not a division valid on 2026-07-01 (establish it first)"), errors(v));

        v = new Violations();
        DivisionRules.checkChange("511623", change(ChangeKind.TERRITORY_TRANSFERRED, null, List.of("511602"),
                List.of("丰禾镇")), PERIODS_ON, v);
        assertEquals(Map.of(), errors(v));
    }

    @Test
    void aRestructuringEndsCurrentDivisionsAndHandsTheirTerritoryOn() {
        Violations v = new Violations();
        DivisionRules.checkRestructuring(List.of(), List.of(), List.of(), DAY, PERIODS_ON, v);
        assertEquals(Map.of("ended", "name at least one division that ends, or establish one"), errors(v));

        v = new Violations();
        DivisionRules.checkRestructuring(List.of("511623", "511623", "511699"), List.of("511624", "511623"),
                List.of("511623", "511698"), DAY, PERIODS_ON, v);
        assertEquals(Map.of("ended[1]", "is listed twice", "ended[2]", "is not a current division on 2026-06-30",
                "established[1].code", "is listed twice", "successors[0]", "ends on the same day",
                "successors[1]", "is neither established here nor valid on 2026-07-01"), errors(v));

        v = new Violations();
        DivisionRules.checkRestructuring(List.of("511623"), List.of("511624"), List.of(), DAY, PERIODS_ON, v);
        assertEquals(Map.of(), errors(v), "the established take over when no successor is named");
    }
}
