-- The parks outbox takes the name every service's outbox has (the library's OutboxEvent, docs/notifications.md):
-- same columns, same positions, so a reader's stored position stays valid.
alter table park_event rename to outbox_event;
