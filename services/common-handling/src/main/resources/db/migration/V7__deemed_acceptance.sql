-- 行政许可法 art. 32: a case neither refused nor asked for materials within five working days of receiving them is
-- accepted as of the day they were received. The instant that happens, set at submission and cleared once the office
-- acts (docs/common-handling-clock.md, "Article 32"). Cases filed before this column existed have none: their offices
-- were not yet held to it by the platform.
alter table case_file add column deemed_accepted_at timestamptz;
create index case_deemed_acceptance on case_file (deemed_accepted_at) where deemed_accepted_at is not null;
