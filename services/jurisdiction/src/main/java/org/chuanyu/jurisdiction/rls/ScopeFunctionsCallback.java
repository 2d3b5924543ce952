package org.chuanyu.jurisdiction.rls;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Installs the shared row-level-security functions before every migration (create or replace),
 * so each service's policies can call them and a change to the rule reaches every database.
 * Registered through {@code quarkus.flyway.callbacks}.
 */
public class ScopeFunctionsCallback implements Callback {

    static final String SCRIPT = "db/jurisdiction/scope-functions.sql";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(script());
        } catch (SQLException e) {
            throw new IllegalStateException("could not install the jurisdiction functions", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "jurisdiction-scope-functions";
    }

    static String script() {
        try (InputStream in = ScopeFunctionsCallback.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
