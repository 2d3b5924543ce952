package org.chuanyu.parks.divisions;

import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.validation.Violations;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a change to one division and a restructuring of several must satisfy beyond their fields' own constraints,
 * as pure functions of the request and of which periods exist ({@code periods}: the period of a code valid on a
 * day). The registry looks the periods up and applies the outcome.
 */
final class DivisionRules {

    private DivisionRules() {
    }

    /** A change to {@code code}: its kind's fields, and successors that are other current divisions of its province. */
    static void checkChange(String code, DivisionChangeRequest request,
                            BiFunction<String, LocalDate, Optional<DivisionPeriod>> periods, Violations violations) {
        List<String> successors = request.successorsOrEmpty();
        switch (request.kind()) {
            case ESTABLISHED -> violations.add("kind", "establish a division with POST /api/divisions");
            case RENAMED -> {
                if (request.name() == null || request.name().isBlank()) {
                    violations.add("name", "is required for a rename");
                }
                if (!successors.isEmpty()) {
                    violations.add("successors", "must be empty for a rename");
                }
            }
            case ABOLISHED, TERRITORY_TRANSFERRED -> {
                if (successors.isEmpty()) {
                    violations.add("successors", "must name at least one division that takes over the territory");
                }
                if (request.name() != null) {
                    violations.add("name", "applies to a rename only");
                }
            }
        }
        if (request.kind() != ChangeKind.TERRITORY_TRANSFERRED && !request.townsOrEmpty().isEmpty()) {
            violations.add("towns", "applies to a territory transfer only");
        }
        Province province = Province.ofDivision(code).orElseThrow();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < successors.size(); i++) {
            String successor = successors.get(i);
            String field = "successors[" + i + "]";
            if (successor.equals(code)) {
                violations.add(field, "is the division itself");
            } else if (!seen.add(successor)) {
                violations.add(field, "is listed twice");
            } else if (!province.owns(successor)) {
                violations.add(field, "is not a division of " + province.realm());
            } else if (periods.apply(successor, request.effectiveOn()).isEmpty()) {
                violations.add(field, "is not a division valid on " + request.effectiveOn()
                        + " (establish it first)");
            }
        }
    }

    /** Who takes over the ended divisions' territory: the successors named, or else the divisions established. */
    static List<String> successors(List<String> named, List<String> established) {
        return named.isEmpty() ? established : named;
    }

    /**
     * A restructuring on {@code effective}: something ends or begins; the ended are current divisions the day
     * before, each once; the established are new, each once; the successors are established here or valid then.
     */
    static void checkRestructuring(List<String> ended, List<String> established, List<String> namedSuccessors,
                                   LocalDate effective, BiFunction<String, LocalDate, Optional<DivisionPeriod>> periods,
                                   Violations violations) {
        List<String> successors = successors(namedSuccessors, established);
        if (ended.isEmpty() && established.isEmpty()) {
            violations.add("ended", "name at least one division that ends, or establish one");
        }
        if (!ended.isEmpty() && successors.isEmpty()) {
            violations.add("successors", "must name the divisions that take over the ended ones' territory");
        }
        for (int i = 0; i < ended.size(); i++) {
            String code = ended.get(i);
            if (ended.indexOf(code) != i) {
                violations.add("ended[" + i + "]", "is listed twice");
            } else if (periods.apply(code, effective.minusDays(1)).filter(DivisionPeriod::isOpen).isEmpty()) {
                violations.add("ended[" + i + "]", "is not a current division on " + effective.minusDays(1));
            }
        }
        for (int i = 0; i < established.size(); i++) {
            if (established.indexOf(established.get(i)) != i || ended.contains(established.get(i))) {
                violations.add("established[" + i + "].code", "is listed twice");
            }
        }
        for (int i = 0; i < namedSuccessors.size(); i++) {
            String code = namedSuccessors.get(i);
            if (ended.contains(code)) {
                violations.add("successors[" + i + "]", "ends on the same day");
            } else if (!established.contains(code) && periods.apply(code, effective).isEmpty()) {
                violations.add("successors[" + i + "]", "is neither established here nor valid on " + effective);
            }
        }
    }
}
