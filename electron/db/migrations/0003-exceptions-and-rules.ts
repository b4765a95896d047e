/** Exception requests (capability B), versioned rules and acknowledgements (capability E). Released: never edit, add a new migration instead. */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 3,
  name: 'exceptions-and-rules',
  sql: `
  CREATE TABLE exceptions (
    id INTEGER PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN ('deputy', 'member')),
    requested_by TEXT NOT NULL REFERENCES people(id),
    requested_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    approver_kind TEXT NOT NULL CHECK (approver_kind IN ('person', 'position')),
    approver_ref TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by TEXT REFERENCES people(id),
    decided_on TEXT,
    document_ref TEXT,
    decision_note TEXT,
    review_on TEXT,
    membership_id INTEGER REFERENCES memberships(id)
  );
  CREATE INDEX exceptions_group ON exceptions(group_id, status);
  CREATE INDEX exceptions_person ON exceptions(person_id);
  CREATE UNIQUE INDEX exceptions_one_pending ON exceptions(group_id, person_id) WHERE status = 'pending';
  CREATE TABLE rules (
    group_id TEXT NOT NULL REFERENCES groups(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    text TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    published_at TEXT NOT NULL,
    PRIMARY KEY (group_id, version)
  ) WITHOUT ROWID;
  CREATE TABLE acknowledgements (
    group_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    acknowledged_on TEXT NOT NULL,
    PRIMARY KEY (group_id, version, person_id),
    FOREIGN KEY (group_id, version) REFERENCES rules(group_id, version)
  ) WITHOUT ROWID;
  CREATE INDEX people_tier ON people(tier_id);
  `,
};
