package org.chuanyu.commonhandling.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.validation.Violations;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a proposed version must satisfy on its own: Bean Validation on the draft, plus the
 * configured bounds, a known mode, unique material codes and an effective date not in the past.
 * Every finding is collected so that one answer names every bad field.
 */
@ApplicationScoped
class DraftRules {

    @Inject
    Validator validator;
    @Inject
    CatalogueLimits limits;

    void check(ItemDraft draft, LocalDate today, Violations violations) {
        violations.addAll("", validator.validate(draft));
        if (draft.mode() != null && !draft.mode().isBlank() && mode(draft).isEmpty()) {
            violations.add("mode", "must be one of " + Arrays.stream(HandlingMode.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
        atMost("acceptanceWorkingDays", draft.acceptanceWorkingDays(), limits.maxWorkingDays(), " working days", violations);
        atMost("decisionWorkingDays", draft.decisionWorkingDays(), limits.maxWorkingDays(), " working days", violations);
        atMost("batch", draft.batch(), limits.maxBatch(), "", violations);
        StepLimits steps = draft.stepLimits();
        if (steps != null) {
            // A promise is at most its statutory limit; a missing statutory limit is already refused above.
            if (draft.acceptanceWorkingDays() != null) {
                atMost("stepLimits.intake", steps.intake(), draft.acceptanceWorkingDays(),
                        " working days (the acceptance limit)", violations);
            }
            if (draft.decisionWorkingDays() != null) {
                atMost("stepLimits.decision", steps.decision(), draft.decisionWorkingDays(),
                        " working days (the decision limit)", violations);
            }
            atMost("stepLimits.delivery", steps.delivery(), limits.deliveryWorkingDays(),
                    " working days (the statutory delivery limit)", violations);
        }
        List<RequiredMaterial> materials = draft.materials();
        if (materials != null) {
            if (materials.size() > limits.maxMaterials()) {
                violations.add("materials", "must list at most " + limits.maxMaterials() + " materials");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < materials.size(); i++) {
                RequiredMaterial material = materials.get(i);
                if (material == null || material.code() == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(material.code(), i);
                if (first != null) {
                    violations.add("materials[" + i + "].code", "duplicates materials[" + first + "].code");
                }
            }
        }
        if (draft.effectiveFrom() != null && draft.effectiveFrom().isBefore(today)) {
            violations.add("effectiveFrom", "must not be before today (" + today + "): the catalogue is not changed "
                    + "retroactively");
        }
    }

    /** The draft's mode, if it names one. */
    static Optional<HandlingMode> mode(ItemDraft draft) {
        return Arrays.stream(HandlingMode.values()).filter(m -> m.name().equals(draft.mode().strip())).findFirst();
    }

    private static void atMost(String field, Integer value, int max, String unit, Violations violations) {
        if (value != null && value > max) {
            violations.add(field, "must be at most " + max + unit);
        }
    }
}
