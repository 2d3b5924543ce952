package org.chuanyu.projects.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.projects.web.CallerToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@link HolidayCalendar} over the common-handling service's API, asked with the caller's token and
 * cached per year (the calendar is reference data: the same for every caller).
 */
@ApplicationScoped
public class RestHolidayCalendar implements HolidayCalendar {

    private static final Logger LOG = Logger.getLogger(RestHolidayCalendar.class);

    private final CalendarApi api;
    private final CallerToken token;
    private final CalendarConfig config;
    private final Map<Integer, Cached> years = new ConcurrentHashMap<>();

    public RestHolidayCalendar(@RestClient CalendarApi api, CallerToken token, CalendarConfig config) {
        this.api = api;
        this.token = token;
        this.config = config;
    }

    private record Cached(CalendarYear year, Instant until) {
    }

    @Override
    public CalendarYear year(int year) {
        Cached cached = years.get(year);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.year();
        }
        CalendarYear fetched = fetch(year);
        years.put(year, new Cached(fetched, Instant.now().plus(fetched.provisional() ? config.retryAfter() : config.cacheTtl())));
        return fetched;
    }

    private CalendarYear fetch(int year) {
        try {
            CalendarApi.YearJson json = api.year(year, token.authorization());
            if (!json.loaded() || json.provisional()) {
                return CalendarYear.weekendsOnly(year);
            }
            Set<LocalDate> holidays = json.holidays() == null ? Set.of() : json.holidays().stream()
                    .flatMap(h -> h.days().stream()).collect(Collectors.toSet());
            Set<LocalDate> makeUp = json.makeUpWorkdays() == null ? Set.of() : Set.copyOf(json.makeUpWorkdays());
            return new CalendarYear(year, holidays, makeUp, false);
        } catch (RuntimeException e) {
            // Deadlines must still be given: weekends only, marked provisional in every answer that used them.
            LOG.warnf("calendar year %d unavailable, counting weekends only: %s", year, e.getMessage());
            return CalendarYear.weekendsOnly(year);
        }
    }
}
