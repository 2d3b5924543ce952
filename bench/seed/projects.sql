-- Bench data for investment projects: :projects projects (default 100,000) and :reports progress reports per
-- project (default 10, so 1,000,000), in projects_bench, loaded by SQL in one transaction as the superuser.
-- Spread over 40 districts of both provinces (the four joint-zone districts carry their zone), 30 % holding a park
-- designation, every stage and source region, reports monthly between 2020 and 2026 with 5 % corrected.
\set ON_ERROR_STOP on
begin;

create temp table seed_district (i int primary key, province text, district text, zone text) on commit drop;
insert into seed_district
select i - 1, case when d like '51%' then 'sichuan' else 'chongqing' end, d,
       case when d in ('511623', '500112') then 'gaozhu' when d in ('511083', '500153') then 'rongchang-longchang' end
from unnest(array['510104','510105','510106','510107','510108','510112','510113','510114','510115','510116',
                  '510121','510129','510302','510303','510504','511002','511011','511083','511602','511623',
                  '500101','500102','500103','500104','500105','500106','500107','500108','500109','500110',
                  '500111','500112','500113','500115','500116','500117','500118','500120','500151','500153'])
     with ordinality as t(d, i);

insert into project (code, name, investor_name, investor_credit_code, source_region, industry, park_code,
                     province, district, zone, planned_investment, completed_investment, key_level, stage,
                     transferred_from_east, created_by, created_at, updated_at)
select 'bench-park-' || d.district || '.bench-' || n, '压测项目' || n, '投资企业' || (n % 5000), '91510100MA' || lpad((n % 100000000)::text, 8, '0'),
       (array['YANGTZE_RIVER_DELTA','BEIJING_TIANJIN_HEBEI','GREATER_BAY_AREA','WITHIN_CIRCLE','ABROAD','OTHER'])[1 + n % 6],
       (array['automotive','electronics','batteries','equipment','chemicals','food','packaging','logistics'])[1 + (n / 7) % 8],
       'bench-park-' || d.district, d.province, d.district, d.zone,
       (1 + n % 200) * 10000000.00, (n % 100) * 1000000.00,
       (array['NONE','NONE','NONE','CITY','PROVINCE'])[1 + (n / 3) % 5],
       (array['LEAD','SIGNED','STARTED','COMPLETED','IN_PRODUCTION','AT_CAPACITY','SUSPENDED','CANCELLED'])[1 + (n / 11) % 8],
       n % 4 = 0, 'bench-seed', now() - ((n % 2000) || ' days')::interval, now()
from generate_series(1::bigint, :projects::bigint) n
join seed_district d on d.i = n % 40;

insert into project_designation (project_id, designation, province, district, zone)
select id, case when id % 2 = 0 then '重庆沿江承接产业转移示范区' else '川渝合作共建产业合作示范园区' end,
       province, district, zone
from project where created_by = 'bench-seed' and id % 10 < 3;

insert into progress_report (project_id, cadence, period_start, period_end, completed_in_period, cumulative,
                             reporter, reported_at, corrected, province, district, zone)
select p.id, 'MONTHLY', m.start, (m.start + interval '1 month' - interval '1 day')::date,
       (1 + (p.id + j) % 50) * 100000.00, j * 5000000.00, 'bench-seed', m.start + interval '1 month',
       (p.id * 31 + j) % 20 = 0, p.province, p.district, p.zone
from project p
cross join generate_series(1, :reports) j
cross join lateral (select (date '2020-01-01' + (((p.id * 13 + j * 7) % 84) || ' months')::interval)::date as start) m
where p.created_by = 'bench-seed';

commit;
vacuum analyze project;
vacuum analyze project_designation;
vacuum analyze progress_report;
