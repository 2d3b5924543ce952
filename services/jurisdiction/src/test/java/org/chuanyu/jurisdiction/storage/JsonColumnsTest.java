package org.chuanyu.jurisdiction.storage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stored JSON reads as the rows written before the mapper existed: ISO dates, and no failure on a newer property. */
class JsonColumnsTest {

    record Holiday(String name, List<LocalDate> days, Instant at, BigDecimal amount) {
    }

    @Test
    void datesAndInstantsAreIsoStringsAndDecimalsKeepTheirScale() throws Exception {
        Holiday holiday = new Holiday("元旦", List.of(LocalDate.of(2027, 1, 1)), Instant.parse("2026-12-02T08:00:00Z"),
                new BigDecimal("500000.00"));
        String stored = JsonColumns.STORED.writeValueAsString(holiday);
        assertEquals("{\"name\":\"元旦\",\"days\":[\"2027-01-01\"],\"at\":\"2026-12-02T08:00:00Z\",\"amount\":500000.00}", stored);
        assertEquals(holiday, JsonColumns.STORED.readValue(stored, Holiday.class));
    }

    @Test
    void aPropertyANewerReleaseWroteIsIgnored() throws Exception {
        Holiday read = JsonColumns.STORED.readValue(
                "{\"name\":\"春节\",\"days\":[\"2027-02-06\"],\"at\":null,\"amount\":null,\"addedLater\":true}", Holiday.class);
        assertEquals(List.of(LocalDate.of(2027, 2, 6)), read.days());
    }
}
