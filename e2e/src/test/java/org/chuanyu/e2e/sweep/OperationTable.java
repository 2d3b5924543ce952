package org.chuanyu.e2e.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.chuanyu.e2e.sweep.Kind.*;

/**
 * Every operation of the merged OpenAPI document (method and path template), classified by hand.
 * The sweep fails on an operation this table does not name, so a new endpoint is classified before
 * it ships.
 */
public final class OperationTable {

    private OperationTable() {
    }

    public static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    private static void put(Kind kind, String... operations) {
        for (String operation : operations) {
            KINDS.put(operation, kind);
        }
    }

    static {
        put(WHOAMI, "GET /api/common-handling/whoami", "GET /api/parks/whoami", "GET /api/policies/whoami",
                "GET /api/projects/whoami", "GET /api/notifications/whoami");
        put(REFERENCE_READ,
                "GET /api/common-handling/calendar/{year}", "GET /api/common-handling/calendar/{year}/changes",
                "GET /api/common-handling/calendar/{year}/proposals", "GET /api/common-handling/calendar/{year}/proposals/{id}",
                "GET /api/common-handling/items", "GET /api/common-handling/items/{code}",
                "GET /api/common-handling/items/{code}/versions/{number}", "GET /api/common-handling/items/versions",
                "GET /api/divisions", "GET /api/divisions/{code}", "GET /api/divisions/{code}/history",
                "GET /api/zones", "GET /api/zones/changes", "GET /api/zones/{code}", "GET /api/zones/{code}/changes",
                "GET /api/zones/{code}/changes/{id}", "GET /api/parks/industries",
                "GET /api/notifications/event-types");
        put(REFERENCE_WRITE,
                "PUT /api/common-handling/calendar/{year}", "POST /api/common-handling/calendar/{year}/proposals/{id}/approvals",
                "POST /api/common-handling/calendar/{year}/proposals/{id}/rejection", "POST /api/common-handling/items",
                "POST /api/common-handling/items/{code}/versions",
                "POST /api/common-handling/items/{code}/versions/{number}/approvals",
                "POST /api/common-handling/items/{code}/versions/{number}/rejection",
                "POST /api/divisions", "POST /api/divisions/changes", "POST /api/divisions/{code}/changes",
                "POST /api/zones", "POST /api/zones/{code}/changes", "POST /api/zones/{code}/changes/{id}/approvals",
                "POST /api/zones/{code}/changes/{id}/rejection");
        put(SCOPED_READ,
                "GET /api/common-handling/cases/{number}", "GET /api/common-handling/cases/{number}/timeline",
                "GET /api/common-handling/cases/{number}/timeline/verify", "GET /api/common-handling/cases/{number}/notes",
                "GET /api/parks/{code}", "GET /api/parks/{code}/area-history", "GET /api/parks/{code}/designation-changes",
                "GET /api/parks/{code}/designations", "GET /api/parks/{code}/indicators",
                "GET /api/parks/{code}/indicators/{year}", "GET /api/parks/{code}/indicators/{year}/history",
                "GET /api/projects/{code}", "GET /api/projects/{code}/blockers",
                "GET /api/projects/{code}/progress-reports", "GET /api/projects/{code}/stage-transitions");
        put(SCOPED_LIST, "GET /api/common-handling/cases", "GET /api/common-handling/personal-data-access",
                "GET /api/parks", "GET /api/projects",
                "GET /api/projects/blockers", "GET /api/common-handling/extensions", "GET /api/parks/designation-changes");
        put(STATS, "GET /api/common-handling/stats", "GET /api/common-handling/supervision",
                "GET /api/common-handling/stats/working-days", "GET /api/parks/rankings", "GET /api/projects/rankings",
                "GET /api/projects/stats", "GET /api/common-handling/stats/monthly");
        put(EXPORT, "GET /api/parks/export", "GET /api/projects/export", "GET /api/common-handling/stats/export",
                "GET /api/common-handling/stats/monthly/export", "GET /api/common-handling/stats/working-days/export",
                "GET /api/common-handling/supervision/export", "GET /api/projects/stats/export",
                "GET /api/parks/rankings/export", "GET /api/projects/rankings/export");
        put(SCOPED_CREATE, "POST /api/common-handling/cases", "POST /api/parks", "POST /api/projects");
        put(SCOPED_WRITE,
                "POST /api/common-handling/cases/{number}/supplements",
                "POST /api/common-handling/cases/{number}/transitions",
                "POST /api/common-handling/cases/{number}/notes", "PUT /api/common-handling/cases/{number}/assignee",
                "POST /api/common-handling/assignments",
                "POST /api/common-handling/cases/{number}/special-procedures",
                "POST /api/common-handling/cases/{number}/special-procedures/{id}/end",
                "POST /api/common-handling/cases/{number}/extensions",
                "POST /api/common-handling/cases/{number}/extensions/{id}/approval",
                "PUT /api/parks/{code}", "POST /api/parks/{code}/area-history",
                "POST /api/parks/{code}/designation-changes/{id}/approvals",
                "POST /api/parks/{code}/designation-changes/{id}/rejection", "POST /api/parks/{code}/designations",
                "DELETE /api/parks/{code}/designations/{id}", "PUT /api/parks/{code}/indicators/{year}",
                "POST /api/parks/{code}/indicators/{year}/lock",
                "PUT /api/projects/{code}", "POST /api/projects/{code}/blockers",
                "POST /api/projects/{code}/blockers/{id}/resolve", "POST /api/projects/{code}/progress-reports",
                "POST /api/projects/{code}/stage-transitions");
        put(POLICY_READ, "GET /api/policies/{id}", "GET /api/policies/{id}/versions",
                "GET /api/policies/{id}/versions/{a}/diff/{b}");
        put(POLICY_LIST, "GET /api/policies");
        put(POLICY_CREATE, "POST /api/policies");
        put(POLICY_WRITE, "PUT /api/policies/{id}", "DELETE /api/policies/{id}", "POST /api/policies/{id}/approvals",
                "POST /api/policies/{id}/rejection", "POST /api/policies/{id}/status");
        put(ALIGNMENT_READ, "GET /api/policies/alignment-topics", "GET /api/policies/alignment-topics/dashboard",
                "GET /api/policies/alignment-topics/dashboard/export", "GET /api/policies/alignment-topics/{id}");
        put(ALIGNMENT_WRITE, "POST /api/policies/alignment-topics", "PUT /api/policies/alignment-topics/{id}");
        put(RELAY_FEED, "GET /api/parks/events", "GET /api/projects/events", "GET /api/policies/events",
                "GET /api/common-handling/events");
        put(SUBSCRIPTION, "POST /api/notifications/subscriptions", "GET /api/notifications/subscriptions",
                "GET /api/notifications/subscriptions/{id}", "DELETE /api/notifications/subscriptions/{id}",
                "POST /api/notifications/subscriptions/{id}/rotate-secret",
                "POST /api/notifications/subscriptions/{id}/resume",
                "GET /api/notifications/subscriptions/{id}/deliveries",
                "POST /api/notifications/subscriptions/{id}/replay",
                "POST /api/notifications/deliveries/{id}/redeliver");
        put(STREAM, "GET /api/notifications/stream");
        put(MATCHING, "GET /api/policies/matches", "POST /api/policies/matches");
    }
}
