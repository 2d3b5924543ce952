-- Bench data for common handling: :cases cases (default 1,000,000) in common_handling_bench, loaded by SQL in one
-- transaction as the superuser (who bypasses row-level security; the services still read it through RLS).
-- Spread like the demo data: eight routes between Linshui 511623, Yubei 500112, Rongchang 500153 and Longchang
-- 511083; the catalogue's items; submissions over the last two years. Cases filed in the last 30 days are still
-- open (every open status), older ones are finished, so the work queues hold what a real one would.
-- Each case gets its SUBMIT event and, as a filed case has, its head (timeline_seq 1) and seal; seeded MACs, seals
-- and key ids are the word 'seed' (timeline verification is not benchmarked and would rightly fail on these cases). Case numbers continue the per-province, per-year counters (and sequences).
\set ON_ERROR_STOP on
begin;
-- The statistics roll-up (migration V3.4) would get a delta per inserted case from its trigger: triggers stay off
-- while loading, and the roll-up is counted once at the end.
set local session_replication_role = replica;

create temp table seed_route (i int primary key, ap text, ad text, hp text, hd text) on commit drop;
insert into seed_route values
  (0, 'sichuan', '511623', 'chongqing', '500112'), (1, 'chongqing', '500112', 'sichuan', '511623'),
  (2, 'sichuan', '511623', 'sichuan', '511623'),   (3, 'chongqing', '500112', 'chongqing', '500112'),
  (4, 'sichuan', '511083', 'chongqing', '500153'), (5, 'chongqing', '500153', 'sichuan', '511083'),
  (6, 'chongqing', '500153', 'chongqing', '500153'), (7, 'sichuan', '511623', 'chongqing', '500112');

create temp table seed_item on commit drop as
  select (row_number() over (order by item) - 1)::int as i, item, max(number) as version
  from item_version where status = 'APPROVED' group by item;

-- k: a deterministic spread of 0..99 per case; age: days since submission (0..729).
create temp table seed_case on commit drop as
  select n, (n * 7919) % 100 as k, (n * 104729) % 730 as age, ((n * 15485863) % 86400) as sec
  from generate_series(1::bigint, :cases::bigint) n;

insert into case_file (number, item_code, item_version, applicant_kind, applicant_name, applicant_id, applicant_contact,
                       accepting_province, accepting_district, accepting_window, handling_province, handling_district,
                       channel, submitter, status, submitted_at, acceptance_due, decision_due, next_due, overdue,
                       accepted_on, decided_at, decision_working_days, materials)
select 'CY-' || case r.ap when 'sichuan' then '51' else '50' end || '-' || extract(year from t.at)::int || '-'
         || lpad((row_number() over (partition by r.ap, extract(year from t.at) order by t.at, c.n))::text, 8, '0'),
       it.item, it.version, 'PERSON', '申请人' || c.n, r.ad || '19800101' || lpad((c.n % 1000)::text, 3, '0') || 'X',
       '138' || lpad((c.n % 100000000)::text, 8, '0'),
       r.ap, r.ad, '政务服务中心川渝通办窗口', r.hp, r.hd,
       case when c.k % 10 = 0 then 'EXTERNAL_SYSTEM' else 'WINDOW' end,
       case when c.k % 10 = 0 then case r.ap when 'sichuan' then 'tianfu-tongban' else 'yukuaiban' end end,
       t.status, t.at, t.at + interval '7 days',
       case when t.status not in ('SUBMITTED', 'REJECTED_AT_INTAKE', 'WITHDRAWN') then t.at + interval '35 days' end,
       case when t.status = 'SUBMITTED' then t.at + interval '7 days'
            when t.status in ('ACCEPTED', 'FORWARDED', 'IN_REVIEW') then t.at + interval '35 days' end,
       false,
       case when t.status not in ('SUBMITTED', 'REJECTED_AT_INTAKE', 'WITHDRAWN') then (t.at + interval '1 day')::date end,
       case when t.status in ('APPROVED', 'DENIED', 'DELIVERED') then t.at + ((3 + c.k % 20) || ' days')::interval end,
       case when t.status in ('APPROVED', 'DENIED', 'DELIVERED') then 2 + c.k % 15 end,
       '[]'::jsonb
from seed_case c
join seed_route r on r.i = c.n % 8
join seed_item it on it.i = (c.n / 8) % (select count(*) from seed_item)
cross join lateral (
  select now() - (c.age || ' days')::interval - (c.sec || ' seconds')::interval as at,
         case when c.age < 30 then
                case when c.k < 25 then 'SUBMITTED' when c.k < 45 then 'ACCEPTED' when c.k < 55 then 'FORWARDED'
                     when c.k < 85 then 'IN_REVIEW' when c.k < 92 then 'SUPPLEMENT_REQUESTED' else 'APPROVED' end
              else
                case when c.k < 84 then 'DELIVERED' when c.k < 92 then 'REJECTED_AT_INTAKE'
                     when c.k < 97 then 'WITHDRAWN' else 'DENIED' end
         end as status) t;

update case_file set timeline_seq = 1, timeline_head = 'seed', seal = 'seed', seal_key_id = 'seed'
where timeline_seq = 0;

-- Open cases whose deadline has passed are what the overdue watch would have flagged.
update case_file set overdue = true where next_due < now();

insert into case_event (case_id, seq, at, actor, realm, role, action, from_status, to_status, mac, key_id)
select id, 1, submitted_at, coalesce(submitter, 'seed-window'), accepting_province,
       case when submitter is null then 'window-clerk' else 'external-system' end, 'SUBMIT', null, 'SUBMITTED', 'seed',
       'seed'
from case_file c
-- Cases are numbered in order, so those without events are those after the last case with one. (A "not exists" per
-- case would scan the events being inserted, again for every case.)
where c.id > (select coalesce(max(case_id), 0) from case_event);

insert into case_number_counter (province_code, year, last_number)
select split_part(number, '-', 2), split_part(number, '-', 3)::int, max(split_part(number, '-', 4)::bigint)
from case_file group by 1, 2
on conflict (province_code, year) do update set last_number = greatest(case_number_counter.last_number, excluded.last_number);

-- Sequences that earlier submissions already created (migration V3.3) continue past the seeded numbers too.
do $$
declare
    r record;
    seq text;
    current_last bigint;
begin
    for r in select province_code, year, last_number from case_number_counter loop
        seq := format('case_number_%s_%s', r.province_code, r.year);
        if to_regclass(seq) is not null then
            execute format('select last_value from %I', seq) into current_last;
            if current_last < r.last_number then
                perform setval(seq, r.last_number);
            end if;
        end if;
    end loop;
end $$;

select case_stats_rebuild() as statistics_rollup_rows;

commit;
vacuum analyze case_file;
vacuum analyze case_event;
vacuum analyze case_number_counter;
vacuum analyze case_stats;
