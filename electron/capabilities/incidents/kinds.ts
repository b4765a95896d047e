/**
 * The list of incident kinds (issue 10: "the list editable in settings"): the six built-in kinds,
 * which the UI names in its language and which can be hidden but never deleted, and kinds the
 * administrator adds in their own words, which can be renamed and retired. A hidden or retired
 * kind is not offered for new incidents and still reads on the incidents that have it. Each change
 * is one transaction with its event (subject `incident-kinds`).
 */
import type { ChannelInput } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import {
  INCIDENT_KINDS,
  isPlainText,
  KIND_LABEL_MAX,
  kindLabelKey,
  type IncidentKindView,
} from '../../../shared/incidents';
import { LedgerError } from '../../../shared/errors';
import { paperText, type PaperKey } from '../../../shared/i18n/paper';
import { LOCALES } from '../../../shared/domain';
import { stmt, transaction, type Db } from '../../db/database';
import type { ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';

interface KindRecord {
  id: string;
  builtin: 0 | 1;
  label: string | null;
  label_key: string | null;
  retired: 0 | 1;
}

const SUBJECT = 'incident-kinds';

/** The number of an own kind (`custom-7` → 7). */
const customNumber = (id: string) => Number(id.slice('custom-'.length));

/** List order: the built-in kinds in their order, the administrator's own by age, "other" last. */
function rank(id: string): number {
  if (id === 'other') return Number.MAX_SAFE_INTEGER;
  const builtin = (INCIDENT_KINDS as readonly string[]).indexOf(id);
  return builtin >= 0 ? builtin : INCIDENT_KINDS.length + customNumber(id);
}

export function kindOrder(a: { id: string }, b: { id: string }): number {
  return rank(a.id) - rank(b.id);
}

/** Every kind, hidden and retired ones included, with how many incidents have it, in list order. */
export function listKinds(db: Db): IncidentKindView[] {
  const rows = stmt(
    db,
    `SELECT k.id, k.builtin, k.label, k.retired, (SELECT count(*) FROM incidents i WHERE i.kind = k.id) AS n
       FROM incident_kinds k`,
  ).all() as Array<{ id: string; builtin: 0 | 1; label: string | null; retired: 0 | 1; n: number }>;
  return rows
    .map((r) => ({ id: r.id, builtin: r.builtin === 1, label: r.label, retired: r.retired === 1, incidents: r.n }))
    .sort(kindOrder);
}

function kindRecord(db: Db, id: string): KindRecord {
  const row = stmt(db, 'SELECT * FROM incident_kinds WHERE id = ?').get(id) as KindRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'incident_kind', id });
  return row;
}

/** The parameters an error names a kind with: its label, or the built-in kind the messages translate. */
function named(r: KindRecord): { label: string } | { label: string; builtinKind: string } {
  return r.label !== null ? { label: r.label } : { label: r.id, builtinKind: r.id };
}

/**
 * A kind an incident may be recorded with: one of the list, offered for new incidents; an
 * incident being corrected may keep the kind it has even when that kind was retired since.
 */
export function requireUsableKind(db: Db, id: string, current?: string): void {
  const r = kindRecord(db, id);
  if (r.retired === 1 && id !== current) throw new LedgerError('incident_kind_retired', named(r));
}

/** The trimmed label, refused when empty, too long, not plain text or already naming another kind. */
function checkedLabel(db: Db, raw: string, self: string | null): { label: string; key: string } {
  const label = raw.trim().replace(/\s+/g, ' ');
  const length = [...label].length;
  if (length === 0 || length > KIND_LABEL_MAX) {
    throw new LedgerError('incident_kind_label', { max: KIND_LABEL_MAX, label, length });
  }
  if (!isPlainText(label)) throw new LedgerError('invalid_input', { issue: 'text.control' });
  const key = kindLabelKey(label);
  // The built-in kinds' names in every language are taken too: two kinds must never read alike.
  for (const builtin of INCIDENT_KINDS) {
    for (const locale of LOCALES as readonly Locale[]) {
      if (kindLabelKey(paperText(locale, `ikind.${builtin}` as PaperKey)) === key) {
        throw new LedgerError('incident_kind_duplicate', { label });
      }
    }
  }
  const other = stmt(db, 'SELECT * FROM incident_kinds WHERE label_key = ? AND id IS NOT ?').get(key, self) as
    KindRecord | undefined;
  if (other) {
    throw new LedgerError(other.retired ? 'incident_kind_retired_duplicate' : 'incident_kind_duplicate', {
      label: other.label ?? label,
    });
  }
  return { label, key };
}

const payload = (r: KindRecord) => ({ id: r.id, builtin: r.builtin === 1, label: r.label, retired: r.retired === 1 });

/** Adds a kind in the administrator's own words; it is offered for new incidents at once. */
export function addKind(ctx: ServiceContext, input: ChannelInput<'incidents.addKind'>): IncidentKindView[] {
  return transaction(ctx.db, () => {
    const { label, key } = checkedLabel(ctx.db, input.label, null);
    const last = stmt(
      ctx.db,
      `SELECT max(CAST(substr(id, 8) AS INTEGER)) AS n FROM incident_kinds WHERE id LIKE 'custom-%'`,
    ).get() as { n: number | null };
    const id = `custom-${(last.n ?? 0) + 1}`;
    stmt(ctx.db, 'INSERT INTO incident_kinds (id, builtin, label, label_key, retired) VALUES (?, 0, ?, ?, 0)').run(
      id,
      label,
      key,
    );
    appendEvent(ctx, {
      kind: 'incident_kind.added',
      subjects: [SUBJECT],
      after: { id, builtin: false as const, label, retired: false },
    });
    return listKinds(ctx.db);
  });
}

/** Renames a kind of the administrator's own; incidents that have it read the new name. */
export function renameKind(ctx: ServiceContext, input: ChannelInput<'incidents.renameKind'>): IncidentKindView[] {
  return transaction(ctx.db, () => {
    const before = kindRecord(ctx.db, input.id);
    if (before.builtin === 1) throw new LedgerError('incident_kind_builtin', named(before));
    const { label, key } = checkedLabel(ctx.db, input.label, before.id);
    if (label === before.label) return listKinds(ctx.db);
    stmt(ctx.db, 'UPDATE incident_kinds SET label = ?, label_key = ? WHERE id = ?').run(label, key, before.id);
    appendEvent(ctx, {
      kind: 'incident_kind.renamed',
      subjects: [SUBJECT],
      before: payload(before),
      after: payload({ ...before, label, label_key: key }),
    });
    return listKinds(ctx.db);
  });
}

/** Hides a built-in kind or retires an own one (`retired`), or offers it for new incidents again. */
export function retireKind(ctx: ServiceContext, input: ChannelInput<'incidents.retireKind'>): IncidentKindView[] {
  return transaction(ctx.db, () => {
    const before = kindRecord(ctx.db, input.id);
    const retired = input.retired ? 1 : 0;
    if (before.retired === retired) return listKinds(ctx.db);
    if (retired) {
      const offered = stmt(ctx.db, 'SELECT count(*) AS n FROM incident_kinds WHERE retired = 0 AND id <> ?').get(
        before.id,
      ) as { n: number };
      if (offered.n === 0) throw new LedgerError('incident_kind_last');
    }
    stmt(ctx.db, 'UPDATE incident_kinds SET retired = ? WHERE id = ?').run(retired, before.id);
    const after = payload({ ...before, retired });
    if (input.retired) {
      appendEvent(ctx, {
        kind: 'incident_kind.retired',
        subjects: [SUBJECT],
        before: payload(before),
        after: { ...after, retired: true as const },
      });
    } else {
      appendEvent(ctx, {
        kind: 'incident_kind.restored',
        subjects: [SUBJECT],
        before: payload(before),
        after: { ...after, retired: false as const },
      });
    }
    return listKinds(ctx.db);
  });
}
