package org.chuanyu.jurisdiction.scope;

import org.chuanyu.jurisdiction.caller.Province;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.chuanyu.jurisdiction.DemoCallers.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every demo account against records across both provinces, districts and joint zones.
 * The expected column is written from the rule table of docs/tenancy.md, not from the code.
 */
class JurisdictionMatrixTest {

    static RecordScope record(String name) {
        return switch (name) {
            case "linshui" -> RecordScope.of(Province.SICHUAN, "511623");
            case "linshui-gaozhu" -> RecordScope.of(Province.SICHUAN, "511623", "gaozhu");
            case "yubei" -> RecordScope.of(Province.CHONGQING, "500112");
            case "yubei-gaozhu" -> RecordScope.of(Province.CHONGQING, "500112", "gaozhu");
            case "longchang" -> RecordScope.of(Province.SICHUAN, "511083");
            case "longchang-rl" -> RecordScope.of(Province.SICHUAN, "511083", "rongchang-longchang");
            case "rongchang" -> RecordScope.of(Province.CHONGQING, "500153");
            case "rongchang-rl" -> RecordScope.of(Province.CHONGQING, "500153", "rongchang-longchang");
            case "chengdu" -> RecordScope.of(Province.SICHUAN, "510104");
            case "linshui-by-tianfu" -> RecordScope.of(Province.SICHUAN, "511623").submittedBy("tianfu-tongban");
            case "chengdu-by-tianfu" -> RecordScope.of(Province.SICHUAN, "510104").submittedBy("tianfu-tongban");
            case "yubei-by-yukuaiban" -> RecordScope.of(Province.CHONGQING, "500112").submittedBy("yukuaiban");
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} on {1}: read={2} write={3}")
    @CsvFileSource(resources = "/jurisdiction-matrix.csv", numLinesToSkip = 1)
    void callerSeesAndWritesExactlyWhatTheRuleTableSays(String account, String recordName, boolean read, boolean write) {
        Scope scope = scope(account);
        RecordScope record = record(recordName);
        assertEquals(read, scope.canRead(record), "read");
        assertEquals(write, scope.canWrite(record), "write");
    }
}
