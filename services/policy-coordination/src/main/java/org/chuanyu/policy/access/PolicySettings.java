package org.chuanyu.policy.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.rls.ServiceSettings;

import java.util.Map;
import java.util.Optional;

/**
 * This service's own row-level-security settings, sent with the library's scope settings at each transaction's
 * start: {@code app.policy_province} (the caller's realm), {@code app.policy_admin}, and
 * {@code app.policy_reads_drafts} (false for an external system). A policy draft is readable by every caller of its
 * province whatever the role, which the library's scope settings cannot say (a clerk's scope names districts, not
 * its province). Without a caller the province is empty and nothing unpublished is visible: fail closed.
 */
@ApplicationScoped
public class PolicySettings implements ServiceSettings {

    @Override
    public Map<String, String> of(Optional<Caller> caller) {
        return Map.of(
                "app.policy_province", caller.map(c -> c.province().realm()).orElse(""),
                "app.policy_admin", Boolean.toString(caller.map(Caller::isReferenceDataAdmin).orElse(false)),
                "app.policy_reads_drafts", Boolean.toString(caller.map(PolicyAccess::readsDrafts).orElse(false)));
    }
}
