-- A province turns down the current version of a joint draft instead of approving it: who, for which province, when,
-- on which version and why. One rejection per version; a new version (a change of the content) needs both provinces
-- again, and the rejection stays with the version it was about. Row-level security as for the approvals: readable with
-- the policy, written by an admin for the admin's own province on a joint policy.
create table policy_rejection (
    id             bigserial primary key,
    policy_id      bigint      not null references policy (id) on delete cascade,
    policy_version integer     not null,
    province       text        not null check (province in ('sichuan', 'chongqing')),
    rejected_by    text        not null,
    rejected_at    timestamptz not null,
    reason         text        not null check (length(reason) between 1 and 2000),
    unique (policy_id, policy_version)
);
alter table policy_rejection enable row level security;
alter table policy_rejection force row level security;
create policy policy_rejection_read on policy_rejection for select
    using (exists (select 1 from policy p where p.id = policy_id));
create policy policy_rejection_insert on policy_rejection for insert
    with check (policy_system_scope()
                or (province = policy_caller_province() and coalesce(current_setting('app.policy_admin', true), '') = 'true'
                    and exists (select 1 from policy p where p.id = policy_id and p.joint)));
create policy policy_rejection_delete on policy_rejection for delete
    using (exists (select 1 from policy p where p.id = policy_id and policy_can_write(p.issuing_province, p.joint)));
