package org.chuanyu.policy.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.approval.DualApproval;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.policy.access.PolicyAccess;
import org.chuanyu.policy.events.PolicyEvents;
import org.chuanyu.policy.search.Bigrams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The policy register's use cases. Every method runs in a transaction (row-level security needs one)
 * and follows the fixed order: visible (404), changeable (403), valid (400), current (428/412), state (409).
 */
@ApplicationScoped
@Transactional
public class PolicyRegistry {

    @Inject
    PolicyEvents events;
    @Inject
    BusinessClock businessClock;

    @Inject
    CurrentCaller currentCaller;
    @Inject
    Validator validator;
    @Inject
    ObjectMapper json;
    @Inject
    PageLimits limits;

    public Page<PolicyView> list(PolicyFilter filter, String cursor, Integer limit) {
        PageRequest request = limits.request(cursor, limit);
        Caller caller = currentCaller.require();
        PolicyAccess.Predicate readable = PolicyAccess.readable(caller, "p");
        ListQuery<Policy> query = ListQuery.of(Policy.class, "p").and(readable.jpql(), readable.params());
        Violations errors = new Violations();
        query.and("p.kind = :kind", "kind", QueryParameters.choice("kind", filter.kind, PolicyKind.class, Enum::name))
                .and("p.status = :status", "status",
                        QueryParameters.choice("status", filter.status, PolicyStatus.class, Enum::name));
        if (filter.province != null && Province.ofRealm(filter.province).isEmpty()) {
            errors.add("province", "must be sichuan or chongqing");
        }
        query.and("p.issuingProvince = :province", "province", filter.province)
                .and("p.joint = :joint", "joint", QueryParameters.yesOrNo("joint", filter.joint, errors));
        if (filter.documentNumber != null && !filter.documentNumber.isBlank()) {
            query.and("p.documentNumber = :documentNumber", "documentNumber", filter.documentNumber.strip());
        }
        query.and("p.validFrom <= :validOn and (p.validTo is null or p.validTo >= :validOn)", "validOn",
                QueryParameters.date("validOn", filter.validOn));
        arrayFilter("district", filter.district, "p.appDistricts", query);
        arrayFilter("zone", filter.zone, "p.appZones", query);
        arrayFilter("park", filter.park, "p.appParks", query);
        arrayFilter("industry", filter.industry, "p.appIndustries", query);
        errors.throwIfAny();
        if (filter.q != null && !filter.q.isBlank()) {
            List<String> terms = Bigrams.queryTerms(filter.q);
            if (terms.isEmpty()) {
                throw ProblemException.invalid("q", "must contain at least one letter, digit or Chinese character");
            }
            List<Long> ids = textMatches(terms);
            if (ids.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            query.and("p.id in :textIds", "textIds", ids);
        }
        return query.ascending(Policy.getEntityManager(), request, ListQuery.Key.number("p.id", p -> p.id))
                .map(p -> view(p, false));
    }

    private static void arrayFilter(String name, String value, String column, ListQuery<Policy> query) {
        if (value != null && !value.isBlank()) {
            // array_position takes a text[] and a varchar (array_contains renders @>, which needs equal types);
            // Hibernate makes it 0, not null, when the element is absent.
            query.and("array_position(" + column + ", :" + name + ") > 0", name, value.strip());
        }
    }

    /** Ids of the policies whose indexed bigrams hold every term (GIN index on policy.search; RLS applies). */
    @SuppressWarnings("unchecked")
    private List<Long> textMatches(List<String> terms) {
        List<Number> ids = Policy.getEntityManager()
                .createNativeQuery("select id from policy where search @@ to_tsquery('simple', :q)")
                .setParameter("q", Bigrams.tsquery(terms))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public Policy requireVisible(long id) {
        Policy policy = Policy.<Policy>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Policy"));
        PolicyAccess.requireReadable(currentCaller.require(), policy.issuer(), policy.joint, policy.status.name());
        return policy;
    }

    public PolicyView get(long id) {
        return view(requireVisible(id), true);
    }

    public PolicyView create(PolicyRequest request) {
        Caller caller = currentCaller.require();
        if (request == null || request.policy() == null) {
            throw ProblemException.invalid("policy", "a JSON body {\"joint\": false, \"policy\": {...}} is required");
        }
        boolean joint = Boolean.TRUE.equals(request.joint());
        PolicyAccess.requireIssuable(caller, joint);
        PolicyContent content = request.policy();
        PolicyRules.check(validator, content, "policy", businessClock.year()).throwIfAny();
        requireUniqueNumber(caller.province().realm(), content.documentNumber(), null);
        Policy policy = new Policy();
        policy.issuingProvince = caller.province().realm();
        policy.joint = joint;
        policy.status = PolicyStatus.DRAFT;
        policy.currentVersion = 1;
        apply(policy, content);
        policy.createdAt = policy.updatedAt;
        policy.persist();
        keepVersion(policy, content, caller);
        Policy.flush();
        return view(policy, true);
    }

    public PolicyView update(long id, PolicyRequest request, String ifMatch) {
        Caller caller = currentCaller.require();
        Policy policy = requireEditable(id, caller);
        if (request == null || request.policy() == null) {
            throw ProblemException.invalid("policy", "a JSON body {\"policy\": {...}} is required");
        }
        Violations errors = PolicyRules.check(validator, request.policy(), "policy", businessClock.year());
        if (request.joint() != null && request.joint() != policy.joint) {
            errors.add("joint", "cannot change once the policy exists");
        }
        errors.throwIfAny();
        lockAndMatch(policy, ifMatch);
        if (policy.status == PolicyStatus.EXPIRED || policy.status == PolicyStatus.REPEALED) {
            throw ProblemException.conflict("An " + policy.status.name().toLowerCase() + " policy is no longer changed");
        }
        PolicyContent content = request.policy();
        requireUniqueNumber(policy.issuingProvince, content.documentNumber(), policy.id);
        if (!tree(content).equals(tree(content(policy)))) {
            policy.currentVersion++;
            apply(policy, content);
            keepVersion(policy, content, caller);
            if (policy.joint && policy.status == PolicyStatus.IN_FORCE) {
                // Approvals are for one version: a changed joint policy needs both provinces again.
                policy.status = PolicyStatus.DRAFT;
            }
            Policy.flush();
        }
        return view(policy, true);
    }

    public PolicyView changeStatus(long id, StatusChange change, String ifMatch) {
        Caller caller = currentCaller.require();
        Policy policy = requireEditable(id, caller);
        if (change == null || change.status() == null) {
            throw ProblemException.invalid("status", "must be PUBLISHED, EXPIRED or REPEALED");
        }
        lockAndMatch(policy, ifMatch);
        PolicyStatus to = change.status();
        PolicyLifecycle.refusal(policy.status, policy.joint, to).ifPresent(why -> {
            throw ProblemException.conflict(why);
        });
        policy.status = to;
        policy.updatedAt = businessClock.now();
        Policy.flush();
        return view(policy, true);
    }

    public void delete(long id, String ifMatch) {
        Caller caller = currentCaller.require();
        Policy policy = requireEditable(id, caller);
        lockAndMatch(policy, ifMatch);
        if (policy.status != PolicyStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft is deleted; repeal a published policy instead");
        }
        policy.delete();
    }

    /**
     * Adds the caller's province's approval of the current version of a joint policy; the second
     * province's approval puts it in force. 403 for callers who are not admins, 409 when the caller's
     * province already approved this version or the policy is not a joint draft.
     */
    public PolicyView approve(long id, Integer version) {
        Caller caller = currentCaller.require();
        Policy policy = requireVisible(id);
        DualApproval.requireApprover(caller);
        if (!policy.joint) {
            throw ProblemException.conflict("Only a joint policy is approved by both provinces; publish this one");
        }
        Instant now = businessClock.now();
        // Checked once before locking (403 for non-admins, who may not lock the row) and again under
        // the lock, so two admins of one province approving at once cannot both count.
        new DualApproval(approvalsOf(policy).stream().map(PolicyApproval::asApproval).toList()).approve(caller, now);
        Policy.getEntityManager().refresh(policy, LockModeType.PESSIMISTIC_WRITE);
        DualApproval next = new DualApproval(approvalsOf(policy).stream().map(PolicyApproval::asApproval).toList())
                .approve(caller, now);
        if (policy.status != PolicyStatus.DRAFT) {
            throw ProblemException.conflict("The policy is " + policy.status + "; only a joint draft is approved");
        }
        requireCurrent(policy, version, "approving");
        requireNotRejected(policy);
        PolicyApproval approval = new PolicyApproval();
        approval.policyId = policy.id;
        approval.policyVersion = policy.currentVersion;
        approval.province = caller.province().realm();
        approval.approver = caller.username();
        approval.approvedAt = now;
        approval.persist();
        if (next.isComplete()) {
            policy.status = PolicyStatus.IN_FORCE;
        }
        events.approved(policy.id, policy.currentVersion, approval.province, next.isComplete());
        policy.updatedAt = now;
        Policy.flush();
        return view(policy, true);
    }

    /**
     * The caller's province turns the current version of a joint draft down instead of approving it: the same admins
     * (403 otherwise), a reason (400), and 409 when the policy is not a joint draft, the version named is not the
     * current one, the caller's province already approved it, or it is already rejected. Until a new version (a
     * change of the content), the policy awaits nobody and approvals are refused.
     */
    public PolicyView reject(long id, RejectionRequest request) {
        Caller caller = currentCaller.require();
        Policy policy = requireVisible(id);
        DualApproval.requireApprover(caller);
        RequestBodies.requireValid(validator, request, "a reason");
        if (!policy.joint) {
            throw ProblemException.conflict("Only a joint policy is approved or rejected by both provinces");
        }
        Policy.getEntityManager().refresh(policy, LockModeType.PESSIMISTIC_WRITE);
        if (policy.status != PolicyStatus.DRAFT) {
            throw ProblemException.conflict("The policy is " + policy.status + "; only a joint draft is rejected");
        }
        requireCurrent(policy, request.version(), "rejecting");
        requireNotRejected(policy);
        if (approvalsOf(policy).stream().anyMatch(a -> a.province.equals(caller.province().realm()))) {
            throw ProblemException.conflict(caller.province().realm() + " has already approved version "
                    + policy.currentVersion);
        }
        Instant now = businessClock.now();
        PolicyRejection rejection = new PolicyRejection();
        rejection.policyId = policy.id;
        rejection.policyVersion = policy.currentVersion;
        rejection.province = caller.province().realm();
        rejection.rejectedBy = caller.username();
        rejection.rejectedAt = now;
        rejection.reason = request.reason().strip();
        rejection.persist();
        events.rejected(policy.id, policy.currentVersion, rejection.province);
        policy.updatedAt = now;
        Policy.flush();
        return view(policy, true);
    }

    private static void requireCurrent(Policy policy, Integer version, String doing) {
        if (version != null && version != policy.currentVersion) {
            throw ProblemException.conflict("Version " + version + " is not the current version ("
                    + policy.currentVersion + "); read the policy again before " + doing);
        }
    }

    private void requireNotRejected(Policy policy) {
        PolicyRejection rejected = rejectionOf(policy);
        if (rejected != null) {
            throw ProblemException.conflict("Version " + policy.currentVersion + " was rejected by " + rejected.province
                    + "; a new version needs both provinces again");
        }
    }

    private Policy requireEditable(long id, Caller caller) {
        Policy policy = Policy.<Policy>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Policy"));
        PolicyAccess.requireEditable(caller, policy.issuer(), policy.joint, policy.status.name());
        return policy;
    }

    /** Waits for a concurrent change of the same policy to finish, then checks If-Match against what it left. */
    private static void lockAndMatch(Policy policy, String ifMatch) {
        Policy.getEntityManager().refresh(policy, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, policy.rowVersion);
    }

    /**
     * A 文号 belongs to its issuer: unique among the issuing province's policies (index policy_document_number), all of
     * which its admins read, so a number taken by a draft of the other province, which the caller cannot see, never
     * collides (docs/security.md, finding 8: the register-wide index answered 409 and so revealed the invisible
     * draft).
     */
    private void requireUniqueNumber(String issuer, String number, Long except) {
        long taken = Policy.count("issuingProvince = ?1 and documentNumber = ?2 and id <> ?3", issuer, number.strip(),
                except == null ? -1L : except);
        if (taken > 0) {
            throw ProblemException.conflict("Another policy of this province already has document number " + number.strip());
        }
    }

    private void apply(Policy p, PolicyContent c) {
        p.department = c.department().strip();
        p.documentNumber = c.documentNumber().strip();
        p.title = c.title().strip();
        p.titleEn = c.titleEn() == null ? null : c.titleEn().strip();
        p.kind = c.kind();
        p.validFrom = c.validFrom();
        p.validTo = c.validTo();
        p.body = c.text();
        p.benefits = new ArrayList<>(c.benefits());
        Applicability a = c.applicability();
        p.appProvinces = a.provinces().toArray(String[]::new);
        p.appDistricts = a.districts().toArray(String[]::new);
        p.appZones = a.zones().toArray(String[]::new);
        p.appParks = a.parks().toArray(String[]::new);
        p.appIndustries = a.industries().toArray(String[]::new);
        p.appStages = a.stages().stream().map(Enum::name).toArray(String[]::new);
        p.minInvestment = a.minimumInvestment();
        p.searchTerms = Bigrams.indexTerms(p.title, p.titleEn, p.documentNumber, p.department, p.body);
        p.updatedAt = businessClock.now();
    }

    private void keepVersion(Policy policy, PolicyContent content, Caller caller) {
        PolicyVersion v = new PolicyVersion();
        v.policyId = policy.id;
        v.number = policy.currentVersion;
        v.content = content;
        v.createdAt = businessClock.now();
        v.createdBy = caller.username();
        v.persist();
    }

    /** The current content of a policy, rebuilt from its columns. */
    public PolicyContent content(Policy p) {
        return new PolicyContent(p.department, p.documentNumber, p.title, p.titleEn, p.kind, p.validFrom, p.validTo, p.body,
                applicability(p), List.copyOf(p.benefits));
    }

    public static Applicability applicability(Policy p) {
        return new Applicability(List.of(p.appProvinces), List.of(p.appDistricts), List.of(p.appZones), List.of(p.appParks),
                List.of(p.appIndustries), Arrays.stream(p.appStages).map(ProjectStage::valueOf).toList(), p.minInvestment);
    }

    public List<Benefit> benefits(Policy p) {
        return List.copyOf(p.benefits);
    }

    private List<PolicyApproval> approvalsOf(Policy policy) {
        return PolicyApproval.list("policyId = ?1 and policyVersion = ?2 order by approvedAt", policy.id, policy.currentVersion);
    }

    private static PolicyRejection rejectionOf(Policy policy) {
        return PolicyRejection.<PolicyRejection>find("policyId = ?1 and policyVersion = ?2", policy.id,
                policy.currentVersion).firstResult();
    }

    public PolicyView view(Policy p, boolean withText) {
        List<PolicyView.ApprovalView> approvals = p.joint
                ? approvalsOf(p).stream().map(a -> new PolicyView.ApprovalView(a.province, a.approver, a.policyVersion,
                BusinessDates.at(a.approvedAt))).toList()
                : List.of();
        PolicyRejection rejected = p.joint && p.status == PolicyStatus.DRAFT ? rejectionOf(p) : null;
        PolicyView.RejectionView rejection = rejected == null ? null : new PolicyView.RejectionView(rejected.province,
                rejected.rejectedBy, BusinessDates.at(rejected.rejectedAt), rejected.policyVersion, rejected.reason);
        List<String> awaiting = p.joint && p.status == PolicyStatus.DRAFT && rejected == null
                ? Arrays.stream(Province.values()).map(Province::realm)
                .filter(r -> approvals.stream().noneMatch(a -> a.province().equals(r))).toList()
                : List.of();
        return new PolicyView(p.id, p.issuingProvince, p.joint, p.status, p.currentVersion, p.department, p.documentNumber,
                p.title, p.titleEn, p.kind, p.validFrom, p.validTo, withText ? p.body : null, applicability(p), benefits(p),
                approvals, awaiting, rejection, BusinessDates.at(p.createdAt), BusinessDates.at(p.updatedAt), p.rowVersion);
    }

    private JsonNode tree(Object value) {
        return json.valueToTree(value);
    }
}
