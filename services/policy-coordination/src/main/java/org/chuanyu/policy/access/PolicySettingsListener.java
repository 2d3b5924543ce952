package org.chuanyu.policy.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Adds this service's own row-level-security settings at each transaction's start, next to the
 * library's scope settings: {@code app.policy_province} (the caller's realm) and
 * {@code app.policy_admin}, and {@code app.policy_reads_drafts} (false for an external system). A policy draft is readable by every caller of its province whatever the
 * role, which the library's scope settings cannot say (a clerk's scope names districts, not its
 * province). Without a caller both are empty and nothing unpublished is visible: fail closed.
 */
@ApplicationScoped
public class PolicySettingsListener {

    @Inject
    AgroalDataSource dataSource;

    void onBegin(@Observes @Initialized(TransactionScoped.class) Object event) throws SQLException {
        Optional<Caller> caller = caller();
        String province = caller.map(c -> c.province().realm()).orElse("");
        boolean admin = caller.map(Caller::isReferenceDataAdmin).orElse(false);
        boolean drafts = caller.map(PolicyAccess::readsDrafts).orElse(false);
        // The JTA-enlisted connection: closing this handle leaves the transaction's connection open.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select set_config('app.policy_province', ?, true), set_config('app.policy_admin', ?, true), "
                             + "set_config('app.policy_reads_drafts', ?, true)")) {
            statement.setString(1, province);
            statement.setString(2, Boolean.toString(admin));
            statement.setString(3, Boolean.toString(drafts));
            statement.execute();
        }
    }

    private static Optional<Caller> caller() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Arc.container().instance(CurrentCaller.class).get().find();
    }
}
