package org.chuanyu.e2e.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.chuanyu.e2e.fuzz.ApiDocument.Operation;
import org.chuanyu.e2e.hostile.Hostile;
import org.chuanyu.e2e.sweep.Identifiers;
import org.chuanyu.jurisdiction.testing.RealmTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the fuzzer decides per operation, in one place: which operations it leaves out and why, which
 * account sends each request (one allowed to write there, so the body's validation is reached), which record a
 * path parameter names (the fuzzer's own fixtures, created here, or shared reference data), how a write to shared
 * reference data is kept from changing it, and the values the stack knows that a property name hints at.
 */
public final class Sandbox {

    /** Operations not fuzzed, with the reason. Token endpoints are Keycloak's and not in the document. */
    public static final Map<String, String> SKIPPED = new LinkedHashMap<>();

    /**
     * Writes that would change shared reference data with nothing to guard them (no If-Match): only bodies the
     * document forbids are sent, each with a required field dropped, so that an accepted one is a finding, not a
     * new division, restructuring or pending proposal that other tests would then see.
     */
    public static final Map<String, String> REJECT_ONLY = new LinkedHashMap<>();

    /** Writes whose record is another test's pending proposal: aimed at a record that does not exist. */
    public static final Map<String, String> NO_SUCH_TARGET = new LinkedHashMap<>();

    /** POSTs that read (a query too large or too structured for a URL): nothing to snapshot. */
    public static final Map<String, String> READ_ONLY_POST = new LinkedHashMap<>();

    static {
        REJECT_ONLY.put("POST /api/divisions", "establishes a division in the shared registry");
        REJECT_ONLY.put("POST /api/divisions/changes", "restructures divisions (could abolish the demo districts)");
        REJECT_ONLY.put("POST /api/zones", "a pending zone proposal others may approve");
        REJECT_ONLY.put("POST /api/common-handling/items", "a pending catalogue item others may approve");
        NO_SUCH_TARGET.put("POST /api/common-handling/items/{code}/versions/{number}/rejection",
                "rejecting a pending version would end another test's proposal");
        NO_SUCH_TARGET.put("POST /api/zones/{code}/changes/{id}/rejection",
                "rejecting a pending zone change would end another test's proposal");
        READ_ONLY_POST.put("POST /api/policies/matches", "matches a profile against the policies in force");
        SKIPPED.put("GET /api/notifications/stream", "a live stream answers by staying open until the token expires "
                + "(its refusals are notifications' StreamTest)");
    }

    /** How a request's target record relates to the fuzzer. */
    public enum Target { OWN, SHARED, NONE }

    /** A path parameter's value and whose record it names. */
    record PathValue(String value, Target target) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public final String run = "fz" + Long.toString(System.currentTimeMillis(), 36);
    public String park;
    public String project;
    public String projectId;
    public String caseNumber;
    public String draftId;
    public String draftNumber;
    public String topicId;
    public String blockerId;
    private final Map<String, String> tokens = new HashMap<>();
    private int serial;

    /** The account that writes under a path (and reads the lists there). */
    public String account(Operation op) {
        String t = op.template();
        if (t.startsWith("/api/parks") || t.startsWith("/api/projects") || t.startsWith("/api/common-handling/cases")) {
            return "linshui-clerk";
        }
        return "sc-admin"; // policies, alignment topics and every kind of reference data
    }

    public String token(String account) {
        return tokens.computeIfAbsent(account, a -> a.equals("tianfu-tongban") || a.equals("yukuaiban")
                ? RealmTokens.serviceAccount(a) : RealmTokens.user(a));
    }

    /** Creates the fuzzer's own records: a park, a project in it with a blocker, a case, a draft policy, a topic. */
    public void createFixtures(Hostile h) {
        String clerk = token("linshui-clerk");
        String admin = token("sc-admin");
        park = run + "-park";
        created(h, "park", "POST", "/api/parks", clerk, Map.of("code", park, "name", "模糊测试园" + run, "kind", "OTHER",
                "level", "MUNICIPAL", "district", "511623", "zone", "gaozhu", "industries", List.of("automotive")), Map.of());
        project = park + ".proj";
        projectId = created(h, "project", "POST", "/api/projects", clerk, Map.of("code", project, "name", "模糊测试项目" + run,
                "investor", Map.of("name", "浙江模糊测试集团有限公司", "creditCode", Identifiers.creditCode("330100", "MA2E2E003"),
                        "sourceRegion", "YANGTZE_RIVER_DELTA"),
                "industry", "automotive", "parkCode", park, "plannedInvestment", 300000000, "transferredFromEast", true), Map.of())
                .path("id").asText(project);
        blockerId = created(h, "blocker", "POST", "/api/projects/" + project + "/blockers", clerk, Map.of("description", "模糊测试卡点",
                "category", "LAND", "severity", "SMALL", "ownerDepartment", "模糊测试局"), Map.of()).path("id").asText();
        caseNumber = created(h, "case", "POST", "/api/common-handling/cases", clerk, Map.of("itemCode", "yidi-jiuyi-beian",
                        "applicant", Map.of("kind", "PERSON", "name", "模糊测试", "idNumber", "511623199001011238"),
                        "acceptingDistrict", "511623", "handlingDistrict", "500112"),
                Map.of("Idempotency-Key", run + "-case")).path("number").asText();
        draftNumber = "川模测〔2026〕" + (10000 + System.nanoTime() % 80_000) + "号";
        draftId = created(h, "draft", "POST", "/api/policies", admin, Map.of("joint", false, "policy", Map.of(
                "department", "四川省模糊测试厅", "documentNumber", draftNumber, "title", "模糊测试政策 " + run,
                "kind", "INVESTMENT_PROMOTION", "validFrom", "2026-01-01", "text", "一、测试。",
                "applicability", Map.of("industries", List.of(run)),
                "benefits", List.of(Map.of("type", "ONE_OFF_REWARD", "description", "奖励", "amountMin", 1000, "amountMax", 2000)))),
                Map.of()).path("id").asText();
        topicId = created(h, "topic", "POST", "/api/policies/alignment-topics", admin, Map.of("code", run + "-topic",
                "title", "模糊测试议题" + run, "parameters", List.of()), Map.of()).path("id").asText();
    }

    private com.fasterxml.jackson.databind.JsonNode created(Hostile h, String what, String method, String path, String token,
                                                            Object body, Map<String, String> headers) {
        try {
            Hostile.Answer a = h.send("fixture", what, method, path, token, "application/json", JSON.writeValueAsBytes(body), headers);
            if (a.status() != 201 && a.status() != 200) {
                throw new IllegalStateException("cannot create the fuzzer's " + what + ": " + a.status() + " " + a.body());
            }
            return a.json();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of a path parameter: named by the segment before it. */
    PathValue pathValue(Operation op, String parameter, String before) {
        String name = op.name();
        if (NO_SUCH_TARGET.containsKey(name) && op.template().endsWith("{" + parameter + "}/rejection")) {
            return new PathValue("999999999", Target.NONE);
        }
        return switch (before) {
            case "parks" -> new PathValue(park, Target.OWN);
            case "projects" -> new PathValue(project, Target.OWN);
            case "cases" -> new PathValue(caseNumber, Target.OWN);
            case "policies" -> new PathValue(draftId, Target.OWN);
            case "alignment-topics" -> new PathValue(topicId, Target.OWN);
            case "blockers" -> new PathValue(blockerId, Target.OWN);
            case "indicators" -> new PathValue("2025", Target.OWN);
            case "calendar" -> new PathValue("2026", Target.SHARED);
            case "divisions" -> new PathValue("511623", Target.SHARED);
            case "zones" -> new PathValue("gaozhu", Target.SHARED);
            case "items" -> new PathValue("yidi-jiuyi-beian", Target.SHARED);
            default -> new PathValue("1", Target.NONE); // versions, changes, designations, diff ends: a low id
        };
    }

    /** Whose record the operation's first path parameter names (NONE without one). */
    public Target target(Operation op) {
        String[] segments = op.template().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                return pathValue(op, segments[i].substring(1, segments[i].length() - 1), segments[i - 1]).target();
            }
        }
        return Target.NONE;
    }

    /**
     * Only bodies the document forbids: the listed operations, and any write to shared reference data that has no
     * If-Match to keep it from applying.
     */
    public boolean rejectOnly(Operation op) {
        return REJECT_ONLY.containsKey(op.name()) || !op.method().equals("GET") && target(op) == Target.SHARED
                && !op.headers().contains("If-Match") && !NO_SUCH_TARGET.containsKey(op.name())
                && !READ_ONLY_POST.containsKey(op.name());
    }

    /** Path parameters from fixtures, and one in ten replaced by nonsense. */
    public Arbitrary<Resolved> paths(Operation op) {
        String[] segments = op.template().split("/");
        List<Arbitrary<String[]>> parts = new ArrayList<>();
        Target target = null;
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                PathValue v = pathValue(op, s.substring(1, s.length() - 1), segments[i - 1]);
                if (target == null) {
                    target = v.target();
                }
                parts.add(Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(12, Arbitraries.just(new String[]{v.value(), ""})),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(NONSENSE).map(n -> new String[]{n, "nonsense {" + s + "}"}))));
            } else {
                parts.add(Arbitraries.just(new String[]{s, ""}));
            }
        }
        Target owner = target == null ? Target.NONE : target;
        return net.jqwik.api.Combinators.combine(parts).as(list -> {
            StringBuilder path = new StringBuilder();
            StringBuilder note = new StringBuilder();
            for (String[] p : list) {
                path.append('/').append(p[0]);
                note.append(p[1]);
            }
            return new Resolved(path.toString(), note.length() == 0 ? owner : Target.NONE, note.toString());
        });
    }

    /** A concrete path, whose record it names, and what nonsense it carries (empty when none). */
    public record Resolved(String path, Target target, String nonsense) {
    }

    static final List<String> NONSENSE = List.of("0", "-1", "99999999999999999999", "1e400", "%27%20OR%20%271%27%3D%271",
            "%E5%B7%9D%EF%BC%95", "..%2F..%2Fadmin", "%00", "%ED%A0%80", "x".repeat(300), "null", "%20");

    /** Values the stack knows, by property or parameter name (null: none). */
    public Arbitrary<String> hint(String name) {
        return switch (name) {
            case "district", "acceptingDistrict", "handlingDistrict" -> Arbitraries.of("511623", "511623", "500112", "511083");
            case "division", "parent" -> Arbitraries.of("511623", "500112", "510000", "500000");
            case "zone" -> Arbitraries.of("gaozhu", "rongchang-longchang");
            case "parkCode", "park" -> Arbitraries.just(park);
            case "industry", "industries" -> Arbitraries.of("automotive", "equipment", "electronics");
            case "itemCode", "item" -> Arbitraries.of("yidi-jiuyi-beian", "qiye-zhusuo-biangeng");
            case "creditCode" -> Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(9)
                    .map(s -> Identifiers.creditCode("330100", s));
            case "province" -> Arbitraries.of("sichuan", "chongqing");
            case "projectId" -> Arbitraries.just(projectId);
            case "documentNumber" -> Arbitraries.just(draftNumber);
            case "indicator" -> Arbitraries.of("grossIndustrialOutput", "enterprisesSettled", "rdShare", "taxRevenue");
            case "limit" -> Arbitraries.of("1", "20", "100", "500", "501", "0");
            case "month" -> Arbitraries.integers().between(1, 12).map(m -> String.format("2026-%02d", m));
            case "year" -> Arbitraries.of("2025", "2026", "1979", "2101");
            case "groupBy" -> Arbitraries.of("province", "district", "park", "industry");
            case "format" -> Arbitraries.of("csv", "xlsx", "json");
            case "overdue", "joint", "transferred" -> Arbitraries.of("true", "false", "yes");
            case "asOf", "validOn", "from", "to", "dueBefore" -> Values.dates();
            case "cursor" -> Arbitraries.of("eyJrIjoxfQ", "AAAA", "not-a-cursor");
            default -> null;
        };
    }

    public synchronized String idempotencyKey() {
        return run + "-" + (++serial);
    }
}
