-- Policies of both provinces, their versions, and the approvals of joint policies.
-- Visibility is not the usual scope rule: a policy is reference data once published (or in force),
-- readable by every authenticated caller of either province; a draft is readable by every caller of
-- the issuing province, whatever the role (a district clerk included), and a joint draft by both.
-- The library's settings (app.read_provinces, ...) cannot express "any caller of this realm" (a clerk's
-- read scope names districts, not its province), so org.chuanyu.policy.access.PolicySettingsListener
-- adds two transaction-local settings of this service: app.policy_province (the caller's realm) and
-- app.policy_admin ('true' for a province-admin or cross-province-admin). The library's system scope
-- (read_all and write_all both true; never obtainable over HTTP) sees and writes everything.

create or replace function policy_caller_province() returns text
language sql stable parallel safe as $$
  select coalesce(current_setting('app.policy_province', true), '')
$$;

create or replace function policy_system_scope() returns boolean
language sql stable parallel safe as $$
  select coalesce(current_setting('app.read_all', true) = 'true' and current_setting('app.write_all', true) = 'true', false)
$$;

-- Mirrors org.chuanyu.policy.access.PolicyAccess#canRead.
create or replace function policy_can_read(issuer text, is_joint boolean, state text) returns boolean
language sql stable parallel safe as $$
  select policy_system_scope()
      or (policy_caller_province() <> ''
          and (state <> 'DRAFT' or is_joint or issuer = policy_caller_province()))
$$;

-- Coarser than PolicyAccess#canEdit on purpose: the other province's admins approve joint policies,
-- which updates the policy's status, so the database lets an admin of either taking-part province write.
create or replace function policy_can_write(issuer text, is_joint boolean) returns boolean
language sql stable parallel safe as $$
  select policy_system_scope()
      or (coalesce(current_setting('app.policy_admin', true), '') = 'true'
          and (is_joint or issuer = policy_caller_province()))
$$;

create table policy (
    id                 bigserial primary key,
    issuing_province   text not null check (issuing_province in ('sichuan', 'chongqing')),
    department         text not null,
    document_number    text not null,
    title              text not null,
    title_en           text,
    kind               text not null,
    joint              boolean not null,
    status             text not null check (status in ('DRAFT', 'PUBLISHED', 'IN_FORCE', 'EXPIRED', 'REPEALED')),
    valid_from         date not null,
    valid_to           date,
    body               text not null,
    benefits           jsonb not null,
    app_provinces      text[] not null,
    app_districts      text[] not null,
    app_zones          text[] not null,
    app_parks          text[] not null,
    app_industries     text[] not null,
    app_stages         text[] not null,
    min_investment     numeric(18, 2) check (min_investment >= 0),
    current_version    integer not null,
    -- Character bigrams (and single characters) computed in Java (org.chuanyu.policy.search.Bigrams):
    -- PostgreSQL has no Chinese parser here and pg_trgm cannot index two-character queries.
    search_terms       text not null,
    search             tsvector generated always as (to_tsvector('simple', search_terms)) stored,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null,
    row_version        bigint not null,
    constraint policy_validity check (valid_to is null or valid_to >= valid_from),
    constraint policy_joint_status check (not (joint and status = 'PUBLISHED') and not (not joint and status = 'IN_FORCE'))
);
create unique index policy_document_number on policy (document_number);
create index policy_search on policy using gin (search);
create index policy_kind on policy (kind, id);
create index policy_industries on policy using gin (app_industries);

alter table policy enable row level security;
alter table policy force row level security;
create policy policy_read on policy for select using (policy_can_read(issuing_province, joint, status));
create policy policy_insert on policy for insert with check (policy_can_write(issuing_province, joint));
create policy policy_update on policy for update
    using (policy_can_write(issuing_province, joint)) with check (policy_can_write(issuing_province, joint));
create policy policy_delete on policy for delete using (policy_can_write(issuing_province, joint));

-- Every content of a policy, kept: version n is the content as it stood after its n-th change.
create table policy_version (
    policy_id   bigint not null references policy (id) on delete cascade,
    number      integer not null,
    content     jsonb not null,
    created_at  timestamptz not null,
    created_by  text not null,
    primary key (policy_id, number)
);
alter table policy_version enable row level security;
alter table policy_version force row level security;
-- A version is as visible as its policy (the subquery is itself filtered by policy's policies).
create policy policy_version_read on policy_version for select
    using (exists (select 1 from policy p where p.id = policy_id));
create policy policy_version_insert on policy_version for insert
    with check (exists (select 1 from policy p where p.id = policy_id and policy_can_write(p.issuing_province, p.joint)));
create policy policy_version_delete on policy_version for delete
    using (exists (select 1 from policy p where p.id = policy_id and policy_can_write(p.issuing_province, p.joint)));

-- Approvals of joint policies, each on one version: a new version needs new approvals.
create table policy_approval (
    id              bigserial primary key,
    policy_id       bigint not null references policy (id) on delete cascade,
    policy_version  integer not null,
    province        text not null check (province in ('sichuan', 'chongqing')),
    approver        text not null,
    approved_at     timestamptz not null,
    unique (policy_id, policy_version, province)
);
alter table policy_approval enable row level security;
alter table policy_approval force row level security;
create policy policy_approval_read on policy_approval for select
    using (exists (select 1 from policy p where p.id = policy_id));
create policy policy_approval_insert on policy_approval for insert
    with check (policy_system_scope()
                or (province = policy_caller_province() and coalesce(current_setting('app.policy_admin', true), '') = 'true'
                    and exists (select 1 from policy p where p.id = policy_id and p.joint)));
create policy policy_approval_delete on policy_approval for delete
    using (exists (select 1 from policy p where p.id = policy_id and policy_can_write(p.issuing_province, p.joint)));
