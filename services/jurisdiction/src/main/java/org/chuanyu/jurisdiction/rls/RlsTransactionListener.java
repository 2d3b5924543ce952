package org.chuanyu.jurisdiction.rls;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import org.chuanyu.jurisdiction.scope.CurrentScope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the current scope as transaction-local settings on the connection the transaction uses,
 * as soon as the transaction begins. Settings end with the transaction, so a pooled connection
 * never carries one caller's scope into another's work. A service's own settings ({@link ServiceSettings}) go in the
 * same statement: one round trip per transaction.
 */
@ApplicationScoped
public class RlsTransactionListener {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentScope currentScope;

    @Inject
    TransactionManager transactionManager;

    /** Resolved once: the listener runs at the start of every transaction. */
    @Inject
    @All
    List<ServiceSettings> serviceSettings;

    void onBegin(@Observes @Initialized(TransactionScoped.class) Object event) throws SQLException {
        try {
            apply();
        } catch (SQLException | RuntimeException e) {
            abandon(e);
            throw e;
        }
    }

    /**
     * The transaction has begun and is bound to this thread when its settings fail (the database went away, or is
     * still recovering). Left there, the thread's next transactional call would join it: without its caller's scope,
     * and, once the transaction reaper aborted it, unable to enlist a connection at all. The restore drill met both
     * (row-level security refusing a legitimate write, then 500s). So it is rolled back here, and the failure goes to
     * the caller (a 503 for an outage).
     */
    private void abandon(Exception failure) {
        try {
            transactionManager.rollback();
        } catch (Exception rollback) {
            failure.addSuppressed(rollback);
        }
    }

    private void apply() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>(RlsSettings.of(currentScope.get()));
        for (ServiceSettings own : serviceSettings) {
            settings.putAll(own.of(currentScope.caller()));
        }
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < settings.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("set_config(?, ?, true)");
        }
        // The JTA-enlisted connection: closing this handle leaves the transaction's connection open.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (Map.Entry<String, String> e : settings.entrySet()) {
                statement.setString(i++, e.getKey());
                statement.setString(i++, e.getValue());
            }
            statement.execute();
        }
    }
}
