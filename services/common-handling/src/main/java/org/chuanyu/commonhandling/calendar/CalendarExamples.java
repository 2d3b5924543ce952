package org.chuanyu.commonhandling.calendar;

/** OpenAPI examples for the working-day calendar, kept next to the resource that shows them. */
final class CalendarExamples {

    /** The holidays of 2026 as the State Council published them. */
    private static final String HOLIDAYS_2026 = "[{\"name\":\"元旦 New Year's Day\","
            + "\"days\":[\"2026-01-01\",\"2026-01-02\",\"2026-01-03\"]},"
            + "{\"name\":\"春节 Spring Festival\",\"days\":[\"2026-02-15\",\"2026-02-16\",\"2026-02-17\",\"2026-02-18\","
            + "\"2026-02-19\",\"2026-02-20\",\"2026-02-21\",\"2026-02-22\",\"2026-02-23\"]},"
            + "{\"name\":\"清明节 Qingming\",\"days\":[\"2026-04-04\",\"2026-04-05\",\"2026-04-06\"]},"
            + "{\"name\":\"劳动节 Labour Day\",\"days\":[\"2026-05-01\",\"2026-05-02\",\"2026-05-03\",\"2026-05-04\","
            + "\"2026-05-05\"]},"
            + "{\"name\":\"端午节 Dragon Boat\",\"days\":[\"2026-06-19\",\"2026-06-20\",\"2026-06-21\"]},"
            + "{\"name\":\"中秋节 Mid-Autumn\",\"days\":[\"2026-09-25\",\"2026-09-26\",\"2026-09-27\"]},"
            + "{\"name\":\"国庆节 National Day\",\"days\":[\"2026-10-01\",\"2026-10-02\",\"2026-10-03\",\"2026-10-04\","
            + "\"2026-10-05\",\"2026-10-06\",\"2026-10-07\"]}]";

    private static final String SOURCE_2026 = "\"source\":\"国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04\"";

    /** The 2026 schedule: what an admin sends, and what a proposal or a change holds. */
    static final String SCHEDULE = "{" + SOURCE_2026 + ",\"holidays\":" + HOLIDAYS_2026 + ","
            + "\"makeUpWorkdays\":[\"2026-01-04\",\"2026-02-14\",\"2026-02-28\",\"2026-05-09\",\"2026-09-20\","
            + "\"2026-10-10\"]}";

    /** The 2026 schedule as first loaded, without the make-up working day of 4 January. */
    private static final String SCHEDULE_AS_LOADED = "{" + SOURCE_2026 + ",\"holidays\":" + HOLIDAYS_2026 + ","
            + "\"makeUpWorkdays\":[\"2026-02-14\",\"2026-02-28\",\"2026-05-09\",\"2026-09-20\",\"2026-10-10\"]}";

    static final String YEAR = "{\"year\":2026,\"loaded\":true,\"provisional\":false,\"version\":2," + SOURCE_2026
            + ",\"holidays\":" + HOLIDAYS_2026 + ",\"makeUpWorkdays\":[\"2026-01-04\",\"2026-02-14\",\"2026-02-28\","
            + "\"2026-05-09\",\"2026-09-20\",\"2026-10-10\"],\"updatedBy\":\"cq-admin\","
            + "\"updatedAt\":\"2025-11-06T10:15:00+08:00\"}";

    static final String PROPOSAL = "{\"id\":3,\"year\":2026,\"status\":\"PENDING\",\"baseVersion\":1,\"schedule\":"
            + SCHEDULE + ",\"proposedBy\":\"cq-admin\",\"proposedByRealm\":\"chongqing\","
            + "\"proposedAt\":\"2025-11-05T16:40:00+08:00\",\"approvals\":[{\"province\":\"chongqing\","
            + "\"approver\":\"joint-office-cq\",\"approvedAt\":\"2025-11-05T17:05:00+08:00\"}],"
            + "\"awaiting\":[\"sichuan\"],\"decidedAt\":null,\"rejectionReason\":null}";

    static final String CHANGE = "{\"id\":17,\"year\":2026,\"recordedBy\":\"cq-admin\","
            + "\"recordedByRealm\":\"chongqing\",\"recordedAt\":\"2025-11-06T10:15:00+08:00\",\"before\":"
            + SCHEDULE_AS_LOADED + ",\"after\":" + SCHEDULE + ",\"proposal\":3}";

    private CalendarExamples() {
    }
}
