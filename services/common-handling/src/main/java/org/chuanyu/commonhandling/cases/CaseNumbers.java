package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.Province;

/**
 * Case numbers people read and quote: {@code CY-<province code>-<year>-<8 digits>}, unique per
 * accepting province and year (eight digits: up to 99,999,999 a year, far above the reported
 * 15,000 a day). One database sequence per province and year ({@code case_number_next}, migration
 * V3.3), so concurrent submissions on several replicas never share a number and never wait for
 * each other's commit.
 */
@ApplicationScoped
public class CaseNumbers {

    static final String FORMAT = "CY-%s-%d-%08d";

    @Inject
    EntityManager em;

    /** The next number, inside the caller's transaction; a rolled-back intake leaves a gap, never a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Province accepting, int year) {
        Number n = (Number) em.createNativeQuery("select case_number_next(?1, ?2)")
                .setParameter(1, accepting.divisionPrefix())
                .setParameter(2, year)
                .getSingleResult();
        return String.format(FORMAT, accepting.divisionPrefix(), year, n.longValue());
    }
}
