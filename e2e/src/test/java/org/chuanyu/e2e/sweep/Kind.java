package org.chuanyu.e2e.sweep;

/**
 * What an operation of the merged OpenAPI does with respect to jurisdiction, and so what the sweep
 * expects of it. Every operation must have one; a new endpoint without one fails the sweep.
 */
public enum Kind {
    /** Reference data (divisions, zones, catalogue, calendar, industries): every authenticated caller reads it. */
    REFERENCE_READ,
    /** Changes to reference data: province-admin and cross-province-admin, usually with two-province approval. */
    REFERENCE_WRITE,
    /** One scoped record or a child of it: 404 outside the caller's scope. */
    SCOPED_READ,
    /** A list of scoped records: only what the caller may read. */
    SCOPED_LIST,
    /** Counts and sums over scoped records: computed over what the caller may read. */
    STATS,
    /** A file of scoped records: only what the caller may read. */
    EXPORT,
    /** Creates a scoped record in a scope the caller names (writability, not visibility, decides). */
    SCOPED_CREATE,
    /** Changes an existing scoped record: 404 outside the caller's read scope, before anything else. */
    SCOPED_WRITE,
    /** A policy (reference data once in force; a draft only for its issuing province). */
    POLICY_READ,
    /** A policy list or search: drafts of the other province never appear. */
    POLICY_LIST,
    /** Changes an existing policy: 404 when the caller cannot read the draft. */
    POLICY_WRITE,
    /** Drafts a new policy for the caller's province. */
    POLICY_CREATE,
    /** Alignment topics: read by every caller, the other province's draft side shows as null. */
    ALIGNMENT_READ,
    /** Alignment topics: written by admins. */
    ALIGNMENT_WRITE,
    /** Policy matching: only readable policies, a project only when the caller can read it. */
    MATCHING,
    /** The caller's own identity. */
    WHOAMI,
    /** A service's event feed: the platform's relay reads it, every other account gets 403. */
    RELAY_FEED,
    /**
     * Webhook subscriptions and their deliveries: each its owner's alone (404 for anyone else); what they deliver is
     * searched like any answer.
     */
    SUBSCRIPTION,
    /**
     * A person's live stream of events: filtered like deliveries (the relay has none); what it carries is searched
     * like any answer.
     */
    STREAM
}
