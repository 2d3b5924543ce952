package org.chuanyu.parks.divisions;

import org.chuanyu.jurisdiction.caller.Province;

import java.time.LocalDate;

/** Filters of the division list; null means "any". */
public record DivisionQuery(LocalDate asOf, Province province, DivisionLevel level, String parent, String text) {
}
