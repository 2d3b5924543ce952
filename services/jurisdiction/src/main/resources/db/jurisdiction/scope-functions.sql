-- Row-level-security rule shared by every service database, installed (create or replace) by
-- org.chuanyu.jurisdiction.rls.ScopeFunctionsCallback before each Flyway migration, so a change
-- here reaches every service on its next start. It mirrors org.chuanyu.jurisdiction.scope.Access:
-- a record is covered when the transaction's settings grant everything, or list its province,
-- district or zone (and, when a submitter is set, the record was submitted by it).
-- Settings are transaction-local (set_config(..., true)); outside a transaction they are absent and
-- nothing is covered: fail closed.

create or replace function jurisdiction_setting_list(setting text) returns text[]
language sql stable parallel safe as $$
  select coalesce(string_to_array(nullif(current_setting(setting, true), ''), ','), '{}'::text[])
$$;

create or replace function jurisdiction_covers(mode text, rec_province text, rec_district text,
                                               rec_zone text, rec_submitter text) returns boolean
language sql stable parallel safe as $$
  select coalesce(current_setting('app.' || mode || '_all', true) = 'true', false)
      or coalesce((rec_province = any (jurisdiction_setting_list('app.' || mode || '_provinces'))
                   or rec_district = any (jurisdiction_setting_list('app.' || mode || '_districts'))
                   or rec_zone = any (jurisdiction_setting_list('app.' || mode || '_zones')))
                  and (coalesce(current_setting('app.' || mode || '_submitter', true), '') = ''
                       or rec_submitter = current_setting('app.' || mode || '_submitter', true)),
                  false)
$$;

create or replace function jurisdiction_can_read(rec_province text, rec_district text, rec_zone text,
                                                 rec_submitter text default null) returns boolean
language sql stable parallel safe as $$
  select jurisdiction_covers('read', rec_province, rec_district, rec_zone, rec_submitter)
$$;

create or replace function jurisdiction_can_write(rec_province text, rec_district text, rec_zone text,
                                                  rec_submitter text default null) returns boolean
language sql stable parallel safe as $$
  select jurisdiction_covers('write', rec_province, rec_district, rec_zone, rec_submitter)
$$;
