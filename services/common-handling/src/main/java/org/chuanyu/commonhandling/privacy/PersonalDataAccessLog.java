package org.chuanyu.commonhandling.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.http.RequestId;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ListQuery;
import org.chuanyu.jurisdiction.web.Page;
import org.chuanyu.jurisdiction.web.PageRequest;
import org.chuanyu.jurisdiction.web.QueryParameters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The record of who saw personal data unmasked. The case desk writes an entry whenever an answer shows a resident ID
 * number or contact in full; a province-admin reads the entries of the cases its province accepts or handles.
 */
@ApplicationScoped
public class PersonalDataAccessLog {

    /** The fields an entry may name. */
    public static final String ID_NUMBER = "idNumber";
    public static final String CONTACT = "contact";

    @Inject
    BusinessClock businessClock;

    /** Within the caller's transaction: the answer and its record stand or fall together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, long caseId, String caseNumber, String acceptingProvince, String handlingProvince,
                       List<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        // A plain insert, no RETURNING: the writer (a clerk) may not read the record back (only its province's admins
        // may), and PostgreSQL checks the read policy on the rows an insert returns.
        PersonalDataAccess.getEntityManager().createNativeQuery("insert into personal_data_access (at, actor, realm, "
                        + "case_id, case_number, accepting_province, handling_province, fields, request_id) values (:at, "
                        + ":actor, :realm, :caseId, :caseNumber, :accepting, :handling, string_to_array(:fields, ','), :requestId)")
                .setParameter("at", businessClock.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("actor", caller.has(Role.EXTERNAL_SYSTEM) ? caller.clientId() : caller.username())
                .setParameter("realm", caller.province().realm())
                .setParameter("caseId", caseId)
                .setParameter("caseNumber", caseNumber)
                .setParameter("accepting", acceptingProvince)
                .setParameter("handling", handlingProvince)
                .setParameter("fields", String.join(",", fields))
                .setParameter("requestId", RequestId.current())
                .executeUpdate();
    }

    /**
     * The entries of cases the admin's province accepts or handles, newest first. 403 for anyone but a province-admin;
     * 400 for bad dates (from after to) or a bad limit or cursor.
     */
    @Transactional
    public Page<PersonalDataAccessView> read(Caller caller, String from, String to, String caseNumber,
                                             PageRequest request) {
        if (!caller.has(Role.PROVINCE_ADMIN)) {
            throw ProblemException.forbidden("Only a province-admin reads who saw personal data, for its own province");
        }
        LocalDate fromDay = QueryParameters.date("from", from);
        LocalDate toDay = QueryParameters.date("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return ListQuery.of(PersonalDataAccess.class, "e")
                .and("(e.acceptingProvince = :province or e.handlingProvince = :province)", "province",
                        caller.province().realm())
                .and("e.at >= :from", "from", fromDay == null ? null : fromDay.atStartOfDay(BusinessDates.ZONE).toInstant())
                .and("e.at < :to", "to", toDay == null ? null : toDay.plusDays(1).atStartOfDay(BusinessDates.ZONE).toInstant())
                .and("e.caseNumber = :number", "number", caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip())
                .descending(PersonalDataAccess.getEntityManager(), request, ListQuery.Key.number("e.id", e -> e.id))
                .map(e -> new PersonalDataAccessView(e.id, BusinessDates.at(e.at), e.actor, e.realm, e.caseNumber,
                        List.of(e.fields), e.requestId));
    }
}
