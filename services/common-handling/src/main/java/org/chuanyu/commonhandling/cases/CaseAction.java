package org.chuanyu.commonhandling.cases;

/** What a clerk, an authority or the applicant's channel does to a case. */
public enum CaseAction {
    ACCEPT, REJECT_AT_INTAKE, FORWARD, START_REVIEW, REQUEST_SUPPLEMENT, SUPPLEMENT_ARRIVED,
    APPROVE, DENY, DELIVER, WITHDRAW
}
