package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.Province;

/**
 * Case numbers people read and quote: {@code CY-<province code>-<year>-<8 digits>}, unique per
 * accepting province and year (eight digits: up to 99,999,999 a year, far above the reported
 * 15,000 a day). One counter row per province and year, incremented atomically by the database,
 * so concurrent submissions on several replicas never share a number.
 */
@ApplicationScoped
public class CaseNumbers {

    static final String FORMAT = "CY-%s-%d-%08d";

    @Inject
    EntityManager em;

    /** The next number; joins the caller's transaction, so a rolled-back intake leaves a gap, never a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Province accepting, int year) {
        Number n = (Number) em.createNativeQuery(
                        "insert into case_number_counter (province_code, year, last_number) values (?1, ?2, 1) "
                                + "on conflict (province_code, year) do update set last_number = case_number_counter.last_number + 1 "
                                + "returning last_number")
                .setParameter(1, accepting.divisionPrefix())
                .setParameter(2, year)
                .getSingleResult();
        return String.format(FORMAT, accepting.divisionPrefix(), year, n.longValue());
    }
}
