-- Promised limits of a case's steps (承诺时限), per item version, each at most its statutory limit; null where the
-- version promises nothing shorter (docs/common-handling-catalogue.md). Proposed and approved with the version.
alter table item_version
    add column intake_limit_days   integer check (intake_limit_days >= 1 and intake_limit_days <= acceptance_working_days),
    add column decision_limit_days integer check (decision_limit_days >= 1 and decision_limit_days <= decision_working_days),
    add column delivery_limit_days integer check (delivery_limit_days between 1 and 10);
