-- Who has each side of the bench cases (issue 18): every case, open or ended, has both sides assigned, as a district
-- office's history would. Each district has five clerks; in Linshui (511623) the first is the demo's linshui-clerk,
-- whose "my cases" queue the bench times (thousands open, tens of thousands ended). User names are unique within a
-- realm only, so each assignee carries its realm: the side's province.
-- Run once, after common-handling.sql, as the superuser (no row-level security, triggers off: the statistics do not
-- count assignees). The warning lights are not seeded: the supervision watch computes them (the bench times that).
\set ON_ERROR_STOP on
begin;
set local session_replication_role = replica;

update case_file
set accepting_assignee_realm = accepting_province,
    accepting_assignee = case when accepting_district = '511623' and id % 5 = 0 then 'linshui-clerk'
                              else 'clerk-' || accepting_district || '-' || (id % 5) end,
    handling_assignee_realm = handling_province,
    handling_assignee = case when handling_district = '511623' and id % 5 = 1 then 'linshui-clerk'
                             else 'clerk-' || handling_district || '-' || ((id + 1) % 5) end
where accepting_assignee is null and handling_assignee is null;

commit;
vacuum analyze case_file;
