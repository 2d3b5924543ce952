package org.chuanyu.parks.export;

import org.chuanyu.jurisdiction.web.TabularFile.Column;
import org.chuanyu.parks.indicators.IndicatorField;
import org.chuanyu.parks.indicators.ParkIndicator;
import org.chuanyu.parks.registry.ParkView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the park export, in order: one definition for CSV and XLSX alike. */
final class ExportColumns {

    /** A park and its latest reported year (null when it has reported none). */
    record Row(ParkView park, ParkIndicator latest) {
    }

    static final List<Column<Row>> ALL = columns();

    private ExportColumns() {
    }

    private static List<Column<Row>> columns() {
        List<Column<Row>> c = new ArrayList<>();
        c.add(new Column<>("编码 code", r -> r.park().code()));
        c.add(new Column<>("名称 name", r -> r.park().name()));
        c.add(new Column<>("英文名称 nameEn", r -> r.park().nameEn()));
        c.add(new Column<>("类型 kind", r -> r.park().kind().name()));
        c.add(new Column<>("级别 level", r -> r.park().level().name()));
        c.add(new Column<>("省份 province", r -> r.park().province()));
        c.add(new Column<>("区县 district", r -> r.park().district()));
        c.add(new Column<>("合作区 zone", r -> r.park().zone()));
        c.add(new Column<>("主导产业 industries", r -> String.join(";", r.park().industries())));
        c.add(new Column<>("称号 designations", r -> r.park().designations().stream()
                .map(ParkView.DesignationSummary::name).collect(Collectors.joining(";"))));
        c.add(new Column<>("批复面积 filedKm2", r -> plain(r.park().area().get("FILED"))));
        c.add(new Column<>("托管面积 managedKm2", r -> plain(r.park().area().get("MANAGED"))));
        c.add(new Column<>("规划面积 plannedKm2", r -> plain(r.park().area().get("PLANNED"))));
        c.add(new Column<>("指标年度 indicatorYear", r -> r.latest() == null ? null : r.latest().year));
        for (IndicatorField f : IndicatorField.values()) {
            c.add(new Column<>(f.apiName(), r -> r.latest() == null ? null : plain(f.get(r.latest().values))));
        }
        c.add(new Column<>("数据来源 source", r -> r.latest() == null ? null : r.latest().source));
        return List.copyOf(c);
    }

    /** Decimals as the park export has always written them: without trailing zeros (27.87, not 27.870). */
    private static Object plain(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
    }
}
