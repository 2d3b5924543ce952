-- The timeline proof, made whole (issue 14, item 9). verify walked only the rows that exist, so deleting the newest
-- events, or all of them, still verified; the case's status and decision were covered by nothing; and there was one
-- key with no name, so it could never rotate.
--   case_event.key_id   which key signed the event (the key configured before key ids is k1);
--   case_file.timeline_seq, timeline_head   the chain's head: its last sequence number and MAC;
--   case_file.seal_key_id, seal   a MAC over the case number, the head, the status and the decision.
-- Seals need the key, which migrations never see: a case made before this migration is sealed by the service at its
-- next start (LegacySeals), if its chain verifies.
-- The tables force row-level security even for their owner, and nothing may update an event: the two backfills below
-- lift that for this transaction only.

alter table case_event add column key_id text;
alter table case_event no force row level security;
update case_event set key_id = 'k1';
alter table case_event force row level security;
alter table case_event alter column key_id set not null;

alter table case_file
    add column timeline_seq integer not null default 0,
    add column timeline_head text,
    add column seal_key_id text,
    add column seal text;
alter table case_file no force row level security;
update case_file c set timeline_seq = last.seq, timeline_head = last.mac
from (select distinct on (case_id) case_id, seq, mac from case_event order by case_id, seq desc) last
where last.case_id = c.id;
alter table case_file force row level security;

create index case_file_unsealed on case_file (id) where seal is null;
