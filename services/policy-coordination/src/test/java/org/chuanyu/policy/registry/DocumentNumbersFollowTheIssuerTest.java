package org.chuanyu.policy.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.chuanyu.jurisdiction.testing.Accounts.as;
import static org.chuanyu.policy.TestPolicies.POLICIES;
import static org.chuanyu.policy.TestPolicies.create;
import static org.chuanyu.policy.TestPolicies.createOk;
import static org.chuanyu.policy.TestPolicies.documentNumber;
import static org.chuanyu.policy.TestPolicies.etag;
import static org.chuanyu.policy.TestPolicies.request;
import static org.chuanyu.policy.TestPolicies.simple;

/**
 * A 文号 belongs to its issuer (docs/security.md, finding 8). Numbers were unique across both provinces, so sc-admin
 * registering a number that a Chongqing draft had got 409 and learnt that the draft, which it cannot read, exists.
 */
@QuarkusTest
class DocumentNumbersFollowTheIssuerTest {

    @Test
    void aNumberTakenByADraftTheCallerCannotSeeDoesNotCollide() {
        String number = documentNumber();
        long chongqing = createOk("cq-admin", false, withNumber(number));
        as("sc-admin").get(POLICIES + "/" + chongqing).then().statusCode(404);

        create("sc-admin", false, withNumber(number)).then().statusCode(201);
    }

    @Test
    void withinOneProvinceTheNumberIsStillUnique() {
        String number = documentNumber();
        createOk("cq-admin", false, withNumber(number));
        create("cq-admin", false, withNumber(number)).then().statusCode(409);
        createOk("sc-admin", false, withNumber(number));
        create("sc-admin", false, withNumber(number)).then().statusCode(409);
    }

    @Test
    void aRenameToANumberOnlyTheOtherProvinceHasSucceeds() {
        String number = documentNumber();
        createOk("cq-admin", false, withNumber(number));
        long own = createOk("sc-admin", false, simple("改号"));
        as("sc-admin").header("If-Match", etag("sc-admin", own)).body("{\"policy\":" + withNumber(number) + "}")
                .put(POLICIES + "/" + own).then().statusCode(200);

        long other = createOk("sc-admin", false, simple("改号二"));
        as("sc-admin").header("If-Match", etag("sc-admin", other)).body(request(false, withNumber(number)))
                .put(POLICIES + "/" + other).then().statusCode(409);
    }

    private static String withNumber(String number) {
        return simple("文号归属").replaceFirst("\"documentNumber\":\"[^\"]+\"", "\"documentNumber\":\"" + number + "\"");
    }
}
