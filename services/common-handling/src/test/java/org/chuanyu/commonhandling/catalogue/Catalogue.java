package org.chuanyu.commonhandling.catalogue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** The catalogue API as the demo accounts call it, with real tokens, and drafts of test-only items. */
final class Catalogue {

    static final String ITEMS = "/api/common-handling/items";
    static final List<String> ACCOUNTS = List.of("sc-admin", "linshui-clerk", "longchang-clerk", "sc-viewer",
            "joint-office-sc", "tianfu-tongban", "cq-admin", "yubei-clerk", "rongchang-clerk", "joint-office-cq", "yukuaiban");
    static final List<String> NON_ADMINS = List.of("linshui-clerk", "yubei-clerk", "sc-viewer", "tianfu-tongban", "yukuaiban");

    private Catalogue() {
    }

    /** A code no other test (or earlier run) uses. */
    static String uniqueCode(String prefix) {
        return "test-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid draft of a proxy-acceptance item, effective on {@code from}; tests change what they need. */
    static Map<String, Object> draft(String code, LocalDate from) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("code", code);
        draft.put("name", "测试事项 " + code);
        draft.put("nameEn", "Test item " + code);
        draft.put("batch", 4);
        draft.put("goLiveOn", from.toString());
        draft.put("mode", "PROXY_ACCEPTANCE");
        draft.put("acceptanceWorkingDays", 1);
        draft.put("decisionWorkingDays", 5);
        List<Map<String, Object>> materials = new ArrayList<>();
        materials.add(material("shenqingshu", "申请书", true));
        materials.add(material("yingye-zhizhao", "营业执照", false));
        draft.put("materials", materials);
        draft.put("departments", new LinkedHashMap<>(Map.of("sichuan", "四川省市场监督管理局", "chongqing", "重庆市市场监督管理局")));
        draft.put("effectiveFrom", from.toString());
        draft.put("reason", "测试");
        return draft;
    }

    static Map<String, Object> material(String code, String name, boolean mandatory) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("mandatory", mandatory);
        return m;
    }

    static Response proposeItem(String account, Map<String, Object> draft) {
        return as(account).contentType("application/json").body(draft).post(ITEMS);
    }

    static Response proposeVersion(String account, String code, String ifMatch, Map<String, Object> draft) {
        RequestSpecification request = as(account).contentType("application/json").body(draft);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(ITEMS + "/" + code + "/versions");
    }

    static Response approve(String account, String code, int number) {
        return as(account).post(ITEMS + "/" + code + "/versions/" + number + "/approvals");
    }

    static Response reject(String account, String code, int number, String reason) {
        return as(account).contentType("application/json").body(Map.of("reason", reason))
                .post(ITEMS + "/" + code + "/versions/" + number + "/rejection");
    }

    static Response item(String code) {
        return as("sc-viewer").get(ITEMS + "/" + code);
    }

    static String etag(String code) {
        return item(code).then().statusCode(200).extract().header("ETag");
    }

    /** Proposes a new item as sc-admin and has both provinces approve it. */
    static void recordApproved(String code, LocalDate from) {
        proposeItem("sc-admin", draft(code, from)).then().statusCode(201);
        approve("sc-admin", code, 1).then().statusCode(200);
        approve("cq-admin", code, 1).then().statusCode(200);
    }
}
