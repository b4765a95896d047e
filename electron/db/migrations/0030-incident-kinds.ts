/**
 * Incident kinds the administrator can edit (issue 10: "the list editable in settings"). The six
 * built-in kinds become rows of `incident_kinds` (translated in the UI, so no label; they can be
 * hidden, never deleted); kinds the administrator adds have their own label, unique once folded
 * (`label_key`), and are retired rather than deleted so old incidents still read. `incidents.kind`
 * loses its CHECK of the six names and references the table instead; SQLite cannot drop a CHECK,
 * so the table is rebuilt with the same columns, rows and indexes. Released: never edit.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 30,
  name: 'incident-kinds',
  rebuildsTables: true,
  sql: `
  CREATE TABLE incident_kinds (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
    label TEXT,
    label_key TEXT,
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    CHECK ((builtin = 1) = (label IS NULL)),
    CHECK ((label IS NULL) = (label_key IS NULL))
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX incident_kinds_label ON incident_kinds(label_key) WHERE label_key IS NOT NULL;
  INSERT INTO incident_kinds (id, builtin) VALUES
    ('quarrel', 1), ('confidential_leak', 1), ('off_topic_or_flooding', 1), ('scope_creep', 1),
    ('rule_breach', 1), ('other', 1);

  CREATE TABLE incidents_rebuilt (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL REFERENCES incident_kinds(id),
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
  INSERT INTO incidents_rebuilt (id, kind, severity, status, group_id, occurred_on, noticed_on, summary, search_key,
      document_ref, closed_on, dismiss_reason)
    SELECT id, kind, severity, status, group_id, occurred_on, noticed_on, summary, search_key,
      document_ref, closed_on, dismiss_reason FROM incidents;
  DROP TABLE incidents;
  ALTER TABLE incidents_rebuilt RENAME TO incidents;
  CREATE INDEX incidents_noticed ON incidents(noticed_on, id);
  CREATE INDEX incidents_status ON incidents(status, noticed_on);
  CREATE INDEX incidents_kind ON incidents(kind, noticed_on);
  CREATE INDEX incidents_severity ON incidents(severity, noticed_on);
  CREATE INDEX incidents_group ON incidents(group_id, noticed_on) WHERE group_id IS NOT NULL;
  `,
};
