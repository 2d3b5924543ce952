package org.chuanyu.e2e.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hand-picked hostile values, each a raw JSON fragment put in place of one field's value (so numbers too big for
 * any Java type and unescaped control characters reach the server exactly as written), and raw query values.
 */
public final class Nasties {

    /** name → raw JSON fragment. */
    public static final Map<String, String> VALUES = new LinkedHashMap<>();

    /** name → query parameter value (sent percent-encoded as UTF-8 unless it is already an escape sequence). */
    public static final Map<String, String> QUERY_VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("sql injection", "\"' OR '1'='1' --\"");
        VALUES.put("sql injection, stacked", "\"x'); DROP TABLE park; --\"");
        VALUES.put("json injection in a string", "\"\\\",\\\"province\\\":\\\"chongqing\\\",\\\"x\\\":\\\"\"");
        VALUES.put("json operator object", "{\"$ne\":null,\"$where\":\"1==1\"}");
        VALUES.put("number 1e400", "1e400");
        VALUES.put("number 99999999999999999999", "99999999999999999999");
        VALUES.put("negative number", "-1");
        VALUES.put("fraction", "0.000000000000000000000001");
        VALUES.put("null", "null");
        VALUES.put("empty array", "[]");
        VALUES.put("boolean", "true");
        VALUES.put("deep array 10000", "[".repeat(10_000) + "]".repeat(10_000));
        VALUES.put("escaped control characters", "\"\\u0007\\u001b[31m\\r\\n\\u007f\"");
        VALUES.put("raw control characters", "\"a\u0001b\u0000c\u001f\"");
        VALUES.put("bidi override", "\"\\u202egnp.exe\"");
        VALUES.put("full-width digits", "\"５１１６２３\"");
        VALUES.put("mixed-width digits", "\"51１6２3\"");
        VALUES.put("chinese numerals", "\"五一一六二三\"");
        VALUES.put("impossible date", "\"2026-02-30\"");
        VALUES.put("date out of range", "\"+999999999-12-31\"");
        VALUES.put("long string 100k", "\"" + "川".repeat(100_000) + "\"");

        QUERY_VALUES.put("sql injection", "' OR '1'='1' --");
        QUERY_VALUES.put("1e400", "1e400");
        QUERY_VALUES.put("99999999999999999999", "99999999999999999999");
        QUERY_VALUES.put("-1", "-1");
        QUERY_VALUES.put("0", "0");
        QUERY_VALUES.put("impossible date", "2026-02-30");
        QUERY_VALUES.put("full-width digits", "５１１６２３");
        QUERY_VALUES.put("control characters", "a\u0007b\u001b");
        QUERY_VALUES.put("invalid UTF-8", "%FF%FE%C0%AF");
        QUERY_VALUES.put("truncated percent escape", "%E5%B7");
        QUERY_VALUES.put("forged cursor", "eyJpZCI6IicgT1IgMT0xIC0tIn0");
        QUERY_VALUES.put("long value 2k", "x".repeat(2_000));
    }

    private Nasties() {
    }
}
