-- The service's outbox (docs/notifications.md): an event for every change others are told of, written in the
-- transaction that makes the change, so it exists if and only if the change committed. Read only by the
-- platform's relay, through this service's own API (GET …/events); no personal data.
create table outbox_event (
    -- Positions are handed out under a transaction-level advisory lock (the library's Outbox), so they are in
    -- commit order: a reader that has seen position n never misses a smaller one committed later.
    position    bigint generated always as identity primary key,
    id          uuid        not null unique,
    type        text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    data        jsonb       not null
);
