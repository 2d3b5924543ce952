package org.chuanyu.jurisdiction.rls;

import org.chuanyu.jurisdiction.caller.Caller;

import java.util.Map;
import java.util.Optional;

/**
 * A service's own row-level-security settings, beside the library's scope settings: a bean of this type is asked at
 * each transaction's start, and its settings go to PostgreSQL in the same statement as the scope's
 * ({@link RlsTransactionListener}). Without a caller (a job, seeding) it must return settings that fail closed.
 */
public interface ServiceSettings {

    /** Transaction-local settings ({@code app.<name>} → value) for the request's caller, if any. */
    Map<String, String> of(Optional<Caller> caller);
}
