package org.chuanyu.jurisdiction.rls;

import org.chuanyu.jurisdiction.scope.Scope;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.chuanyu.jurisdiction.DemoCallers.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RlsSettingsTest {

    @Test
    void provinceAdminSettingsNameItsProvinceAndItsJointZones() {
        Map<String, String> s = RlsSettings.of(scope("cq-admin"));
        assertEquals("false", s.get("app.read_all"));
        assertEquals("chongqing", s.get("app.read_provinces"));
        assertEquals("gaozhu,rongchang-longchang", s.get("app.read_zones"));
        assertEquals("chongqing", s.get("app.write_provinces"));
        assertEquals("", s.get("app.write_submitter"));
    }

    @Test
    void crossProvinceAdminReadsAllButWritesOnlyZones() {
        Map<String, String> s = RlsSettings.of(scope("joint-office-sc"));
        assertEquals("true", s.get("app.read_all"));
        assertEquals("false", s.get("app.write_all"));
        assertEquals("gaozhu,rongchang-longchang", s.get("app.write_zones"));
    }

    @Test
    void externalSystemSettingsCarryTheSubmitter() {
        Map<String, String> s = RlsSettings.of(scope("yukuaiban"));
        assertEquals("500112,500153", s.get("app.read_districts"));
        assertEquals("yukuaiban", s.get("app.read_submitter"));
    }

    @Test
    void everySettingIsAlwaysWrittenSoNothingLeaksFromAnEarlierTransaction() {
        assertEquals(RlsSettings.of(Scope.SYSTEM).keySet(), RlsSettings.of(Scope.NONE).keySet());
        assertEquals(10, RlsSettings.of(Scope.NONE).size());
    }
}
