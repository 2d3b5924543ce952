-- The work queue's search by the applicant's whole name (docs/common-handling.md, "Work queue"), matched only over the
-- cases the caller acts on as a side.
create index case_applicant_name on case_file (applicant_name);
