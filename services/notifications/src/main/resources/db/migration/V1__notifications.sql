-- The notifications service (docs/notifications.md): the events it took from each service's feed, the
-- subscriptions of external systems and administrators, and one delivery per event and subscription.

-- How far each source's feed has been read: the position and the id of the event there, so that a feed that no
-- longer holds that event (its database recreated) is read again from its start (ids make that harmless).
create table feed_position (
    feed       text primary key,
    position   bigint      not null default 0,
    event_id   text,
    updated_at timestamptz not null default now()
);

-- Every event taken in, once (its CloudEvents id is unique platform-wide). seq orders them as taken: per subject
-- that is the order of the source's commits, since each subject has one source.
create table event (
    seq         bigint generated always as identity primary key,
    id          uuid        not null unique,
    source      text        not null,
    type        text        not null,
    subject     text        not null,
    time        timestamptz not null,
    data        jsonb       not null,
    received_at timestamptz not null default now()
);
create index event_received on event (received_at);

create table subscription (
    id             uuid primary key,
    -- The owner: the account that created it, as the directory knows it (user names are unique per realm).
    owner_realm    text        not null,
    owner_username text        not null,
    owner_client   text,
    owner_system   boolean     not null,
    callback_url   text        not null,
    event_types    text[]      not null,
    item_codes     text[]      not null default '{}',
    districts      text[]      not null default '{}',
    statuses       text[]      not null default '{}',
    description    text,
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    suspended_at   timestamptz,
    suspended_reason text,
    -- The first failure since the last success: five days of them suspend the subscription.
    failing_since  timestamptz,
    created_at     timestamptz not null,
    version        bigint      not null default 0
);
create index subscription_owner on subscription (owner_realm, owner_username, created_at);

-- Signing secrets, encrypted with the service's key (AES-GCM): a rotated one keeps signing until expires_at.
create table subscription_secret (
    id              bigint generated always as identity primary key,
    subscription_id uuid        not null references subscription (id) on delete cascade,
    secret          text        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz
);
create index subscription_secret_of on subscription_secret (subscription_id);

create table delivery (
    id              uuid primary key,
    subscription_id uuid        not null references subscription (id) on delete cascade,
    event_seq       bigint      not null references event (seq),
    subject         text        not null,
    -- PENDING (never tried), SENDING (claimed by a worker until claimed_until), FAILED (retrying), DELIVERED, DEAD.
    status          text        not null check (status in ('PENDING', 'SENDING', 'FAILED', 'DELIVERED', 'DEAD')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    first_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_status     int,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz not null,
    unique (subscription_id, event_seq)
);
-- The workers' question: what is due, and is an earlier delivery of the same subject still open?
create index delivery_open on delivery (subscription_id, subject, event_seq)
    where status in ('PENDING', 'SENDING', 'FAILED');
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'SENDING', 'FAILED');
create index delivery_of on delivery (subscription_id, created_at);
