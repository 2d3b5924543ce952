-- Alignment topics (异地同标): a Sichuan and a Chongqing policy compared parameter by parameter.
-- Reference data: every authenticated caller reads them; admins of either province write them.
-- The status is computed in Java from the stored sides and parameters on every write and kept here
-- so lists and the dashboard can filter on it.
create table alignment_topic (
    id                    bigserial primary key,
    code                  text not null unique,
    title                 text not null,
    title_en              text,
    sichuan_policy_id     bigint references policy (id) on delete set null,
    chongqing_policy_id   bigint references policy (id) on delete set null,
    parameters            jsonb not null,
    status                text not null check (status in ('ALIGNED', 'DIVERGENT', 'MISSING_ON_ONE_SIDE')),
    differing             text[] not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    row_version           bigint not null
);
create index alignment_topic_status on alignment_topic (status, id);

alter table alignment_topic enable row level security;
alter table alignment_topic force row level security;
create policy alignment_topic_read on alignment_topic for select
    using (policy_system_scope() or policy_caller_province() <> '');
create policy alignment_topic_write on alignment_topic for all
    using (policy_system_scope() or coalesce(current_setting('app.policy_admin', true), '') = 'true')
    with check (policy_system_scope() or coalesce(current_setting('app.policy_admin', true), '') = 'true');
