package org.chuanyu.policy.access;

import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.problem.ProblemException;

import java.util.Map;

/**
 * Who may see and change a policy (docs/policy-coordination.md, "Visibility and who writes"; reference
 * data in docs/tenancy.md, "The rule table"). Policies are not scoped records: a published policy (or
 * a joint one in force) is reference data every authenticated caller of either province reads; a draft
 * is read by every caller of the issuing province, whatever its role, and a joint draft by callers of
 * both. Changes belong to the issuing province's province-admin, and for a joint policy to the
 * cross-province-admins as well.
 *
 * <p>The same rule is enforced three times: here for single records (404 before 403), in
 * {@link #readable} for queries, and in row-level security ({@code policy_can_read} in V1__policies.sql).
 */
public final class PolicyAccess {

    /** Status name of an unpublished policy, as stored. */
    public static final String DRAFT = "DRAFT";

    private PolicyAccess() {
    }

    public static boolean canRead(Caller caller, Province issuer, boolean joint, String status) {
        return !DRAFT.equals(status) || (readsDrafts(caller) && (joint || caller.province() == issuer));
    }

    /**
     * Drafts are the province's internal work, read by its people: admins, clerks and viewers. An external system
     * (天府通办, 渝快办) reads policies once they are published, like any member of the public, and never a draft; nor
     * does the platform's relay, nor an account holding none of the platform's roles.
     */
    public static boolean readsDrafts(Caller caller) {
        return !caller.has(Role.EXTERNAL_SYSTEM) && DRAFT_READERS.stream().anyMatch(caller::has);
    }

    private static final java.util.Set<Role> DRAFT_READERS = java.util.EnumSet.of(Role.PROVINCE_ADMIN,
            Role.CROSS_PROVINCE_ADMIN, Role.DISTRICT_CLERK, Role.VIEWER);

    public static boolean canEdit(Caller caller, Province issuer, boolean joint) {
        return (caller.has(Role.PROVINCE_ADMIN) && caller.province() == issuer)
                || (joint && caller.has(Role.CROSS_PROVINCE_ADMIN));
    }

    /** 404 when the caller may not see the policy: a draft of the other province looks like no policy at all. */
    public static void requireReadable(Caller caller, Province issuer, boolean joint, String status) {
        if (!canRead(caller, issuer, joint, status)) {
            throw ProblemException.notFound("Policy");
        }
    }

    /** 404 when invisible, then 403 when visible but not the caller's to change. */
    public static void requireEditable(Caller caller, Province issuer, boolean joint, String status) {
        requireReadable(caller, issuer, joint, status);
        if (!canEdit(caller, issuer, joint)) {
            throw ProblemException.forbidden(joint
                    ? "Only the issuing province's province-admin or a cross-province-admin changes a joint policy"
                    : "Only the issuing province's province-admin changes this policy");
        }
    }

    /** A new policy is issued by the caller's own province: 403 unless the caller may change such a policy. */
    public static void requireIssuable(Caller caller, boolean joint) {
        if (!canEdit(caller, caller.province(), joint)) {
            throw ProblemException.forbidden(joint
                    ? "Only a province-admin or cross-province-admin proposes a joint policy"
                    : "Only a province-admin issues policies for its province");
        }
    }

    /** The JPQL condition (and its parameter) limiting a query on {@code alias} to the policies the caller reads. */
    public static Predicate readable(Caller caller, String alias) {
        if (!readsDrafts(caller)) {
            return new Predicate("(" + alias + ".status <> '" + DRAFT + "')", Map.of());
        }
        return new Predicate("(" + alias + ".status <> '" + DRAFT + "' or " + alias + ".joint = true or "
                + alias + ".issuingProvince = :reader_province)", Map.of("reader_province", caller.province().realm()));
    }

    public record Predicate(String jpql, Map<String, Object> params) {
    }
}
