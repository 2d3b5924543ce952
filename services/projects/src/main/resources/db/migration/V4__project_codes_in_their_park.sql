-- A project's code begins with its park's code and a dot (ADR 0003): a code taken by a project the caller cannot
-- see could otherwise answer 409 and reveal it, while every project of one park has that park's scope. Projects
-- registered before keep their own part behind their park's code.
alter table project drop constraint project_code_slug;
alter table project drop constraint project_code_not_reserved;
-- Row-level security applies to the owner too (FORCE, V1): the migration reads and writes every row for once.
select set_config('app.read_all', 'true', true), set_config('app.write_all', 'true', true);
update project set code = park_code || '.' || code where position('.' in code) = 0;
select set_config('app.read_all', '', true), set_config('app.write_all', '', true);
alter table project add constraint project_code_in_its_park
    check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$' and starts_with(code, park_code || '.'));
