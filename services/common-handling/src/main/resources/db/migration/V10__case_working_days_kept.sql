-- Whose days were they, kept when a case ends (docs/common-handling.md, "Whose days"), so the statistics per pair of
-- districts add up columns instead of reading timelines. Null for open cases and for cases that ended before.
alter table case_file
    add column wd_accepting         integer,
    add column wd_handling          integer,
    add column wd_applicant         integer,
    add column wd_special_procedure integer,
    add column wd_delivery          integer;
