package org.chuanyu.bench.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * One case an external system wants filed. Its marker (in the accepting window's name) is how the drill finds the
 * case again without trusting the service's own bookkeeping; its Idempotency-Key stays the same on every retry.
 */
record Submission(long seq, String key, String marker, String body) {

    static Submission of(ObjectMapper json, DrillPlan plan, long seq) {
        String marker = "drill " + plan.runId() + " #" + seq;
        ObjectNode b = json.createObjectNode();
        b.put("itemCode", plan.itemCode());
        ObjectNode applicant = b.putObject("applicant");
        applicant.put("kind", "PERSON");
        applicant.put("name", Applicants.name(seq));
        applicant.put("idNumber", Applicants.residentId(plan.acceptingDistrict(), seq));
        b.put("acceptingDistrict", plan.acceptingDistrict());
        b.put("acceptingWindow", marker);
        b.put("handlingDistrict", plan.handlingDistrict());
        return new Submission(seq, "drill-" + plan.runId() + "-" + UUID.randomUUID(), marker, b.toString());
    }
}
