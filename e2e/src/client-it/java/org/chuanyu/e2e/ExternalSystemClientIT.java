package org.chuanyu.e2e;

import org.chuanyu.e2e.client.ApiClient;
import org.chuanyu.e2e.client.ApiException;
import org.chuanyu.e2e.client.api.CasesApi;
import jakarta.annotation.Nonnull;
import jakarta.annotation.Nullable;
import org.chuanyu.e2e.client.model.Applicant;
import org.chuanyu.e2e.client.model.CaseScope;
import org.chuanyu.e2e.client.model.ApplicantKind;
import org.chuanyu.e2e.client.model.CaseStatus;
import org.chuanyu.e2e.client.model.CaseSubmission;
import org.chuanyu.e2e.client.model.Channel;
import org.chuanyu.e2e.client.model.Material;
import org.chuanyu.e2e.client.model.ModelCase;
import org.chuanyu.jurisdiction.testing.RealmTokens;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 天府通办 as an external system sees the platform: a Java client generated (openapi-generator,
 * e2e profile) from the gateway's merged OpenAPI document, a client-credentials token, and nothing
 * but the published API.
 */
class ExternalSystemClientIT {

    static CasesApi casesAs(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new CasesApi(client);
    }

    @Test
    void tianfuTongbanSubmitsACaseAndReadsItBackThroughTheGeneratedClient() throws ApiException {
        CasesApi cases = casesAs(RealmTokens.serviceAccount("tianfu-tongban"));
        CaseSubmission submission = new CaseSubmission()
                .itemCode("yidi-jiuyi-beian")
                .applicant(new Applicant().kind(ApplicantKind.PERSON).name("李四").idNumber("511623199001011238"))
                .acceptingDistrict("511623").handlingDistrict("500112").handlingDepartment("渝北区医疗保障局")
                .addMaterialsItem(new Material().name("异地就医备案表").size(20480L)
                        .checksum("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")
                        .location("oss://tianfu/2026/11/beian.pdf"));
        String key = "client-it-" + UUID.randomUUID();

        ModelCase filed = cases.submitCase(submission, key);
        assertTrue(filed.getNumber().startsWith("CY-51-"), filed.getNumber());
        assertEquals(Channel.EXTERNAL_SYSTEM, filed.getChannel());
        assertEquals(CaseStatus.SUBMITTED, filed.getStatus());

        ModelCase read = cases.getCase(filed.getNumber());
        assertEquals(filed.getNumber(), read.getNumber());
        assertEquals("tianfu-tongban", read.getSubmitter());
        assertEquals("511623199001011238", read.getApplicant().getIdNumber(), "the submitting system sees it in full");

        // A retry with the same key returns the same case.
        assertEquals(filed.getNumber(), cases.submitCase(submission, key).getNumber());
        // The other province's system does not see it.
        ApiException hidden = assertThrows(ApiException.class,
                () -> casesAs(RealmTokens.serviceAccount("yukuaiban")).getCase(filed.getNumber()));
        assertEquals(404, hidden.getCode());
    }

    /**
     * The generated model says which answers may be null, from the document's {@code type: [x, "null"]} and
     * {@code required}: a client author (and a null-checker such as NullAway or the IDE's) sees it on the getter.
     */
    @Test
    void theGeneratedModelMarksWhatMayBeNullAndWhatIsAlwaysThere() throws NoSuchMethodException {
        for (String getter : new String[] {"getSubmitter", "getDecisionDue", "getWorkingDaysRemaining"}) {
            assertAnnotated(ModelCase.class, getter, Nullable.class);
        }
        for (String getter : new String[] {"getNumber", "getStatus", "getAccepting", "getHandling", "getChannel"}) {
            assertAnnotated(ModelCase.class, getter, Nonnull.class);
        }
        assertAnnotated(CaseScope.class, "getZone", Nullable.class);
        assertAnnotated(CaseScope.class, "getDistrict", Nonnull.class);
    }

    private static void assertAnnotated(Class<?> model, String getter, Class<? extends Annotation> nullness)
            throws NoSuchMethodException {
        assertTrue(model.getMethod(getter).isAnnotationPresent(nullness),
                model.getSimpleName() + "." + getter + " is not @" + nullness.getSimpleName());
    }
}
