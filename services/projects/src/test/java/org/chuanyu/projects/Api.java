package org.chuanyu.projects;

import io.restassured.response.ValidatableResponse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.chuanyu.jurisdiction.testing.Accounts.as;

/** Calls to the projects API as the dev realms' demo accounts (real tokens), and fixture drafts. */
public final class Api {

    /** A suffix unique to this test run, so runs never collide with rows an earlier run left. */
    public static final String RUN = Long.toString(System.nanoTime(), 36);

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Api() {
    }

    /** A unique project code for this run in {@code park} (a project's code begins with its park's). */
    public static String code(String park, String name) {
        return park + "." + name + "-" + RUN;
    }

    /**
     * A valid unified social credit code (GB 32100) registered in {@code division}: the check character is
     * computed here independently of the library, so the test also checks the library's rule.
     */
    public static String creditCode(String division, String serial) {
        String body = "91" + division + String.format("%9s", serial).replace(' ', '0');
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return body + ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public static Map<String, Object> draft(String code, String parkCode) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("name", "测试项目 " + code);
        draft.put("nameEn", "Test project " + code);
        draft.put("investor", Map.of("name", "浙江测试集团有限公司", "creditCode", creditCode("330100", "MA2A0001"),
                "origin", "浙江省", "sourceRegion", "YANGTZE_RIVER_DELTA"));
        draft.put("industry", "packaging");
        draft.put("parkCode", parkCode);
        draft.put("plannedInvestment", new BigDecimal("1800000000"));
        draft.put("currency", "CNY");
        draft.put("annualPlans", Map.of("2026", 600000000));
        draft.put("leader", "王副区长");
        draft.put("taskForce", "测试项目专班");
        draft.put("transferredFromEast", true);
        draft.put("keyLevel", "CITY");
        draft.put("milestones", Map.of("SIGNED", Map.of("planned", "2026-03-31"),
                "STARTED", Map.of("planned", "2026-06-30")));
        return draft;
    }

    public static ValidatableResponse create(String account, String code, String parkCode) {
        return as(account).body(draft(code, parkCode)).post("/api/projects").then();
    }

    public static String etag(String account, String code) {
        return as(account).get("/api/projects/" + code).then().statusCode(200).extract().header("ETag");
    }

    public static List<String> codes(String account, String query) {
        return as(account).get("/api/projects?limit=500" + query).then().statusCode(200).extract().jsonPath()
                .getList("items.code");
    }
}
