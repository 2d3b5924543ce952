-- 行政许可法 art. 44: a decision reaches the applicant within ten working days. The deadline, set at the decision, is
-- what the overdue watch holds decided cases to (docs/common-handling-clock.md, "Article 44").
alter table case_file add column delivery_due timestamptz;
create index case_delivery_due on case_file (delivery_due) where delivery_due is not null and not overdue;
