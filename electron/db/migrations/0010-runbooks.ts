/**
 * Runbooks (issue 9, capability C): a planned series of membership steps (dissolve, prune,
 * offboard, rebuild) walked one step at a time, each step committed with its event. Released:
 * never edit, add a new migration instead.
 *
 * `runbook_groups.open` is 1 while the runbook is draft, in progress or paused and NULL once it
 * has ended, so the partial unique index lets a group have only one open runbook at a time.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 10,
  name: 'runbooks',
  sql: `
  CREATE TABLE runbooks (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('dissolve', 'prune', 'offboard', 'rebuild')),
    state TEXT NOT NULL CHECK (state IN ('draft', 'in_progress', 'paused', 'finished', 'cancelled')),
    reason TEXT NOT NULL,
    plan TEXT NOT NULL,
    incident_id TEXT,
    authorised_by_person TEXT REFERENCES people(id),
    authorised_by_position TEXT,
    authorised_on TEXT,
    document_ref TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    ended_at TEXT,
    paused_at TEXT,
    paused_ms INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT,
    carried_out_by TEXT
  );
  CREATE INDEX runbooks_state ON runbooks(state);
  CREATE TABLE runbook_groups (
    runbook_id INTEGER NOT NULL REFERENCES runbooks(id),
    group_id TEXT NOT NULL REFERENCES groups(id),
    sort INTEGER NOT NULL,
    open INTEGER CHECK (open = 1),
    snapshot TEXT,
    PRIMARY KEY (runbook_id, group_id)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX runbook_groups_one_open ON runbook_groups(group_id) WHERE open = 1;
  CREATE TABLE runbook_steps (
    runbook_id INTEGER NOT NULL REFERENCES runbooks(id),
    ord INTEGER NOT NULL CHECK (ord >= 1),
    group_id TEXT NOT NULL REFERENCES groups(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    action TEXT NOT NULL CHECK (action IN ('remove', 'add', 'transfer')),
    role TEXT CHECK (role IN ('owner', 'deputy', 'member')),
    outcome TEXT CHECK (outcome IN ('done', 'skipped', 'failed')),
    note TEXT,
    at TEXT,
    acted INTEGER,
    membership_id INTEGER REFERENCES memberships(id),
    PRIMARY KEY (runbook_id, ord)
  ) WITHOUT ROWID;
  CREATE INDEX runbook_steps_person ON runbook_steps(person_id);
  `,
};
