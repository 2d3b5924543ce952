package org.chuanyu.parks.rls;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.rls.ServiceSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * When a transaction's row-level-security settings cannot be written (the database is away, or still recovering from
 * a backup), the transaction must end there: a transaction left bound to the worker thread would be joined by that
 * thread's next request, without its caller's scope. Found by the restore drill (docs/drill.md).
 */
@QuarkusTest
class TransactionSettingsFailureTest {

    /** Settings that fail while {@link #failing} is set, as the settings statement fails when the database is away. */
    @Singleton
    static class FailingSettings implements ServiceSettings {
        static volatile boolean failing;

        @Override
        public Map<String, String> of(Optional<Caller> caller) {
            if (failing) {
                throw new IllegalStateException("the settings could not be written");
            }
            return Map.of();
        }
    }

    @Inject
    TransactionManager transactionManager;

    @Test
    void aTransactionWhoseSettingsFailIsNotLeftOnTheThread() throws Exception {
        FailingSettings.failing = true;
        try {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> { }));
        } finally {
            FailingSettings.failing = false;
        }
        assertEquals(Status.STATUS_NO_TRANSACTION, transactionManager.getStatus(),
                "the failed transaction is still bound to the thread");
        // And the thread's next transaction is a transaction of its own, with its settings written.
        QuarkusTransaction.requiringNew().run(() -> { });
        assertEquals(Status.STATUS_NO_TRANSACTION, transactionManager.getStatus());
    }
}
