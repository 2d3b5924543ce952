-- What the statistics need without reading every timeline: when the decision was made and how
-- many working days (pauses excluded) it took from acceptance.
alter table case_file
    add column decided_at            timestamptz,
    add column decision_working_days integer check (decision_working_days >= 0);

-- The overdue watch looks only at running clocks that have not been flagged yet.
create index case_running_due on case_file (next_due)
    where not overdue and status in ('SUBMITTED', 'ACCEPTED', 'FORWARDED', 'IN_REVIEW');

-- Statistics select a date range of submissions.
create index case_submitted on case_file (submitted_at);
