-- Either province may turn a joint-zone park's designation change down, as it may a zone change: the change becomes
-- REJECTED, with who rejected it, for which province, when and why. A decided change is never decided again.
alter table park_designation_change drop constraint park_designation_change_status_check;
alter table park_designation_change add constraint park_designation_change_status_check
    check (status in ('PENDING', 'APPLIED', 'REJECTED'));
alter table park_designation_change
    add column rejected_by          text,
    add column rejected_by_province text check (rejected_by_province in ('sichuan', 'chongqing')),
    add column rejected_at          timestamptz,
    add column rejection_reason     text check (length(rejection_reason) between 1 and 2000),
    add constraint park_designation_change_rejection check ((status = 'REJECTED') = (rejected_by is not null
        and rejected_by_province is not null and rejected_at is not null and rejection_reason is not null));
-- The cross-park inbox reads the changes newest first, often of one status.
create index park_designation_change_status on park_designation_change (status, id);
