package org.chuanyu.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.chuanyu.e2e.sweep.Fixtures;
import org.chuanyu.e2e.sweep.Fixtures.Draft;
import org.chuanyu.e2e.sweep.Fixtures.Scoped;
import org.chuanyu.e2e.sweep.Jurisdiction;
import org.chuanyu.e2e.sweep.Jurisdiction.Account;
import org.chuanyu.e2e.sweep.Kind;
import org.chuanyu.e2e.sweep.Moving;
import org.chuanyu.e2e.sweep.OperationTable;
import org.chuanyu.e2e.sweep.Probe;
import org.chuanyu.e2e.sweep.Streams;
import org.chuanyu.e2e.sweep.Subscriptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-tenant sweep (docs/tenancy.md, "The cross-tenant sweep"): every operation of the merged
 * OpenAPI is classified; records owned by each side (districts, provinces, a joint zone, an external
 * system) are read and written as every demo account, and each answer is compared with the rule table
 * of docs/tenancy.md, not with what the services happen to return. Every response body is searched
 * for the identifiers of records the caller must not see.
 */
class CrossTenantSweepIT {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final String CASES = "/api/common-handling/cases/";
    static final String STATS_ITEM = Fixtures.ITEM;

    final Probe probe = new Probe();
    final Fixtures fixtures = new Fixtures(probe);
    final Subscriptions subscriptions = new Subscriptions(probe);
    final Streams streams = new Streams(probe);

    @Test
    void noRecordCrossesItsScopeInAnyOperation() {
        long started = System.nanoTime();
        List<String> operations = mergedOperations();
        List<String> unclassified = operations.stream().filter(o -> !OperationTable.KINDS.containsKey(o)).toList();
        assertTrue(unclassified.isEmpty(), "operations the sweep cannot classify (add them to OperationTable): "
                + unclassified);

        Jurisdiction.ACCOUNTS.forEach(this::whoamiAgreesWithTheRuleTable);
        Map<String, Integer> statsBefore = caseStats();
        List<String> eventTypes = probe.get(Jurisdiction.account("sc-admin"), "GET /api/notifications/event-types",
                "/api/notifications/event-types").then().statusCode(200).extract().jsonPath().getList("type");
        Jurisdiction.ACCOUNTS.forEach(a -> subscriptions.subscribe(a, eventTypes));
        subscriptions.othersSeeNone(Jurisdiction.ACCOUNTS);
        Jurisdiction.ACCOUNTS.forEach(streams::open);
        fixtures.create();
        for (Account a : Jurisdiction.ACCOUNTS) {
            relayFeed(a);
            referenceData(a);
            parksAndProjects(a);
            cases(a);
            policies(a);
        }
        for (Account a : Jurisdiction.ACCOUNTS) {
            writesOutsideScope(a);
            createsOutsideScope(a);
            identifiersOfInvisibleRecords(a);
        }
        caseStatisticsCountOnlyWhatTheCallerReads(statsBefore);
        ownersSeeTheirRecordsUnchanged();
        // Before the moves: a moved park's earlier events were told to whoever could read it then.
        Map<Account, String> lastCases = lastCases();
        subscriptions.noForeignDelivery(lastCases);
        streams.noForeignEvent(lastCases);
        System.out.printf("Cross-tenant sweep: %d subscriptions (every account that may hold one, every event type), "
                + "%d deliveries listed and %d webhooks received, %d events on %d live streams, each searched for "
                + "records its owner may not read%n", subscriptions.owners().size(), subscriptions.delivered(),
                subscriptions.arrived(), streams.events(), Jurisdiction.ACCOUNTS.size() - 1);
        subscriptions.close();
        streams.close();
        moves();

        Set<String> notExercised = new TreeSet<>(operations);
        notExercised.removeAll(probe.exercised());
        System.out.printf("Cross-tenant sweep %s: %d operations classified, %d exercised, %d accounts, %d requests, "
                        + "%d checks, %d creates and renames with identifiers of records the caller cannot see, "
                        + "%d moves (%s) each followed by every account against every dependent record, "
                        + "%d findings, %.1f s%n  not exercised (creates and reference-data writes, "
                        + "decided by writability not visibility): %s%n",
                fixtures.run, operations.size(), probe.exercised().size(), Jurisdiction.ACCOUNTS.size(),
                probe.requests(), probe.checks(), invisibleIdentifierWrites, movesMade.size(), String.join(", ", movesMade),
                probe.findings().size(),
                (System.nanoTime() - started) / 1e9,
                notExercised);
        assertTrue(probe.findings().isEmpty(), "the sweep found:\n  " + String.join("\n  ", probe.findings()));
    }

    // --- moves (docs/security.md, finding 1): no record keeps a scope its source no longer has -------------------

    /** How long a move may take to reach the project before it counts as a finding (the target, 5 s, is benched). */
    static final java.time.Duration MOVE_REACHES_PROJECT = java.time.Duration.ofSeconds(30);
    static final String MOVE_ZONE = "wandakai";
    static final String KAIZHOU = "500154";

    final List<String> movesMade = new ArrayList<>();

    /**
     * Every movable source is moved in turn: the park's zone (yubei-clerk takes it out of Gaozhu), its district (cq-admin
     * moves it to Kaizhou in the Wanzhou–Dazhou–Kaizhou zone), and a zone's members (both provinces take Kaizhou out of
     * that zone, then put it back). After each, every account is checked against the park, the project on it and the
     * project's blockers, progress reports and stage transitions, reading, listing and writing.
     */
    void moves() {
        Moving m = fixtures.moving();
        everyAccountAgainst(m, "before any move");

        movePark(m, "yubei-clerk", new Jurisdiction.RecordScope("chongqing", "500112", null));
        followed(m, "a park's zone");
        movePark(m, "cq-admin", new Jurisdiction.RecordScope("chongqing", KAIZHOU, MOVE_ZONE));
        followed(m, "a park's district");

        Map<String, Object> zone = zoneDefinition(MOVE_ZONE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) zone.get("members");
        Map<String, Object> without = new HashMap<>(zone);
        without.put("members", members.stream().filter(member -> !KAIZHOU.equals(member.get("division"))).toList());
        try {
            putZoneInForce(MOVE_ZONE, without);
            m.movedTo(new Jurisdiction.RecordScope("chongqing", KAIZHOU, null));
            followed(m, "a zone's members");
        } finally {
            putZoneInForce(MOVE_ZONE, zone);
        }
    }

    private void movePark(Moving m, String by, Jurisdiction.RecordScope to) {
        Account owner = Jurisdiction.account(by);
        String etag = probe.as(owner).get("/api/parks/" + m.park).then().statusCode(200).extract().header("ETag");
        probe.as(owner).header("If-Match", etag).body(Fixtures.parkBody(m.park, to)).put("/api/parks/" + m.park)
                .then().statusCode(200);
        m.movedTo(to);
    }

    /** Polls until the project carries the park's new scope (as a cross-province-admin reads it), then checks everyone. */
    private void followed(Moving m, String move) {
        movesMade.add(move);
        Account reader = Jurisdiction.account("joint-office-cq");
        try {
            org.chuanyu.jurisdiction.testing.Eventually.assertWithin(MOVE_REACHES_PROJECT, () -> {
                JsonPath project = probe.as(reader).get("/api/projects/" + m.project).then().statusCode(200).extract().jsonPath();
                assertTrue(sameScope(project, m.scope()), "still " + project.getString("province") + "/"
                        + project.getString("district") + "/" + project.getString("zone"));
            });
        } catch (AssertionError e) {
            probe.check(false, "after " + move + " the project " + m.project + " did not follow its park to " + m.scope()
                    + " within " + MOVE_REACHES_PROJECT.toSeconds() + " s: " + e.getMessage());
        }
        everyAccountAgainst(m, "after " + move);
    }

    private static boolean sameScope(JsonPath project, Jurisdiction.RecordScope scope) {
        return scope.province().equals(project.getString("province")) && scope.district().equals(project.getString("district"))
                && java.util.Objects.equals(scope.zone(), project.getString("zone"));
    }

    private void everyAccountAgainst(Moving m, String when) {
        Account owner = Jurisdiction.account("yubei-clerk");
        Scoped now = m.asScoped("project of the moving park (" + when + ")", owner);
        Scoped park = new Scoped("the moving park (" + when + ")", m.park, owner, m.scope(), null, null, null, null);
        for (Account a : Jurisdiction.ACCOUNTS) {
            boolean v = m.visibleTo(a);
            single(a, "GET /api/parks/{code}", "/api/parks/" + m.park, v, false);
            String p = "/api/projects/" + m.project;
            single(a, "GET /api/projects/{code}", p, v, false);
            single(a, "GET /api/projects/{code}/blockers", p + "/blockers", v, false);
            single(a, "GET /api/projects/{code}/progress-reports", p + "/progress-reports", v, false);
            single(a, "GET /api/projects/{code}/stage-transitions", p + "/stage-transitions", v, false);
            listed(a, "GET /api/parks", "/api/parks?limit=500&q=" + m.park, "items.code", List.of(park), List.of(m.park));
            listed(a, "GET /api/projects", "/api/projects?limit=500&q=" + m.project, "items.code", List.of(now),
                    List.of(m.project));
            probe.get(a, "GET /api/projects/blockers", "/api/projects/blockers?limit=500");
            // Writing: the writers of the new scope may, readers get 403, everyone else 404 (never the old scope's).
            Response raised = probe.send(a, "POST /api/projects/{code}/blockers", p + "/blockers",
                    Map.of("description", "迁移后越权检查", "category", "OTHER", "severity", "SMALL",
                            "ownerDepartment", "区发展改革委"), Map.of());
            int expected = !v ? 404 : a.writes(m.scope()) ? 201 : 403;
            probe.check(raised.statusCode() == expected, a.name() + " POST " + p + "/blockers " + when + " answered "
                    + raised.statusCode() + ", the rule table says " + expected);
        }
    }

    /** The zone's current definition, as a proposal of it would carry it. */
    private Map<String, Object> zoneDefinition(String code) {
        JsonPath z = probe.as(Jurisdiction.account("sc-admin")).get("/api/zones/" + code).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> definition = new HashMap<>();
        definition.put("name", z.getString("name"));
        if (z.getString("nameEn") != null) {
            definition.put("nameEn", z.getString("nameEn"));
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (Map<String, Object> member : z.<Map<String, Object>>getList("members")) {
            Map<String, Object> kept = new HashMap<>();
            kept.put("division", member.get("division"));
            if (member.get("areaKm2") != null) {
                kept.put("areaKm2", member.get("areaKm2"));
            }
            if (member.get("towns") != null) {
                kept.put("towns", member.get("towns"));
            }
            members.add(kept);
        }
        definition.put("members", members);
        for (String key : List.of("secondedStaff", "revenueSharing", "documents")) {
            if (z.get(key) != null) {
                definition.put(key, z.get(key));
            }
        }
        return definition;
    }

    /** Proposes the zone's definition and approves it for both provinces: it is in force today. */
    private void putZoneInForce(String code, Map<String, Object> definition) {
        Account sichuan = Jurisdiction.account("sc-admin");
        Account chongqing = Jurisdiction.account("cq-admin");
        String etag = probe.as(sichuan).get("/api/zones/" + code).then().statusCode(200).extract().header("ETag");
        long id = probe.as(sichuan).header("If-Match", etag)
                .body(Map.of("reason", "越权扫描：成员变化 " + fixtures.run, "zone", definition))
                .post("/api/zones/" + code + "/changes").then().statusCode(201).extract().jsonPath().getLong("id");
        probe.as(sichuan).post("/api/zones/" + code + "/changes/" + id + "/approvals").then().statusCode(200);
        probe.as(chongqing).post("/api/zones/" + code + "/changes/" + id + "/approvals").then().statusCode(200);
    }

    List<String> mergedOperations() {
        String merged = given().baseUri(Probe.GATEWAY).queryParam("format", "json").get("/openapi")
                .then().statusCode(200).extract().asString();
        Map<String, Map<String, Object>> paths = JsonPath.from(merged).getMap("paths");
        List<String> out = new ArrayList<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains)
                .forEach(m -> out.add(m.toUpperCase() + " " + path)));
        return out;
    }

    void whoamiAgreesWithTheRuleTable(Account a) {
        for (String service : List.of("/api/parks", "/api/projects", "/api/policies", "/api/common-handling",
                "/api/notifications")) {
            Response r = probe.get(a, "GET " + service + "/whoami", service + "/whoami");
            probe.check(r.statusCode() == 200, a.name() + " whoami at " + service + ": " + r.statusCode());
            if (r.statusCode() == 200) {
                JsonPath j = r.jsonPath();
                probe.check(a.province().equals(j.getString("province"))
                                && List.of(a.role()).equals(j.getList("roles"))
                                && (a.external() || (Set.copyOf(j.getList("districts")).equals(a.districts())
                                && Set.copyOf(j.getList("zones")).equals(a.zones()))),
                        a.name() + " at " + service + " is not the account of the sweep's rule table: " + r.asString());
            }
        }
    }

    /**
     * Every service's event feed is the relay's alone: everyone else gets 403. The relay reads each feed to its end,
     * past the fixtures' events, and the probe searches every page: the events name their subjects by design, and
     * nothing else of a record the relay cannot read (no applicant, no ID number, no title) may appear in them.
     */
    void relayFeed(Account a) {
        for (String feed : List.of("/api/parks/events", "/api/projects/events", "/api/policies/events",
                "/api/common-handling/events")) {
            String cursor = "0";
            do {
                Response r = probe.get(a, "GET " + feed, feed + "?limit=500&after=" + cursor);
                int expected = a.relay() ? 200 : 403;
                probe.check(r.statusCode() == expected, a.name() + " GET " + feed + ": " + r.statusCode() + ", expected "
                        + expected);
                cursor = r.statusCode() == 200 ? r.path("nextCursor") : null;
            } while (cursor != null);
        }
    }

    /**
     * A last case per external system, each filed twice over (so that every feed has been read past the fixtures when
     * the second arrives): who subscribed waits for the one it may read.
     */
    Map<Account, String> lastCases() {
        Map<Account, String> last = new HashMap<>();
        String tianfu = null;
        String yukuaiban = null;
        for (int round = 0; round < 2; round++) {
            tianfu = lastCase("tianfu-tongban", "511623", "500112");
            yukuaiban = lastCase("yukuaiban", "500112", "511623");
        }
        for (Account owner : subscriptions.owners().keySet()) {
            last.put(owner, owner.name().equals("yukuaiban") ? yukuaiban : tianfu);
        }
        return last;
    }

    private String lastCase(String system, String accepting, String handling) {
        return probe.as(Jurisdiction.account(system)).header("Idempotency-Key", "sweep-last-" + System.nanoTime())
                .body(Map.of("itemCode", STATS_ITEM, "applicant", Map.of("kind", "PERSON", "name", "扫描末件",
                                "idNumber", "511623199001011238"), "acceptingDistrict", accepting,
                        "handlingDistrict", handling))
                .post("/api/common-handling/cases").then().statusCode(201).extract().path("number");
    }

    void referenceData(Account a) {
        String[][] reads = {
                {"GET /api/common-handling/items", "/api/common-handling/items?limit=5"},
                {"GET /api/common-handling/items/{code}", "/api/common-handling/items/" + STATS_ITEM},
                {"GET /api/common-handling/items/{code}/versions/{number}", "/api/common-handling/items/" + STATS_ITEM + "/versions/1"},
                {"GET /api/common-handling/items/versions", "/api/common-handling/items/versions?limit=5"},
                {"GET /api/common-handling/calendar/{year}", "/api/common-handling/calendar/2026"},
                {"GET /api/common-handling/calendar/{year}/changes", "/api/common-handling/calendar/2026/changes"},
                {"GET /api/divisions", "/api/divisions?province=chongqing&limit=5"},
                {"GET /api/divisions/{code}", "/api/divisions/511623"},
                {"GET /api/divisions/{code}/history", "/api/divisions/500112/history"},
                {"GET /api/zones", "/api/zones"},
                {"GET /api/zones/{code}", "/api/zones/gaozhu"},
                {"GET /api/zones/changes", "/api/zones/changes?limit=5"},
                {"GET /api/zones/{code}/changes", "/api/zones/gaozhu/changes?limit=5"},
                {"GET /api/parks/industries", "/api/parks/industries"},
                {"GET /api/policies/alignment-topics", "/api/policies/alignment-topics?limit=50"},
                {"GET /api/policies/alignment-topics/dashboard", "/api/policies/alignment-topics/dashboard"},
                {"GET /api/policies/alignment-topics/dashboard/export", "/api/policies/alignment-topics/dashboard/export"},
        };
        for (String[] read : reads) {
            Response r = probe.get(a, read[0], read[1]);
            probe.check(r.statusCode() == 200, a.name() + " GET " + read[1] + " (reference data, readable by all): "
                    + r.statusCode() + " " + Probe.abbreviate(r.asString()));
            if (read[0].equals("GET /api/zones/{code}/changes") && r.statusCode() == 200) {
                List<Object> ids = r.jsonPath().getList("items.id");
                if (ids != null && !ids.isEmpty()) {
                    Response one = probe.get(a, "GET /api/zones/{code}/changes/{id}", "/api/zones/gaozhu/changes/" + ids.get(0));
                    probe.check(one.statusCode() == 200, a.name() + " a zone change (reference data): " + one.statusCode());
                }
            }
            if (read[0].equals("GET /api/policies/alignment-topics") && r.statusCode() == 200) {
                List<Object> ids = r.jsonPath().getList("items.id");
                if (ids != null && !ids.isEmpty()) {
                    Response one = probe.get(a, "GET /api/policies/alignment-topics/{id}",
                            "/api/policies/alignment-topics/" + ids.get(0));
                    probe.check(one.statusCode() == 200, a.name() + " an alignment topic: " + one.statusCode());
                }
            }
        }
    }

    /** 200 when the rule table lets the caller see the record, otherwise 404 problem+json. */
    void single(Account a, String operation, String path, boolean visible, boolean mayBeAbsent) {
        Response r = probe.get(a, operation, path);
        if (visible) {
            probe.check(r.statusCode() == 200 || (mayBeAbsent && r.statusCode() == 404),
                    a.name() + " GET " + path + " (in scope): " + r.statusCode() + " " + Probe.abbreviate(r.asString()));
        } else {
            probe.check(r.statusCode() == 404 && String.valueOf(r.contentType()).startsWith("application/problem+json"),
                    a.name() + " GET " + path + " (outside scope, expected 404 problem+json): " + r.statusCode()
                            + " " + Probe.abbreviate(r.asString()));
        }
    }

    /** The run's fixtures in a list answer are exactly those the rule table lets the caller see. */
    void listed(Account a, String operation, String path, String itemsPath, List<Scoped> candidates, List<String> keys) {
        Response r = probe.get(a, operation, path);
        probe.check(r.statusCode() == 200, a.name() + " GET " + path + ": " + r.statusCode() + " " + Probe.abbreviate(r.asString()));
        if (r.statusCode() != 200) {
            return;
        }
        Set<String> expected = new TreeSet<>();
        candidates.stream().filter(s -> s.visibleTo(a)).forEach(s -> expected.add(s.key()));
        Set<String> actual = new TreeSet<>();
        List<Object> got = itemsPath == null ? null : r.jsonPath().getList(itemsPath);
        for (String key : keys) {
            if (itemsPath == null ? r.asString().contains(key) : got != null && got.contains(key)) {
                actual.add(key);
            }
        }
        probe.check(expected.equals(actual), a.name() + " GET " + path + " listed " + actual + ", the rule table says "
                + expected);
    }

    void parksAndProjects(Account a) {
        String run = fixtures.run;
        List<String> parkCodes = fixtures.parks.stream().map(Scoped::key).toList();
        List<String> projectCodes = fixtures.projects.stream().map(Scoped::key).toList();
        for (Scoped park : fixtures.parks) {
            boolean v = park.visibleTo(a);
            String p = "/api/parks/" + park.key();
            single(a, "GET /api/parks/{code}", p, v, false);
            single(a, "GET /api/parks/{code}/area-history", p + "/area-history", v, false);
            single(a, "GET /api/parks/{code}/designations", p + "/designations", v, false);
            single(a, "GET /api/parks/{code}/designation-changes", p + "/designation-changes", v, false);
            single(a, "GET /api/parks/{code}/indicators", p + "/indicators", v, false);
            single(a, "GET /api/parks/{code}/indicators/{year}", p + "/indicators/2025", v, true);
            single(a, "GET /api/parks/{code}/indicators/{year}/history", p + "/indicators/2025/history", v, true);
        }
        for (Scoped project : fixtures.projects) {
            boolean v = project.visibleTo(a);
            String p = "/api/projects/" + project.key();
            single(a, "GET /api/projects/{code}", p, v, false);
            single(a, "GET /api/projects/{code}/blockers", p + "/blockers", v, false);
            single(a, "GET /api/projects/{code}/progress-reports", p + "/progress-reports", v, false);
            single(a, "GET /api/projects/{code}/stage-transitions", p + "/stage-transitions", v, false);
            single(a, "GET /api/policies/matches", "/api/policies/matches?projectId=" + fixtures.projectIds.get(project.key()),
                    v, false);
        }
        listed(a, "GET /api/parks", "/api/parks?limit=500&q=" + run, "items.code", fixtures.parks, parkCodes);
        listed(a, "GET /api/parks/export", "/api/parks/export?format=csv&q=" + run, null, fixtures.parks, parkCodes);
        listed(a, "GET /api/projects", "/api/projects?limit=500&q=" + run, "items.code", fixtures.projects, projectCodes);
        listed(a, "GET /api/projects/export", "/api/projects/export?format=csv&q=" + run, null, fixtures.projects, projectCodes);
        // Statistics by park name the parks of the projects counted: only those the caller may read.
        List<Scoped> projectParks = fixtures.projects.stream().map(pr -> fixtures.parks.stream()
                .filter(pk -> pk.scope().equals(pr.scope()) && pk.owner().equals(pr.owner())).findFirst().orElseThrow()).toList();
        listed(a, "GET /api/projects/stats", "/api/projects/stats?groupBy=park", null, projectParks,
                projectParks.stream().map(Scoped::key).toList());
        listed(a, "GET /api/projects/stats/export", "/api/projects/stats/export?groupBy=park", null, projectParks,
                projectParks.stream().map(Scoped::key).toList());
        for (String stats : List.of("/api/projects/stats?groupBy=province", "/api/projects/stats?groupBy=district")) {
            probe.get(a, "GET /api/projects/stats", stats);
        }
        probe.get(a, "GET /api/projects/rankings", "/api/projects/rankings?month=" + today().toString().substring(0, 7));
        probe.get(a, "GET /api/projects/rankings/export", "/api/projects/rankings/export?month="
                + today().toString().substring(0, 7));
        // The designation changes of every park the caller reads: the leak search holds them to those parks.
        Response changes = probe.get(a, "GET /api/parks/designation-changes", "/api/parks/designation-changes?limit=500");
        probe.check(changes.statusCode() == 200, a.name() + " GET /api/parks/designation-changes: " + changes.statusCode());
        probe.get(a, "GET /api/projects/blockers", "/api/projects/blockers?limit=500");
        probe.get(a, "GET /api/parks/rankings", "/api/parks/rankings?year=2025&indicator=grossIndustrialOutput&limit=500");
        probe.get(a, "GET /api/parks/rankings/export", "/api/parks/rankings/export?year=2025&indicator=grossIndustrialOutput");
        probe.send(a, "POST /api/policies/matches", "/api/policies/matches",
                Map.of("industries", List.of(run, "automotive"), "district", "511623", "zone", "gaozhu"), Map.of());
    }

    void cases(Account a) {
        for (Scoped kase : fixtures.cases) {
            boolean v = kase.visibleTo(a);
            String p = CASES + kase.key();
            single(a, "GET /api/common-handling/cases/{number}", p, v, false);
            single(a, "GET /api/common-handling/cases/{number}/timeline", p + "/timeline", v, false);
            single(a, "GET /api/common-handling/cases/{number}/timeline/verify", p + "/timeline/verify", v, false);
            // Staff notes: 404 outside the case's scope, as every read; 403 for an external system even on its own case.
            Response notes = probe.get(a, "GET /api/common-handling/cases/{number}/notes", p + "/notes");
            int expected = !v ? 404 : a.external() ? 403 : 200;
            probe.check(notes.statusCode() == expected, a.name() + " GET " + p + "/notes: " + notes.statusCode()
                    + ", expected " + expected);
            if (v) {
                Response r = probe.get(a, "GET /api/common-handling/cases/{number}", p);
                String shown = r.jsonPath().getString("applicant.idNumber");
                boolean full = kase.idInFullFor(a);
                probe.check(full ? kase.idNumber().equals(shown)
                                : shown != null && shown.matches("\\d{4}\\*+[0-9X]{4}"),
                        a.name() + " sees the resident ID of " + kase.label() + " as " + shown + "; the rule table says "
                                + (full ? "in full" : "masked"));
            }
        }
        for (Scoped kase : fixtures.cases) {
            listed(a, "GET /api/common-handling/cases", "/api/common-handling/cases?limit=500&q=" + kase.key(),
                    "items.number", List.of(kase), List.of(kase.key()));
        }
        // Who saw personal data: a province-admin reads its province's cases' entries (the leak search holds it to
        // the cases it may see, and to no identifier); everyone else is refused.
        Response seen = probe.get(a, "GET /api/common-handling/personal-data-access",
                "/api/common-handling/personal-data-access?limit=500");
        probe.check(seen.statusCode() == (a.role().equals("province-admin") ? 200 : 403), a.name()
                + " GET /api/common-handling/personal-data-access: " + seen.statusCode());
        // The supervisors' summary names yellow and red cases: the leak search holds it to what the caller reads.
        Response lights = probe.get(a, "GET /api/common-handling/supervision", "/api/common-handling/supervision");
        probe.check(lights.statusCode() == 200, a.name() + " GET /api/common-handling/supervision: " + lights.statusCode());
        Response days = probe.get(a, "GET /api/common-handling/stats/working-days", "/api/common-handling/stats/working-days");
        probe.check(days.statusCode() == 200, a.name() + " GET /api/common-handling/stats/working-days: " + days.statusCode());
        // The statistics by month and the dashboards' files: the leak search holds them to what the caller reads.
        for (String read : List.of("/api/common-handling/stats/monthly", "/api/common-handling/stats/export",
                "/api/common-handling/stats/monthly/export", "/api/common-handling/stats/working-days/export",
                "/api/common-handling/supervision/export")) {
            Response r = probe.get(a, "GET " + read, read);
            probe.check(r.statusCode() == 200, a.name() + " GET " + read + ": " + r.statusCode());
        }
        // The deadline extensions of the cases the caller reads (the inbox): the leak search holds them to those cases.
        Response extensions = probe.get(a, "GET /api/common-handling/extensions", "/api/common-handling/extensions?limit=500");
        probe.check(extensions.statusCode() == 200, a.name() + " GET /api/common-handling/extensions: "
                + extensions.statusCode());
        Response queue = probe.get(a, "GET /api/common-handling/cases", "/api/common-handling/cases?limit=500");
        probe.check(queue.statusCode() == 200 && masksEveryId(queue), a.name()
                + " GET /api/common-handling/cases: lists always mask resident ID numbers: " + queue.statusCode());
    }

    static boolean masksEveryId(Response queue) {
        List<String> ids = queue.jsonPath().getList("items.applicant.idNumber");
        return ids == null || ids.stream().allMatch(id -> id == null || id.contains("*"));
    }

    void policies(Account a) {
        for (Draft d : fixtures.drafts) {
            boolean v = d.visibleTo(a);
            String p = "/api/policies/" + d.id();
            single(a, "GET /api/policies/{id}", p, v, false);
            single(a, "GET /api/policies/{id}/versions", p + "/versions", v, false);
            single(a, "GET /api/policies/{id}/versions/{a}/diff/{b}", p + "/versions/1/diff/1", v, false);
        }
        for (Draft d : fixtures.drafts) {
            String path = "/api/policies?limit=500&documentNumber=" + d.documentNumber();
            Response list = probe.get(a, "GET /api/policies", path);
            probe.check(list.statusCode() == 200, a.name() + " GET " + path + ": " + list.statusCode());
            if (list.statusCode() == 200) {
                boolean listed = list.jsonPath().getList("items.id", Long.class).contains(d.id());
                probe.check(listed == d.visibleTo(a), a.name() + " GET " + path + ": " + d.label() + " listed="
                        + listed + ", the rule table says " + d.visibleTo(a));
            }
        }
        // Full-text search and the drafts filter: the other province's drafts never appear (leak search).
        probe.get(a, "GET /api/policies", "/api/policies?limit=500&q=越权扫描草案");
        probe.get(a, "GET /api/policies", "/api/policies?status=DRAFT&limit=500");
    }

    /** Every scoped write on a record the caller cannot see: 404, whatever the body or precondition. */
    void writesOutsideScope(Account a) {
        for (Scoped park : fixtures.parks) {
            if (park.visibleTo(a)) {
                continue;
            }
            String p = "/api/parks/" + park.key();
            String etag = etag(park.owner(), p);
            notFound(a, "PUT /api/parks/{code}", p, Map.of("name", "越权修改", "kind", "OTHER", "level", "MUNICIPAL",
                    "district", park.scope().district()), etag);
            notFound(a, "POST /api/parks/{code}/area-history", p + "/area-history",
                    Map.of("kind", "PLANNED", "areaKm2", 12.5, "effectiveOn", "2026-01-01"), null);
            notFound(a, "POST /api/parks/{code}/designations", p + "/designations",
                    Map.of("name", "国家级经济技术开发区", "year", 2026, "issuer", "商务部"), null);
            notFound(a, "DELETE /api/parks/{code}/designations/{id}", p + "/designations/1", null, null);
            notFound(a, "POST /api/parks/{code}/designation-changes/{id}/approvals", p + "/designation-changes/1/approvals", null, null);
            notFound(a, "POST /api/parks/{code}/designation-changes/{id}/rejection", p + "/designation-changes/1/rejection",
                    Map.of("reason", "越权驳回"), null);
            notFound(a, "PUT /api/parks/{code}/indicators/{year}", p + "/indicators/2025",
                    Map.of("enterprisesSettled", 10, "source", "越权扫描"), "\"1\"");
            notFound(a, "POST /api/parks/{code}/indicators/{year}/lock", p + "/indicators/2025/lock", null, "\"1\"");
        }
        for (Scoped project : fixtures.projects) {
            if (project.visibleTo(a)) {
                continue;
            }
            String p = "/api/projects/" + project.key();
            String etag = etag(project.owner(), p);
            notFound(a, "PUT /api/projects/{code}", p, Map.of("name", "越权修改", "investor", Map.of("name", "越权",
                            "creditCode", "91330100MA2E2E001L", "sourceRegion", "OTHER"), "industry", "automotive",
                    "parkCode", fixtures.parks.get(0).key(), "plannedInvestment", 1), etag);
            notFound(a, "POST /api/projects/{code}/blockers", p + "/blockers", Map.of("description", "越权",
                    "category", "LAND", "severity", "SMALL", "ownerDepartment", "越权局"), null);
            notFound(a, "POST /api/projects/{code}/blockers/{id}/resolve", p + "/blockers/1/resolve",
                    Map.of("resolution", "越权"), null);
            notFound(a, "POST /api/projects/{code}/progress-reports", p + "/progress-reports", Map.of("cadence", "MONTHLY",
                    "periodStart", "2026-01-01", "periodEnd", "2026-01-31", "completedInPeriod", 1), null);
            notFound(a, "POST /api/projects/{code}/stage-transitions", p + "/stage-transitions",
                    Map.of("to", "SIGNED", "on", "2026-01-15"), etag);
        }
        for (Scoped kase : fixtures.cases) {
            if (kase.visibleTo(a)) {
                continue;
            }
            String p = CASES + kase.key();
            String etag = etag(kase.owner(), p);
            notFound(a, "POST /api/common-handling/cases/{number}/transitions", p + "/transitions", Map.of("action", "ACCEPT"), etag);
            notFound(a, "POST /api/common-handling/cases/{number}/supplements", p + "/supplements",
                    Map.of("action", "SUPPLEMENT_ARRIVED", "comment", "越权"), etag);
            notFound(a, "POST /api/common-handling/cases/{number}/notes", p + "/notes", Map.of("text", "越权备注"), null);
            Map<String, Object> self = Map.of("realm", a.province(), "username", a.name());
            notFound(a, "PUT /api/common-handling/cases/{number}/assignee", p + "/assignee",
                    Map.of("side", "HANDLING", "assignee", self), etag);
            notFound(a, "POST /api/common-handling/assignments", "/api/common-handling/assignments",
                    Map.of("assignments", List.of(Map.of("number", kase.key(), "side", "ACCEPTING", "assignee", self))), null);
            notFound(a, "POST /api/common-handling/cases/{number}/special-procedures", p + "/special-procedures",
                    Map.of("kind", "HEARING", "reason", "越权"), null);
            notFound(a, "POST /api/common-handling/cases/{number}/special-procedures/{id}/end",
                    p + "/special-procedures/1/end", null, null);
            notFound(a, "POST /api/common-handling/cases/{number}/extensions", p + "/extensions",
                    Map.of("workingDays", 3, "reason", "越权"), null);
            notFound(a, "POST /api/common-handling/cases/{number}/extensions/{id}/approval", p + "/extensions/1/approval",
                    Map.of("approve", true), null);
        }
        for (Draft d : fixtures.drafts) {
            if (d.visibleTo(a)) {
                continue;
            }
            String p = "/api/policies/" + d.id();
            String etag = etag(d.owner(), p);
            notFound(a, "PUT /api/policies/{id}", p, Map.of("department", "越权", "documentNumber", d.documentNumber(),
                    "title", "越权修改", "kind", "INVESTMENT_PROMOTION", "validFrom", "2026-01-01", "text", "越权。"), etag);
            notFound(a, "POST /api/policies/{id}/status", p + "/status", Map.of("status", "PUBLISHED"), etag);
            notFound(a, "POST /api/policies/{id}/approvals", p + "/approvals", Map.of("version", 1), null);
            notFound(a, "POST /api/policies/{id}/rejection", p + "/rejection", Map.of("reason", "越权驳回", "version", 1), null);
            notFound(a, "DELETE /api/policies/{id}", p, null, etag);
        }
    }

    /**
     * Creating names a scope rather than a record: a park in a scope the caller cannot write is 403 and
     * is not stored; a project in a park the caller cannot see is refused exactly like one in a park that
     * does not exist (422 on parkCode), so the answer does not reveal the park.
     */
    void createsOutsideScope(Account a) {
        Scoped linshui = fixtures.parks.get(0);
        if (!a.writes(linshui.scope())) {
            String code = fixtures.run + "-x-" + a.name();
            Response r = probe.send(a, "POST /api/parks", "/api/parks", Map.of("code", code, "name", "越权登记园",
                    "kind", "OTHER", "level", "MUNICIPAL", "district", linshui.scope().district()), Map.of());
            probe.check(r.statusCode() == 403, a.name() + " POST /api/parks in " + linshui.scope()
                    + " (not writable): expected 403, got " + r.statusCode() + " " + Probe.abbreviate(r.asString()));
            Response after = probe.as(Jurisdiction.account("joint-office-sc")).get("/api/parks/" + code);
            probe.check(after.statusCode() == 404, "a refused park registration by " + a.name() + " was stored: " + code);
        }
        if (a.external() || a.role().equals("viewer")) {
            return; // they may create no project anywhere: writability, not visibility, answers
        }
        for (Scoped park : fixtures.parks) {
            if (park.visibleTo(a)) {
                continue;
            }
            Response hidden = probe.send(a, "POST /api/projects", "/api/projects", project(a, park.key()), Map.of());
            Response missing = probe.send(a, "POST /api/projects", "/api/projects",
                    project(a, fixtures.run + "-no-such-park"), Map.of());
            probe.check(hidden.statusCode() == 422 && hidden.statusCode() == missing.statusCode()
                            && String.valueOf(hidden.jsonPath().getList("errors")).equals(String.valueOf(
                            missing.jsonPath().getList("errors"))),
                    a.name() + " POST /api/projects in " + park.label() + " (not visible) answered " + hidden.statusCode()
                            + " " + Probe.abbreviate(hidden.asString()) + ", in a park that does not exist "
                            + missing.statusCode() + " " + Probe.abbreviate(missing.asString()));
        }
    }

    int invisibleIdentifierWrites;

    /**
     * An identifier of a record the caller cannot see never collides (docs/security.md, finding 8): a
     * province-admin registers, and renames its own draft to, the document number of each draft it cannot see, and
     * both succeed (a 409 would reveal the draft). Its own policies are deleted at once, outside the probe, since
     * their answers rightly carry the number that the sweep otherwise watches for. Every account that may register
     * projects registers the code of each project it cannot see, in that project's park and in a park it may write
     * in: never 409 (a code begins with its park's, ADR 0003). Park codes are one public namespace by decision
     * (docs/parks.md).
     */
    void identifiersOfInvisibleRecords(Account a) {
        projectCodesOfInvisibleProjects(a);
        if (!a.role().equals("province-admin")) {
            return;
        }
        for (Draft d : fixtures.drafts) {
            if (d.visibleTo(a)) {
                continue;
            }
            Response created = probe.as(a).body(Map.of("joint", false, "policy", policy(d.documentNumber())))
                    .post("/api/policies");
            invisibleIdentifierWrites++;
            probe.check(created.statusCode() == 201, a.name() + " POST /api/policies with the document number of "
                    + d.label() + " (not visible): expected 201, got " + created.statusCode());
            deleteOwn(a, created);

            String fresh = "扫描" + "〔2026〕" + (10000 + (System.nanoTime() % 80000)) + "号";
            Response own = probe.as(a).body(Map.of("joint", false, "policy", policy(fresh))).post("/api/policies");
            if (own.statusCode() == 201) {
                String path = "/api/policies/" + own.jsonPath().getLong("id");
                Response renamed = probe.as(a).header("If-Match", probe.as(a).get(path).header("ETag"))
                        .body(Map.of("policy", policy(d.documentNumber()))).put(path);
                invisibleIdentifierWrites++;
                probe.check(renamed.statusCode() == 200, a.name() + " PUT " + path + " renamed to the document number of "
                        + d.label() + " (not visible): expected 200, got " + renamed.statusCode());
            }
            deleteOwn(a, own);
        }
    }

    void projectCodesOfInvisibleProjects(Account a) {
        if (!Set.of("district-clerk", "province-admin", "cross-province-admin").contains(a.role())) {
            return; // they may register no project anywhere
        }
        Scoped writable = fixtures.parks.stream().filter(p -> a.writes(p.scope())).findFirst().orElse(null);
        for (Scoped project : fixtures.projects) {
            if (project.visibleTo(a)) {
                continue;
            }
            String code = project.key();
            String ownPark = code.substring(0, code.indexOf('.'));
            Response inItsPark = probe.send(a, "POST /api/projects", "/api/projects", project(a, ownPark, code), Map.of());
            invisibleIdentifierWrites++;
            probe.check(inItsPark.statusCode() == 422 && String.valueOf(inItsPark.jsonPath().getList("errors.field"))
                            .equals("[parkCode]"), a.name() + " POST /api/projects with the code of " + project.label()
                            + " (not visible) in its park: expected 422 on parkCode, got " + inItsPark.statusCode() + " "
                            + Probe.abbreviate(inItsPark.asString()));
            if (writable == null) {
                continue;
            }
            Response inOwnPark = probe.send(a, "POST /api/projects", "/api/projects",
                    project(a, writable.key(), code), Map.of());
            invisibleIdentifierWrites++;
            probe.check(inOwnPark.statusCode() == 400 && String.valueOf(inOwnPark.jsonPath().getList("errors.field"))
                            .equals("[parkCode]"), a.name() + " POST /api/projects with the code of " + project.label()
                            + " (not visible) in " + writable.label() + ": expected 400 on parkCode, got "
                            + inOwnPark.statusCode() + " " + Probe.abbreviate(inOwnPark.asString()));
        }
    }

    Map<String, Object> policy(String number) {
        return Map.of("department", "越权扫描部门", "documentNumber", number, "title", "文号归属扫描",
                "kind", "INVESTMENT_PROMOTION", "validFrom", "2026-01-01", "text", "一、扫描。");
    }

    void deleteOwn(Account a, Response created) {
        if (created.statusCode() == 201) {
            String path = "/api/policies/" + created.jsonPath().getLong("id");
            probe.as(a).header("If-Match", probe.as(a).get(path).header("ETag")).delete(path).then().statusCode(204);
        }
    }

    Map<String, Object> project(Account a, String park) {
        return project(a, park, park + ".xp-" + a.name());
    }

    Map<String, Object> project(Account a, String park, String code) {
        return Map.of("code", code, "name", "越权登记项目",
                "investor", Map.of("name", "越权投资有限公司", "creditCode", "91330100MA2E2E001L", "sourceRegion", "OTHER"),
                "industry", "automotive", "parkCode", park, "plannedInvestment", 1);
    }

    void notFound(Account a, String operation, String path, Object body, String ifMatch) {
        Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
        Response r = probe.send(a, operation, path, body, headers);
        probe.check(r.statusCode() == 404, a.name() + " " + operation.substring(0, operation.indexOf(' ')) + " " + path
                + (ifMatch == null ? "" : " (If-Match " + ifMatch + ")") + " body " + body
                + " on a record outside its scope: expected 404, got " + r.statusCode() + " " + Probe.abbreviate(r.asString()));
    }

    final Map<String, String> ownerViews = new HashMap<>();

    String etag(Account owner, String path) {
        Response r = probe.as(owner).get(path);
        ownerViews.putIfAbsent(path, owner.name() + "\n" + r.header("ETag") + "\n" + r.asString());
        return r.header("ETag");
    }

    /** After every refused write, each record reads exactly as its owner saw it before. */
    void ownersSeeTheirRecordsUnchanged() {
        ownerViews.forEach((path, before) -> {
            Account owner = Jurisdiction.account(before.substring(0, before.indexOf('\n')));
            Response r = probe.as(owner).get(path);
            String after = owner.name() + "\n" + r.header("ETag") + "\n" + r.asString();
            probe.check(stable(before).equals(stable(after)), path + " changed after writes outside scope were refused:\n"
                    + before + "\n→\n" + after);
        });
    }

    /** Fields that move with time, not with writes (deadlines counted from today). */
    static String stable(String view) {
        return view.replaceAll("\"workingDaysRemaining\":-?\\d+", "").replaceAll("\"allowedActions\":\\[[^]]*]", "");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The first day the statistics read: fixed at the first reading, so that the two readings cover the same days. */
    LocalDate statsFrom;

    /**
     * Cases of the sweep's item received on the sweep's first day or the next, counted once (by the accepting
     * side), per account: a sweep that runs past midnight (Asia/Shanghai) still compares like with like.
     */
    Map<String, Integer> caseStats() {
        if (statsFrom == null) {
            statsFrom = today();
        }
        Map<String, Integer> out = new HashMap<>();
        for (Account a : Jurisdiction.ACCOUNTS) {
            Response r = probe.get(a, "GET /api/common-handling/stats", "/api/common-handling/stats?from=" + statsFrom
                    + "&to=" + statsFrom.plusDays(1) + "&item=" + STATS_ITEM);
            probe.check(r.statusCode() == 200, a.name() + " case statistics: " + r.statusCode() + " " + Probe.abbreviate(r.asString()));
            List<Map<String, Object>> rows = r.statusCode() == 200 ? r.jsonPath().getList("rows") : List.of();
            out.put(a.name(), rows.stream().filter(row -> "ACCEPTING".equals(row.get("side")))
                    .mapToInt(row -> ((Number) row.get("received")).intValue()).sum());
        }
        return out;
    }

    /**
     * The fixtures change each account's count by exactly the number of them it may read (the item is
     * one nobody else files; two sweeps running at the same moment would disturb each other here).
     */
    void caseStatisticsCountOnlyWhatTheCallerReads(Map<String, Integer> before) {
        Map<String, Integer> after = caseStats();
        for (Account a : Jurisdiction.ACCOUNTS) {
            long visible = fixtures.cases.stream().filter(c -> c.visibleTo(a)).count();
            int delta = after.get(a.name()) - before.get(a.name());
            probe.check(delta == visible, a.name() + " case statistics grew by " + delta + " for the sweep's cases; "
                    + "the rule table says " + visible + " (before " + before.get(a.name()) + ", after "
                    + after.get(a.name()) + ")");
        }
    }
}
