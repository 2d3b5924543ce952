package org.chuanyu.projects.registry;

import org.chuanyu.jurisdiction.identifiers.UnifiedSocialCreditCode;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.projects.lifecycle.Stage;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a project draft must satisfy beyond its fields' own constraints, as pure functions: the code names its park
 * and never moves it, the investor's unified social credit code is valid (GB 32100), and the milestones name
 * lifecycle stages whose planned dates do not go backwards.
 */
final class ProjectDraftRules {

    private ProjectDraftRules() {
    }

    /** Adds what is wrong with {@code draft} (registered anew when {@code pathCode} is null) to {@code errors}. */
    static void check(ProjectDraft draft, String pathCode, Violations errors) {
        String code = pathCode != null ? pathCode : draft.code();
        ProjectCodes.park(code).ifPresent(park -> {
            if (draft.parkCode() != null && !draft.parkCode().equals(park)) {
                errors.add("parkCode", pathCode == null
                        ? "must be the park the code begins with (" + park + ")"
                        : "cannot change: a project stays in the park its code names (" + park + "); a project "
                                + "that relocates is registered anew in its new park");
            }
        });
        UnifiedSocialCreditCode.Result credit = UnifiedSocialCreditCode.parse(
                draft.investor() == null ? null : draft.investor().creditCode());
        if (draft.investor() != null && !credit.isValid()) {
            errors.add("investor.creditCode", credit.problem());
        }
        if (draft.milestones() != null) {
            LocalDate previous = null;
            Map<String, Milestone> byStage = new TreeMap<>(draft.milestones());
            for (String stage : byStage.keySet()) {
                if (!isLifecycleStage(stage)) {
                    errors.add("milestones." + stage, "must be a lifecycle stage: LEAD, SIGNED, STARTED, COMPLETED, "
                            + "IN_PRODUCTION or AT_CAPACITY");
                }
            }
            for (Stage stage : Stage.values()) {
                Milestone m = draft.milestones().get(stage.name());
                if (m == null || m.planned() == null || !stage.isLifecycle()) {
                    continue;
                }
                if (previous != null && m.planned().isBefore(previous)) {
                    errors.add("milestones." + stage.name() + ".planned",
                            "is before the planned date of an earlier stage");
                }
                previous = m.planned();
            }
        }
    }

    private static boolean isLifecycleStage(String name) {
        try {
            return Stage.valueOf(name).isLifecycle();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
