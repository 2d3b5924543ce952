-- A document number (文号) belongs to its issuing organ: unique within the issuing province's register, not across
-- both. Across both, a Sichuan admin registering a number that a Chongqing draft (invisible to it) already has got
-- 409 and so learnt that the draft exists (issue 14, item 8). Every policy of a province is readable by that
-- province's admins, so a collision now only ever names a policy the caller can see.
drop index policy_document_number;
create unique index policy_document_number on policy (issuing_province, document_number);
