/**
 * Incidents and escalations (issue 10, capability D): the incident, the people involved, the
 * escalation steps with their decisions, and the actions taken. Indexed for the list filters at
 * 20,000 incidents: each filter leads an index that ends in the list order (noticed_on), and the
 * open-step index answers the dashboard's "waiting longer than N days". Released: never edit.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 20,
  name: 'incidents',
  sql: `
  CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL
      CHECK (kind IN ('quarrel', 'confidential_leak', 'off_topic_or_flooding', 'scope_creep', 'rule_breach', 'other')),
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    status TEXT NOT NULL CHECK (status IN ('open', 'escalated', 'decided', 'closed', 'dismissed')),
    group_id TEXT REFERENCES groups(id),
    occurred_on TEXT NOT NULL,
    noticed_on TEXT NOT NULL CHECK (noticed_on >= occurred_on),
    summary TEXT NOT NULL,
    search_key TEXT NOT NULL,
    document_ref TEXT,
    closed_on TEXT,
    dismiss_reason TEXT,
    CHECK ((status IN ('closed', 'dismissed')) = (closed_on IS NOT NULL)),
    CHECK ((status = 'dismissed') = (dismiss_reason IS NOT NULL))
  );
  CREATE INDEX incidents_noticed ON incidents(noticed_on, id);
  CREATE INDEX incidents_status ON incidents(status, noticed_on);
  CREATE INDEX incidents_kind ON incidents(kind, noticed_on);
  CREATE INDEX incidents_severity ON incidents(severity, noticed_on);
  CREATE INDEX incidents_group ON incidents(group_id, noticed_on) WHERE group_id IS NOT NULL;
  CREATE TABLE incident_people (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN ('poster', 'party', 'witness', 'reporter')),
    PRIMARY KEY (incident_id, person_id, role)
  ) WITHOUT ROWID;
  CREATE INDEX incident_people_person ON incident_people(person_id, incident_id);
  CREATE TABLE incident_steps (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    from_kind TEXT NOT NULL CHECK (from_kind IN ('person', 'position')),
    from_ref TEXT NOT NULL,
    to_kind TEXT NOT NULL CHECK (to_kind IN ('person', 'position')),
    to_ref TEXT NOT NULL,
    escalated_on TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'written', 'chat')),
    request TEXT NOT NULL,
    decided_by_kind TEXT CHECK (decided_by_kind IN ('person', 'position')),
    decided_by_ref TEXT,
    decided_on TEXT,
    decision TEXT,
    document_ref TEXT,
    UNIQUE (incident_id, seq),
    CHECK ((decided_on IS NULL) = (decision IS NULL) AND (decided_on IS NULL) = (decided_by_ref IS NULL)),
    CHECK (decided_on IS NULL OR decided_on >= escalated_on)
  );
  CREATE INDEX incident_steps_waiting ON incident_steps(escalated_on) WHERE decided_on IS NULL;
  CREATE INDEX incident_steps_incident ON incident_steps(incident_id, decided_on);
  CREATE INDEX incident_steps_to_person ON incident_steps(to_ref) WHERE to_kind = 'person';
  CREATE INDEX incident_steps_from_person ON incident_steps(from_ref) WHERE from_kind = 'person';
  CREATE INDEX incident_steps_decided_by_person ON incident_steps(decided_by_ref) WHERE decided_by_kind = 'person';
  CREATE TABLE incident_actions (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    kind TEXT NOT NULL
      CHECK (kind IN ('warning', 'member_removed', 'rules_changed', 'runbook', 'charter_changed', 'other')),
    link TEXT,
    target_person_id TEXT REFERENCES people(id),
    note TEXT,
    taken_on TEXT NOT NULL
  );
  CREATE INDEX incident_actions_incident ON incident_actions(incident_id);
  CREATE INDEX incident_actions_target ON incident_actions(target_person_id) WHERE target_person_id IS NOT NULL;
  `,
};
