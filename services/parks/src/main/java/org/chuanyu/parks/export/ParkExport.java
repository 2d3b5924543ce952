package org.chuanyu.parks.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.parks.indicators.ParkIndicator;
import org.chuanyu.parks.registry.ParkFilter;
import org.chuanyu.parks.registry.ParkRegistry;
import org.chuanyu.parks.registry.ParkView;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parks with their latest indicators, the rows of the export ({@link ExportColumns}; the library's TabularFile writes
 * them). Reads through the caller's scope like the list does (predicate and row-level security), so an export never
 * holds more than the caller may see.
 */
@ApplicationScoped
public class ParkExport {

    @Inject
    ParkRegistry registry;

    /** Reads everything inside one transaction; writing happens afterwards, from memory. */
    @Transactional
    List<ExportColumns.Row> rows(ParkFilter filter) {
        List<ParkView> parks = registry.all(filter);
        if (parks.isEmpty()) {
            return List.of();
        }
        Map<String, ParkIndicator> latest = ParkIndicator.<ParkIndicator>list(
                        "select i from ParkIndicator i join fetch i.park p where p.code in ?1 and i.year = "
                                + "(select max(j.year) from ParkIndicator j where j.park = i.park)",
                        parks.stream().map(ParkView::code).toList())
                .stream().collect(Collectors.toMap(i -> i.park.code, Function.identity()));
        return parks.stream().map(p -> new ExportColumns.Row(p, latest.get(p.code()))).toList();
    }
}
