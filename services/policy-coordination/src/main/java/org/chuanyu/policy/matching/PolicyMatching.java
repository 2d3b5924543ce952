package org.chuanyu.policy.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.Violations;
import org.chuanyu.policy.access.PolicyAccess;
import org.chuanyu.policy.registry.Policy;
import org.chuanyu.policy.registry.PolicyRegistry;
import org.chuanyu.policy.registry.PolicyStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Matches a profile against every policy in effect (published, or joint and in force). */
@ApplicationScoped
@Transactional
public class PolicyMatching {

    @Inject
    CurrentCaller currentCaller;
    @Inject
    PolicyRegistry registry;
    @Inject
    Validator validator;

    public Matches match(Profile profile, LocalDate on) {
        if (profile == null) {
            throw ProblemException.invalid("request", "a JSON profile is required (industries, park, district, zone, stage, investment)");
        }
        Violations errors = new Violations();
        errors.addAll("", validator.validate(profile));
        if (profile.district() != null && !profile.district().matches("\\d{6}")) {
            errors.add("district", "must be a six-digit GB/T 2260 code");
        }
        errors.throwIfAny();
        PolicyAccess.Predicate readable = PolicyAccess.readable(currentCaller.require(), "p");
        List<Policy> effective = Policy.list("from Policy p where " + readable.jpql()
                        + " and p.status in :effective order by p.id",
                merge(readable.params(), Map.of("effective", List.of(PolicyStatus.PUBLISHED, PolicyStatus.IN_FORCE))));
        List<Matches.Match> applicable = new ArrayList<>();
        List<Matches.NearMiss> nearMisses = new ArrayList<>();
        for (Policy p : effective) {
            PolicyMatcher.Verdict verdict = PolicyMatcher.judge(p.validFrom, p.validTo, PolicyRegistry.applicability(p), profile, on);
            Matches.PolicySummary summary = new Matches.PolicySummary(p.id, p.documentNumber, p.title, p.issuingProvince, p.joint);
            if (verdict.applies()) {
                applicable.add(new Matches.Match(summary, verdict.met().stream().map(PolicyMatcher.Check::explanation).toList(),
                        registry.benefits(p)));
            } else if (verdict.nearlyApplies()) {
                PolicyMatcher.Check failed = verdict.failed().get(0);
                nearMisses.add(new Matches.NearMiss(summary, failed.condition(), failed.explanation(), registry.benefits(p)));
            }
        }
        return new Matches(profile, on, applicable, nearMisses);
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }
}
