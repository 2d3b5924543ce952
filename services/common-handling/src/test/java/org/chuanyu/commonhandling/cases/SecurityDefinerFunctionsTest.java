package org.chuanyu.commonhandling.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every function that runs with its owner's rights fixes its search path and names pg_temp last, so
 * that no object a session plants in its temporary schema is used with those rights (docs/security.md,
 * finding 11: case_number_next had no pg_temp).
 */
@QuarkusTest
class SecurityDefinerFunctionsTest {

    @Inject
    EntityManager em;

    @Test
    void everySecurityDefinerFunctionNamesPgTempLastInItsSearchPath() {
        @SuppressWarnings("unchecked")
        List<Object[]> functions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select p.proname, coalesce(array_to_string(p.proconfig, ';'), '') from pg_proc p "
                        + "where p.prosecdef and p.pronamespace = 'public'::regnamespace order by 1").getResultList());
        assertTrue(functions.stream().anyMatch(f -> "case_number_next".equals(f[0])), "the case-number function is one");
        List<String> unsafe = functions.stream()
                .filter(f -> !((String) f[1]).matches("(^|.*;)search_path=[^;]*pg_temp($|;.*)"))
                .map(f -> f[0] + " (" + f[1] + ")").toList();
        assertEquals(List.of(), unsafe);
    }
}
