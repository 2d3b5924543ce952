package org.chuanyu.e2e.sweep;

import org.chuanyu.e2e.sweep.Jurisdiction.Account;
import org.chuanyu.e2e.sweep.Jurisdiction.RecordScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.chuanyu.e2e.sweep.Jurisdiction.account;

/**
 * The records the sweep creates at its start, one per owner, with codes unique to the run, and who
 * may see each by the rule table.
 */
public final class Fixtures {

    /** A park, project or case with its scope(s); {@code submitter} is the external system that filed it. */
    public record Scoped(String label, String key, Account owner, RecordScope scope, RecordScope handling,
                         String submitter, String applicantName, String idNumber) {

        public boolean visibleTo(Account a) {
            if (a.external()) {
                return a.name().equals(submitter);
            }
            return a.reads(scope) || (handling != null && a.reads(handling));
        }

        /** Resident ID numbers in full: the accepting and handling sides, and the submitting system. */
        public boolean idInFullFor(Account a) {
            return a.name().equals(submitter) || (!a.external() && (a.writes(scope) || a.writes(handling)));
        }
    }

    /** A draft policy and its issuing province. */
    public record Draft(String label, long id, String documentNumber, String title, String province, Account owner) {

        public boolean visibleTo(Account a) {
            return a.readsDraftOf(province, false);
        }
    }

    /**
     * The catalogue item of the sweep's cases: one the demo data and the other end-to-end tests do not
     * file, so the day's statistics for it move only with the sweep's own cases.
     */
    public static final String ITEM = "zhiye-zige-hecha";

    public final String run;
    public final List<Scoped> parks = new ArrayList<>();
    public final List<Scoped> projects = new ArrayList<>();
    public final Map<String, String> projectIds = new java.util.HashMap<>();
    public final List<Scoped> cases = new ArrayList<>();
    public final List<Draft> drafts = new ArrayList<>();
    private final Probe probe;
    private int serial;

    public Fixtures(Probe probe) {
        this.probe = probe;
        this.run = "sw" + Long.toString(System.currentTimeMillis(), 36);
    }

    public void create() {
        park("park in Linshui", "ls", "linshui-clerk", new RecordScope("sichuan", "511623", null));
        park("park in Yubei", "yb", "yubei-clerk", new RecordScope("chongqing", "500112", null));
        park("Gaozhu park in Yubei", "gz", "yubei-clerk", new RecordScope("chongqing", "500112", "gaozhu"));
        project("project in a Sichuan park", "sc", "linshui-clerk", parks.get(0));
        project("project in a Chongqing park", "cq", "yubei-clerk", parks.get(1));
        kase("case Linshui→Linshui", "linshui-clerk", "511623", "511623", "甲");
        kase("case Yubei→Yubei", "yubei-clerk", "500112", "500112", "乙");
        kase("case Rongchang→Longchang", "rongchang-clerk", "500153", "511083", "丙");
        kase("case of 天府通办 Linshui→Yubei", "tianfu-tongban", "511623", "500112", "丁");
        draft("draft Sichuan policy", "sc-admin", "sichuan", "川经信发");
        draft("draft Chongqing policy", "cq-admin", "chongqing", "渝经信发");
    }

    /**
     * A Gaozhu park on the Yubei side and a project on it with a blocker and a progress report, all yubei-clerk's:
     * the source the sweep moves (docs/security.md, finding 1).
     */
    public Moving moving() {
        RecordScope scope = new RecordScope("chongqing", "500112", "gaozhu");
        String park = run + "-park-mv";
        probe.as(account("yubei-clerk")).body(parkBody(park, scope)).post("/api/parks").then().statusCode(201);
        String project = park + ".proj-mv";
        probe.as(account("yubei-clerk")).body(Map.of("code", project, "name", "越权扫描迁移项目" + project,
                        "investor", Map.of("name", "越权扫描投资有限公司", "creditCode", Identifiers.creditCode("330100", "MA2E2E003"),
                                "sourceRegion", "YANGTZE_RIVER_DELTA"),
                        "industry", "automotive", "parkCode", park, "plannedInvestment", 100000000))
                .post("/api/projects").then().statusCode(201);
        probe.as(account("yubei-clerk")).body(Map.of("description", "越权扫描迁移问题" + run, "category", "POWER",
                        "severity", "SMALL", "ownerDepartment", "区发展改革委"))
                .post("/api/projects/" + project + "/blockers").then().statusCode(201);
        probe.as(account("yubei-clerk")).body(Map.of("cadence", "MONTHLY", "periodStart", "2026-01-01",
                        "periodEnd", "2026-01-31", "completedInPeriod", 1000000, "narrative", "越权扫描迁移进度" + run))
                .post("/api/projects/" + project + "/progress-reports").then().statusCode(201);
        Moving moving = new Moving(park, project, scope);
        probe.hideSubject(project, "project of the moving park", moving::visibleTo);
        probe.hide("越权扫描迁移问题" + run, "blocker of the moving park's project", moving::visibleTo);
        probe.hide("越权扫描迁移进度" + run, "progress report of the moving park's project", moving::visibleTo);
        return moving;
    }

    /** A park's registration or edit body in {@code scope}. */
    public static Map<String, Object> parkBody(String code, RecordScope scope) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "越权扫描园" + code,
                "kind", "OTHER", "level", "MUNICIPAL", "district", scope.district()));
        if (scope.zone() != null) {
            body.put("zone", scope.zone());
        }
        return body;
    }

    private static String province(String district) {
        return district.startsWith("51") ? "sichuan" : "chongqing";
    }

    private void park(String label, String suffix, String owner, RecordScope scope) {
        String code = run + "-park-" + suffix;
        probe.as(account(owner)).body(parkBody(code, scope)).post("/api/parks").then().statusCode(201);
        Scoped park = new Scoped(label, code, account(owner), scope, null, null, null, null);
        parks.add(park);
        probe.hideSubject(code, label, park::visibleTo);
    }

    private void project(String label, String suffix, String owner, Scoped park) {
        String code = park.key() + ".proj-" + suffix;
        var created = probe.as(account(owner)).body(Map.of("code", code, "name", "越权扫描项目" + code,
                        "investor", Map.of("name", "越权扫描投资有限公司", "creditCode", Identifiers.creditCode("330100", "MA2E2E002"),
                                "sourceRegion", "YANGTZE_RIVER_DELTA"),
                        "industry", "automotive", "parkCode", park.key(), "plannedInvestment", 100000000,
                        "transferredFromEast", true))
                .post("/api/projects").then().statusCode(201).extract().jsonPath();
        Object id = created.get("id");
        projectIds.put(code, id == null ? code : id.toString());
        Scoped project = new Scoped(label, code, account(owner), park.scope(), null, null, null, null);
        projects.add(project);
        probe.hideSubject(code, label, project::visibleTo);
    }

    private void kase(String label, String owner, String accepting, String handling, String tag) {
        Account by = account(owner);
        String name = "扫描" + tag + run;
        String idNumber = Identifiers.residentId(accepting, 1980 + serial, ++serial);
        String number = probe.as(by).header("Idempotency-Key", run + "-" + serial)
                .body(Map.of("itemCode", ITEM,
                        "applicant", Map.of("kind", "PERSON", "name", name, "idNumber", idNumber),
                        "acceptingDistrict", accepting, "handlingDistrict", handling))
                .post("/api/common-handling/cases").then().statusCode(201).extract().path("number");
        Scoped kase = new Scoped(label, number, by, new RecordScope(province(accepting), accepting, null),
                new RecordScope(province(handling), handling, null), by.external() ? owner : null, name, idNumber);
        cases.add(kase);
        Predicate<Account> visible = kase::visibleTo;
        probe.hideSubject(number, label, visible);
        probe.hide(name, label + " (applicant)", visible);
        probe.hide(idNumber, label + " (resident ID in full)", kase::idInFullFor);
    }

    private void draft(String label, String owner, String province, String prefix) {
        String number = prefix + "〔2026〕" + (10000 + (System.nanoTime() % 80000)) + "号";
        String title = "越权扫描草案" + run + province;
        long id = probe.as(account(owner)).body(Map.of("joint", false, "policy", Map.of(
                        "department", prefix.startsWith("川") ? "四川省经济和信息化厅" : "重庆市经济和信息化委员会",
                        "documentNumber", number, "title", title, "kind", "INVESTMENT_PROMOTION",
                        "validFrom", "2026-01-01", "text", "一、扫描测试条款。",
                        "applicability", Map.of("industries", List.of(run)),
                        "benefits", List.of(Map.of("type", "ONE_OFF_REWARD", "description", "落地奖励",
                                "amountMin", 1000, "amountMax", 2000)))))
                .post("/api/policies").then().statusCode(201).extract().jsonPath().getLong("id");
        Draft draft = new Draft(label, id, number, title, province, account(owner));
        drafts.add(draft);
        probe.hide(number, label, draft::visibleTo);
        probe.hide(title, label, draft::visibleTo);
    }

    public List<Scoped> scoped() {
        List<Scoped> all = new ArrayList<>(parks);
        all.addAll(projects);
        all.addAll(cases);
        return all;
    }
}
