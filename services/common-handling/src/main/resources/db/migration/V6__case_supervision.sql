-- The warning lights of electronic supervision (docs/common-handling.md, "Supervision"): the light, the step and side
-- it concerns, the step's limit, why, and when time alone next changes it (what the supervision watch looks for).
alter table case_file
    add column supervision_level    text check (supervision_level in ('NORMAL', 'WARNING', 'YELLOW', 'RED')),
    add column supervision_step     text,
    add column supervision_side     text,
    add column supervision_step_due timestamptz,
    add column supervision_reason   text,
    add column supervision_next_at  timestamptz;
create index case_supervision_next on case_file (supervision_next_at) where supervision_next_at is not null;
create index case_supervision_queue on case_file (supervision_level, next_due, id) where supervision_level is not null;

-- Open cases filed before the lights existed are looked at by the first scan. The owner runs this, and FORCE row level
-- security would hide every row from it: lifted for this transaction only.
alter table case_file no force row level security;
update case_file set supervision_next_at = now()
where status not in ('REJECTED_AT_INTAKE', 'DELIVERED', 'WITHDRAWN');
alter table case_file force row level security;
