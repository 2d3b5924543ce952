-- Case statistics read counts from a roll-up instead of the cases themselves. Counting a year of cases row by row,
-- with row-level security checked on every row, took 1.5 s at p99 over a million cases (docs/benchmarks.md).
--
-- A case's contribution (received, accepted, delivered, decided, on time, working days, overdue) is keyed by what
-- the statistics group by and what row-level security reads: its submission day, item, both sides' province,
-- district and zone, and its submitter. The key keeps the case's visibility, so the same policy as case_file's
-- shows a caller exactly the roll-up rows of the cases they may read.
--
-- Writers never touch a shared counter row (a hot row would queue submissions behind each other, as the old
-- case-number counter did): a trigger appends the change of contribution to case_stats_delta, and a single folder
-- (case_stats_fold, called on a schedule) moves deltas into case_stats by day ('D') and by month ('M'). A query
-- reads whole months, the days of partial months, and the deltas not folded yet, in one statement, so it is exact.

create table case_stats (
    span                char(1) not null check (span in ('D', 'M')),
    period              date    not null,
    item_code           text    not null,
    accepting_province  text    not null,
    accepting_district  text    not null,
    accepting_zone      text,
    handling_province   text    not null,
    handling_district   text    not null,
    handling_zone       text,
    submitter           text,
    received            bigint  not null,
    accepted            bigint  not null,
    delivered           bigint  not null,
    decided             bigint  not null,
    decided_on_time     bigint  not null,
    decision_days       bigint  not null,
    decision_days_count bigint  not null,
    overdue             bigint  not null,
    constraint case_stats_key unique nulls not distinct (span, period, item_code, accepting_province,
        accepting_district, accepting_zone, handling_province, handling_district, handling_zone, submitter)
);

create table case_stats_delta (
    day                 date    not null,
    item_code           text    not null,
    accepting_province  text    not null,
    accepting_district  text    not null,
    accepting_zone      text,
    handling_province   text    not null,
    handling_district   text    not null,
    handling_zone       text,
    submitter           text,
    received            bigint  not null,
    accepted            bigint  not null,
    delivered           bigint  not null,
    decided             bigint  not null,
    decided_on_time     bigint  not null,
    decision_days       bigint  not null,
    decision_days_count bigint  not null,
    overdue             bigint  not null
);
create index case_stats_delta_day on case_stats_delta (day);

-- Read like case_file; written only by the functions below (owned by the migration role, which RLS does not bind
-- on these tables). The runtime role has no write policy, so it cannot change a count.
alter table case_stats enable row level security;
alter table case_stats_delta enable row level security;
create policy case_stats_read on case_stats for select using (
    jurisdiction_can_read(accepting_province, accepting_district, accepting_zone, submitter)
    or jurisdiction_can_read(handling_province, handling_district, handling_zone, submitter));
create policy case_stats_delta_read on case_stats_delta for select using (
    jurisdiction_can_read(accepting_province, accepting_district, accepting_zone, submitter)
    or jurisdiction_can_read(handling_province, handling_district, handling_zone, submitter));

-- One case's contribution times sign (+1 for what it counts now, -1 for what it counted before).
create function case_stats_add(c case_file, sign integer) returns void
    language sql security definer set search_path = public, pg_temp as $$
    insert into case_stats_delta values (
        (c.submitted_at at time zone 'Asia/Shanghai')::date, c.item_code,
        c.accepting_province, c.accepting_district, c.accepting_zone,
        c.handling_province, c.handling_district, c.handling_zone, c.submitter,
        sign, sign * (c.accepted_on is not null)::int, sign * (c.status = 'DELIVERED')::int,
        sign * (c.decided_at is not null)::int, sign * coalesce(c.decided_at <= c.decision_due, false)::int,
        sign * coalesce(c.decision_working_days, 0), sign * (c.decision_working_days is not null)::int,
        sign * c.overdue::int)
$$;

create function case_stats_track() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_op = 'UPDATE' then
        -- Most updates (timeline, materials, next deadline) change nothing counted: no delta for them.
        if (old.submitted_at, old.item_code, old.accepting_province, old.accepting_district, old.accepting_zone,
            old.handling_province, old.handling_district, old.handling_zone, old.submitter,
            old.accepted_on is not null, old.status = 'DELIVERED', old.decided_at, old.decision_due,
            old.decision_working_days, old.overdue)
           is not distinct from
           (new.submitted_at, new.item_code, new.accepting_province, new.accepting_district, new.accepting_zone,
            new.handling_province, new.handling_district, new.handling_zone, new.submitter,
            new.accepted_on is not null, new.status = 'DELIVERED', new.decided_at, new.decision_due,
            new.decision_working_days, new.overdue) then
            return null;
        end if;
        perform case_stats_add(old, -1);
    end if;
    perform case_stats_add(new, 1);
    return null;
end $$;

create trigger case_stats_track after insert or update on case_file
    for each row execute function case_stats_track();

-- Adds contributions (rows shaped like case_stats_delta, from the query given) into case_stats, by day and by
-- month. Returns the roll-up rows written.
create function case_stats_merge(contributions text) returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    written bigint;
begin
    execute format($q$
        with c as (%s)
        insert into case_stats as s
        select g.span, g.period, c.item_code, c.accepting_province, c.accepting_district, c.accepting_zone,
               c.handling_province, c.handling_district, c.handling_zone, c.submitter,
               sum(c.received), sum(c.accepted), sum(c.delivered), sum(c.decided), sum(c.decided_on_time),
               sum(c.decision_days), sum(c.decision_days_count), sum(c.overdue)
        from c cross join lateral (values ('D', c.day), ('M', date_trunc('month', c.day)::date)) g(span, period)
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        on conflict on constraint case_stats_key do update set
            received = s.received + excluded.received, accepted = s.accepted + excluded.accepted,
            delivered = s.delivered + excluded.delivered, decided = s.decided + excluded.decided,
            decided_on_time = s.decided_on_time + excluded.decided_on_time,
            decision_days = s.decision_days + excluded.decision_days,
            decision_days_count = s.decision_days_count + excluded.decision_days_count,
            overdue = s.overdue + excluded.overdue
        $q$, contributions);
    get diagnostics written = row_count;
    return written;
end $$;

-- Moves the deltas into case_stats. One folder at a time across replicas; a delta committed while this runs
-- stays for the next fold (the delete sees only what was committed when it started). Returns the roll-up rows
-- written, or -1 when another folder was busy.
create function case_stats_fold() returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if not pg_try_advisory_xact_lock(hashtext('case_stats_fold')) then
        return -1;
    end if;
    return case_stats_merge('delete from case_stats_delta returning *');
end $$;

-- Counts every case again from case_file: this migration, and bench data loaded with triggers off.
create function case_stats_rebuild() returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    before text := current_setting('app.read_all', true);
    written bigint;
begin
    -- case_file forces row-level security even on its owner: read all of it, then put the setting back.
    perform set_config('app.read_all', 'true', true);
    delete from case_stats;
    delete from case_stats_delta;
    written := case_stats_merge($c$
        select (submitted_at at time zone 'Asia/Shanghai')::date as day, item_code,
               accepting_province, accepting_district, accepting_zone,
               handling_province, handling_district, handling_zone, submitter,
               count(*) as received, count(accepted_on) as accepted,
               count(*) filter (where status = 'DELIVERED') as delivered, count(decided_at) as decided,
               count(*) filter (where decided_at <= decision_due) as decided_on_time,
               coalesce(sum(decision_working_days), 0) as decision_days,
               count(decision_working_days) as decision_days_count, count(*) filter (where overdue) as overdue
        from case_file
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9 $c$);
    perform set_config('app.read_all', coalesce(before, ''), true);
    return written;
end $$;

-- Only the fold is for the runtime role. The others would let it write counts of its own (default privileges grant
-- it EXECUTE on whatever the owner creates, so those grants go too).
do $$
declare
    r record;
begin
    for r in select p.oid::regprocedure as fn, a.grantee
             from pg_proc p cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
             where p.proname in ('case_stats_add', 'case_stats_merge', 'case_stats_rebuild')
               and a.grantee <> p.proowner
    loop
        execute format('revoke all on function %s from %s', r.fn,
                       case when r.grantee = 0 then 'public' else quote_ident(r.grantee::regrole::text) end);
    end loop;
end $$;

select case_stats_rebuild();
