package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.chuanyu.commonhandling.cases.CaseScenarioTest.CASES;
import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.commonhandling.cases.CaseScenarioTest.submission;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A retry within the retention returns the first case; after it, the key is forgotten. */
@QuarkusTest
class IdempotencyKeysExpireTest {

    @Inject
    SubmissionKeyRetention retention;
    @Inject
    EntityManager em;

    @Test
    void aKeyOlderThanTheRetentionIsForgottenAndAFreshOneKept() {
        Map<String, Object> body = submission("511623", "500112");
        String old = "retry-" + UUID.randomUUID();
        String fresh = "retry-" + UUID.randomUUID();
        String first = as("linshui-clerk").header("Idempotency-Key", old).body(body).post(CASES).then().statusCode(201)
                .extract().path("number");
        String kept = as("linshui-clerk").header("Idempotency-Key", fresh).body(body).post(CASES).then().statusCode(201)
                .extract().path("number");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update case_submission_key set created_at = now() - interval '8 days' where key = :key")
                .setParameter("key", old).executeUpdate());

        retention.sweep();

        as("linshui-clerk").header("Idempotency-Key", fresh).body(body).post(CASES).then().statusCode(200)
                .body("number", equalTo(kept));
        as("linshui-clerk").header("Idempotency-Key", old).body(body).post(CASES).then().statusCode(201)
                .body("number", not(equalTo(first)));
    }
}
