package org.chuanyu.commonhandling.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * At start, loads each year of the schedules file that the database does not hold yet. A year
 * already there, whether from an earlier start or an admin's edit, is never overwritten.
 */
@ApplicationScoped
public class CalendarLoader {

    private static final Logger LOG = Logger.getLogger(CalendarLoader.class);

    @Inject
    CalendarRegistry registry;
    @Inject
    CalendarConfig config;
    @Inject
    CurrentScope currentScope;
    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        List<Integer> loaded = loadMissingYears();
        LOG.infof("Working-day calendar: loaded %s from %s", loaded.isEmpty() ? "no new year" : loaded,
                config.schedules());
    }

    /** Loads the file's missing years, each in its own transaction; the years this call loaded. */
    public List<Integer> loadMissingYears() {
        String loader = "system (" + config.schedules() + ")";
        List<Integer> loaded = new ArrayList<>();
        for (Map.Entry<Integer, PublishedSchedule> year : new TreeMap<>(readFile().years()).entrySet()) {
            boolean inserted = currentScope.asSystem(() -> QuarkusTransaction.requiringNew()
                    .call(() -> registry.loadIfMissing(year.getKey(), year.getValue(), loader)));
            if (inserted) {
                loaded.add(year.getKey());
            }
        }
        return loaded;
    }

    private ScheduleFile readFile() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.schedules())) {
            if (in == null) {
                throw new IllegalStateException("The schedules file " + config.schedules() + " is not on the classpath");
            }
            return json.readValue(in, ScheduleFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("The schedules file " + config.schedules() + " cannot be read", e);
        }
    }
}
