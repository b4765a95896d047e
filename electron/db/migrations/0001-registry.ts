/** The registry of capability A and memberships as intervals. Released: never edit, add a new migration instead. */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 1,
  name: 'registry',
  sql: `
  CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE tiers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rank INTEGER NOT NULL UNIQUE
  );
  CREATE TABLE units (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES units(id),
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    unit_id TEXT REFERENCES units(id),
    position TEXT,
    tier_id TEXT REFERENCES tiers(id),
    phone TEXT,
    handles TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL CHECK (status IN ('active', 'left')),
    left_on TEXT,
    search_key TEXT NOT NULL
  );
  CREATE INDEX people_unit ON people(unit_id);
  CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    platform TEXT NOT NULL,
    platform_group_id TEXT,
    purpose TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('standing', 'adhoc')),
    task TEXT,
    end_date TEXT,
    owner_id TEXT REFERENCES people(id),
    deputy_ids TEXT NOT NULL DEFAULT '[]',
    charter TEXT NOT NULL,
    authorising_doc TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'dissolving', 'dissolved', 'archived')),
    created_on TEXT NOT NULL,
    search_key TEXT NOT NULL
  );
  CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN ('owner', 'deputy', 'member')),
    joined_on TEXT NOT NULL,
    left_on TEXT,
    added_by TEXT REFERENCES people(id),
    requested_by TEXT REFERENCES people(id),
    basis TEXT NOT NULL,
    basis_ref TEXT,
    left_reason TEXT,
    CHECK (left_on IS NULL OR left_on >= joined_on)
  );
  CREATE UNIQUE INDEX memberships_open ON memberships(group_id, person_id) WHERE left_on IS NULL;
  CREATE INDEX memberships_group ON memberships(group_id, joined_on);
  CREATE INDEX memberships_person ON memberships(person_id);
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    subjects TEXT NOT NULL,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  );
  CREATE TABLE event_subjects (
    subject TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES events(seq),
    PRIMARY KEY (subject, seq)
  ) WITHOUT ROWID;
  CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
  CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    file_name TEXT NOT NULL,
    checksum TEXT NOT NULL
  );
  `,
};
