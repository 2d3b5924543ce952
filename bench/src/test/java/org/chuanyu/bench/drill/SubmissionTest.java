package org.chuanyu.bench.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionTest {

    private final ObjectMapper json = new ObjectMapper();
    private final DrillPlan plan = DrillPlan.from(new String[] {
            "--run-id", "r1", "--token-cmd", "true", "--stop-file", "s", "--progress-file", "p", "--out", "o"});

    @Test
    void residentIdsCarryTheCheckCharacterOfGb11643() {
        // 11010519491231002X is the standard's own worked example.
        assertEquals('X', checkOf("11010519491231002"));
        String id = Applicants.residentId("511623", 7);
        assertEquals(18, id.length());
        assertTrue(id.startsWith("511623"));
        assertEquals(checkOf(id.substring(0, 17)), id.charAt(17));
    }

    @Test
    void eachSubmissionCarriesItsOwnMarkerAndKey() throws Exception {
        Submission a = Submission.of(json, plan, 1);
        Submission b = Submission.of(json, plan, 2);
        JsonNode body = json.readTree(a.body());
        assertEquals("drill r1 #1", body.path("acceptingWindow").asText());
        assertEquals("511623", body.path("acceptingDistrict").asText());
        assertTrue(a.key().startsWith("drill-r1-"));
        assertNotEquals(a.key(), b.key());
        assertNotEquals(a.marker(), b.marker());
    }

    @Test
    void anOutcomeWithoutNumberOrRefusalWasGivenUp() {
        Submission s = Submission.of(json, plan, 3);
        assertTrue(Outcome.failed(s, 9, null).gaveUp());
        assertTrue(Outcome.acknowledged(s, "CY-51-2026-00000001", 2).retried());
        assertTrue(!Outcome.failed(s, 1, 422).gaveUp());
    }

    private static char checkOf(String body) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * w[k];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
