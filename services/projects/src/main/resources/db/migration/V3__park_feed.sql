-- How far this service has followed the parks event feed (ParkMoveFollower): the position of the last event
-- applied, stored in the transaction that applies it, so an event is applied exactly once even across restarts.
create table feed_position (
    feed       text        primary key,
    position   bigint      not null check (position >= 0),
    -- The id of the event at that position: a feed that answers another id there was started afresh (its
    -- database restored or recreated), and is then followed again from its start (moves are absolute, so
    -- applying them again in order ends in the parks' current scopes).
    event_id   text,
    updated_at timestamptz not null default now()
);
insert into feed_position (feed, position) values ('parks', 0);
