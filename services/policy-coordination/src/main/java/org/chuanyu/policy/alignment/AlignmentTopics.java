package org.chuanyu.policy.alignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Province;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.AccessRules;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageLimits;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;
import org.chuanyu.policy.access.PolicyAccess;
import org.chuanyu.policy.registry.Policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Alignment topics (异地同标): reference data every caller reads; admins of either province keep them.
 * Each write recomputes the topic's status ({@link AlignmentRules}).
 */
@ApplicationScoped
@Transactional
public class AlignmentTopics {

    @Inject
    BusinessClock businessClock;

    @Inject
    CurrentCaller currentCaller;
    @Inject
    Validator validator;
    @Inject
    PageLimits limits;

    public Page<TopicView> list(String status, String cursor, Integer limit) {
        PageRequest request = limits.request(cursor, limit);
        Caller caller = currentCaller.require();
        return ListQuery.of(AlignmentTopic.class, "t")
                .and("t.status = :status", "status", QueryParameters.choice("status", status, AlignmentStatus.class, Enum::name))
                .ascending(AlignmentTopic.getEntityManager(), request, ListQuery.Key.number("t.id", t -> t.id))
                .map(t -> view(t, caller));
    }

    public Dashboard dashboard() {
        Caller caller = currentCaller.require();
        Map<AlignmentStatus, List<TopicView>> topics = new EnumMap<>(AlignmentStatus.class);
        Map<AlignmentStatus, Integer> counts = new EnumMap<>(AlignmentStatus.class);
        for (AlignmentStatus s : AlignmentStatus.values()) {
            topics.put(s, new ArrayList<>());
        }
        AlignmentTopic.<AlignmentTopic>list("order by code").forEach(t -> topics.get(t.status).add(view(t, caller)));
        topics.forEach((s, list) -> counts.put(s, list.size()));
        return new Dashboard(counts, topics);
    }

    public TopicView get(long id) {
        return view(require(id), currentCaller.require());
    }

    public TopicView create(TopicRequest request) {
        Caller caller = currentCaller.require();
        AccessRules.requireReferenceDataAdmin(caller);
        check(request, caller);
        if (AlignmentTopic.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A topic with code " + request.code() + " exists");
        }
        AlignmentTopic topic = new AlignmentTopic();
        topic.createdAt = businessClock.now();
        apply(topic, request);
        topic.persist();
        return view(topic, caller);
    }

    public TopicView update(long id, TopicRequest request, String ifMatch) {
        Caller caller = currentCaller.require();
        AlignmentTopic topic = require(id);
        AccessRules.requireReferenceDataAdmin(caller);
        check(request, caller);
        AlignmentTopic.getEntityManager().refresh(topic, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, topic.rowVersion);
        if (!topic.code.equals(request.code()) && AlignmentTopic.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A topic with code " + request.code() + " exists");
        }
        apply(topic, request);
        AlignmentTopic.flush();
        return view(topic, caller);
    }

    private AlignmentTopic require(long id) {
        return AlignmentTopic.<AlignmentTopic>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Alignment topic"));
    }

    private void check(TopicRequest request, Caller caller) {
        if (request == null) {
            throw ProblemException.invalid("request", "a JSON body with code, title and parameters is required");
        }
        Violations errors = new Violations();
        errors.addAll("", validator.validate(request));
        side("sichuanPolicyId", request.sichuanPolicyId(), Province.SICHUAN, caller, errors);
        side("chongqingPolicyId", request.chongqingPolicyId(), Province.CHONGQING, caller, errors);
        if (request.parameters() != null) {
            long distinct = request.parameters().stream().filter(p -> p != null && p.name() != null).map(p -> p.name().strip()).distinct().count();
            if (distinct < request.parameters().size()) {
                errors.add("parameters", "each parameter name appears once");
            }
        }
        errors.throwIfAny();
    }

    /** A side must be a provincial policy of that province the caller can read ("no such policy" otherwise). */
    private static void side(String field, Long policyId, Province province, Caller caller, Violations errors) {
        if (policyId == null) {
            return;
        }
        Policy p = Policy.<Policy>findByIdOptional(policyId).orElse(null);
        if (p == null || !PolicyAccess.canRead(caller, p.issuer(), p.joint, p.status.name())) {
            errors.add(field, "no such policy");
        } else if (p.joint || p.issuer() != province) {
            errors.add(field, "must be a policy issued by " + province.realm() + " alone");
        }
    }

    private void apply(AlignmentTopic topic, TopicRequest request) {
        List<Parameter> parameters = request.parameters().stream()
                .map(p -> new Parameter(p.name().strip(), p.sichuan(), p.chongqing())).toList();
        AlignmentRules.Comparison comparison = AlignmentRules.compare(request.sichuanPolicyId(), request.chongqingPolicyId(), parameters);
        topic.code = request.code();
        topic.title = request.title().strip();
        topic.titleEn = request.titleEn();
        topic.sichuanPolicyId = request.sichuanPolicyId();
        topic.chongqingPolicyId = request.chongqingPolicyId();
        topic.parameters = parameters;
        topic.status = comparison.status();
        topic.differing = comparison.differing().toArray(String[]::new);
        topic.updatedAt = businessClock.now();
    }

    private TopicView view(AlignmentTopic t, Caller caller) {
        return new TopicView(t.id, t.code, t.title, t.titleEn, ref(t.sichuanPolicyId, caller), ref(t.chongqingPolicyId, caller),
                t.parameters, t.status, List.of(t.differing), BusinessDates.at(t.updatedAt), t.rowVersion);
    }

    /** The side's policy as the caller may see it: a draft of the other province shows as absent. */
    private static TopicView.PolicyRef ref(Long policyId, Caller caller) {
        if (policyId == null) {
            return null;
        }
        Policy p = Policy.<Policy>findByIdOptional(policyId).orElse(null);
        if (p == null || !PolicyAccess.canRead(caller, p.issuer(), p.joint, p.status.name())) {
            return null;
        }
        return new TopicView.PolicyRef(p.id, p.documentNumber, p.title, p.status.name());
    }
}
