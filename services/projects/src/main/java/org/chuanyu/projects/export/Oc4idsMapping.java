package org.chuanyu.projects.export;

import org.chuanyu.projects.lifecycle.Stage;
import org.chuanyu.projects.registry.Milestone;
import org.chuanyu.projects.registry.ProjectView;
import org.chuanyu.jurisdiction.web.BusinessDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project as an OC4IDS 0.9.3 project (schema versioned in src/main/resources/oc4ids/0.9.3). Stages map to
 * the projectStatus codelist: LEAD → identification, SIGNED → preparation, STARTED → implementation,
 * COMPLETED → completion, IN_PRODUCTION and AT_CAPACITY → completed, CANCELLED → cancelled; a suspended
 * project keeps the status of the stage it was suspended in.
 */
final class Oc4idsMapping {

    static final String SCHEMA = "oc4ids/0.9.3/project-schema.json";
    static final String VERSION = "0.9";
    /** Always with seconds: OffsetDateTime.toString() drops zero seconds, which RFC 3339 date-time does not allow. */
    static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Oc4idsMapping() {
    }

    static String status(Stage stage, Stage suspendedFrom) {
        return switch (stage) {
            case LEAD -> "identification";
            case SIGNED -> "preparation";
            case STARTED -> "implementation";
            case COMPLETED -> "completion";
            case IN_PRODUCTION, AT_CAPACITY -> "completed";
            case CANCELLED -> "cancelled";
            case SUSPENDED -> suspendedFrom == null ? "identification" : status(suspendedFrom, null);
        };
    }

    static Map<String, Object> project(ProjectView p, String prefix) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", prefix + "-" + p.code());
        if (p.updatedAt() != null) {
            o.put("updated", RFC_3339.format(p.updatedAt().withNano(0)));
        }
        o.put("title", p.name() + (p.nameEn() == null ? "" : " / " + p.nameEn()));
        o.put("description", "Industry " + p.industry() + ", park " + p.parkCode() + ", stage " + p.stage()
                + (p.stageReason() == null ? "" : " (" + p.stageReason() + ")"));
        o.put("status", status(p.stage(), p.suspendedFrom()));
        o.put("type", "construction");
        Map<String, Object> period = period(p.milestones().get(Stage.SIGNED.name()), p.milestones().get(Stage.AT_CAPACITY.name()));
        if (!period.isEmpty()) {
            o.put("period", period);
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("region", p.province());
        address.put("locality", p.district());
        address.put("countryName", "China");
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", "1");
        location.put("description", "Park " + p.parkCode() + (p.zone() == null ? "" : ", joint zone " + p.zone()));
        location.put("address", address);
        o.put("locations", List.of(location));
        o.put("budget", Map.of("amount", Map.of("amount", p.plannedInvestment(), "currency", "CNY")));
        List<Map<String, Object>> parties = new ArrayList<>();
        Map<String, Object> investor = new LinkedHashMap<>();
        investor.put("id", "CN-USCC-" + p.investor().creditCode());
        investor.put("name", p.investor().name());
        investor.put("identifier", Map.of("scheme", "CN-USCC", "id", p.investor().creditCode(),
                "legalName", p.investor().name()));
        investor.put("roles", List.of("funder"));
        parties.add(investor);
        o.put("parties", parties);
        return o;
    }

    private static Map<String, Object> period(Milestone start, Milestone end) {
        Map<String, Object> period = new LinkedHashMap<>();
        LocalDate from = start == null ? null : start.planned();
        LocalDate to = end == null ? null : end.planned();
        if (from != null) {
            period.put("startDate", RFC_3339.format(from.atStartOfDay(BusinessDates.ZONE)));
        }
        if (to != null) {
            period.put("endDate", RFC_3339.format(to.atStartOfDay(BusinessDates.ZONE)));
        }
        return period;
    }
}
