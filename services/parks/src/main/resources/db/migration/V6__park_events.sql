-- The parks service's outbox (TARGET section 4a): an event for every change another service keeps a copy of,
-- written in the transaction that makes the change, so it exists if and only if the change committed. Today that
-- is a park's move (district or zone changed, by an edit or because its district left the zone); projects copy
-- a park's scope and follow these. Read only by the platform's relay (GET /api/parks/events); no personal data.
create table park_event (
    -- Positions are handed out under a transaction-level advisory lock (ParkEvents), so they are in commit
    -- order: a reader that has seen position n never misses a smaller one committed later.
    position    bigint generated always as identity primary key,
    id          uuid        not null unique,
    type        text        not null,
    subject     text        not null,
    occurred_at timestamptz not null,
    data        jsonb       not null
);

alter table park drop constraint park_code_not_reserved;
alter table park add constraint park_code_not_reserved
    check (code not in ('export', 'rankings', 'whoami', 'stats', 'industries', 'designation-changes', 'events'));
