/**
 * The tables the exports write, in the UI language: a group's members on a day, the people
 * directory, and the sheets of the 台账 workbook (organisation, units, tiers, people, groups with
 * their charters, memberships with their intervals, exceptions, rules and acknowledgements,
 * incidents and runbooks). Names, never ids; days as days, times as times.
 */
import type { GroupDetail, PersonRow } from '../../../shared/contract';
import type { Locale, Person } from '../../../shared/domain';
import { paperText, type PaperKey } from '../../../shared/i18n/paper';
import { sheetText, type SheetKey } from '../../../shared/i18n/ledgerSheets';
import type { SnapshotContent } from '../../../shared/snapshot';
import type { Cell, Column } from '../documents';

export interface Sheet {
  name: string;
  columns: Column[];
  /** Rows as they are written (a generator for the large sheets, so they never all exist at once). */
  rows: Iterable<Cell[]>;
}

/** The registry without its history: what the workbook shows. */
export type LedgerTables = Omit<SnapshotContent, 'events'>;

type Words = ReturnType<typeof wordsFor>;

/** The translation helpers of one language. */
export function wordsFor(locale: Locale) {
  const t = (key: SheetKey, params?: Record<string, string | number>) => sheetText(locale, key, params);
  const p = (key: PaperKey) => paperText(locale, key);
  const list = (items: readonly string[]) => items.join(t('diff.list'));
  const col = (key: SheetKey, width: number, kind: Column['kind'] = 'text'): Column => ({
    header: t(key),
    width,
    kind,
  });
  return { locale, t, p, list, col };
}

function handlesText(handles: Person['handles'], w: Words): string {
  return Object.entries(handles)
    .map(([platform, handle]) => `${w.t(`platform.${platform}` as SheetKey)}: ${handle}`)
    .join(w.t('diff.list'));
}

/** A group's members (on `asOf`, or now), in the order the group page lists them. */
export function membersSheet(detail: GroupDetail, w: Words): Sheet {
  const { t, p, col } = w;
  return {
    name: t('sheet.members'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.name', 14),
      col('col.role', 10),
      col('col.unit', 24),
      col('col.position', 20),
      col('col.tier', 14),
      col('col.joinedOn', 12, 'date'),
      col('col.basis', 16),
      col('col.addedBy', 14),
      col('col.status', 10),
    ],
    rows: detail.members.map((m, i) => [
      i + 1,
      m.name,
      p(`role.${m.role}` as PaperKey),
      m.unitName,
      m.position,
      m.tierName,
      m.joinedOn,
      t(`basis.${m.basis}` as SheetKey),
      m.addedByName,
      t(`pstatus.${m.personStatus}` as SheetKey),
    ]),
  };
}

/** The people directory, in the order of the people page (highest tier first, then by name). */
export function peopleSheet(people: readonly PersonRow[], w: Words): Sheet {
  const { t, col } = w;
  return {
    name: t('sheet.people'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.name', 14),
      col('col.unit', 24),
      col('col.position', 20),
      col('col.tier', 14),
      col('col.phone', 16),
      col('col.handles', 30),
      col('col.groups', 8, 'number'),
      col('col.status', 10),
      col('col.leftOn', 12, 'date'),
    ],
    rows: people.map((person, i) => [
      i + 1,
      person.name,
      person.unitName,
      person.position,
      person.tierName,
      person.phone,
      handlesText(person.handles, w),
      person.groupCount,
      t(`pstatus.${person.status}` as SheetKey),
      person.leftOn,
    ]),
  };
}

/** Every sheet of the 台账 workbook, from the registry's whole content. */
export function workbookSheets(content: LedgerTables, w: Words): Sheet[] {
  const { t, p, list, col } = w;
  const unitName = new Map(content.units.map((u) => [u.id, u.name]));
  const tierName = new Map(content.tiers.map((x) => [x.id, x.name]));
  const personName = new Map(content.people.map((x) => [x.id, x.name]));
  const groupName = new Map(content.groups.map((g) => [g.id, g.name]));
  const personUnit = new Map(content.people.map((x) => [x.id, x.unitId]));
  const person = (id: string | null) => (id ? (personName.get(id) ?? null) : null);
  const group = (id: string | null) => (id ? (groupName.get(id) ?? null) : null);
  const unit = (id: string | null) => (id ? (unitName.get(id) ?? null) : null);
  const tier = (id: string | null) => (id ? (tierName.get(id) ?? null) : null);
  const party = (x: { kind: 'person' | 'position'; ref: string } | null) =>
    x ? (x.kind === 'person' ? (person(x.ref) ?? x.ref) : x.ref) : null;
  const kindLabel = new Map(content.incidentKinds.map((k) => [k.id, k.label]));
  const memberCount = new Map<string, number>();
  for (const m of content.memberships)
    if (m.leftOn === null) memberCount.set(m.groupId, (memberCount.get(m.groupId) ?? 0) + 1);
  // One collator for every sort: localeCompare per comparison is many times slower at 100,000 rows.
  const collator = new Intl.Collator(w.locale === 'en' ? 'zh-CN' : w.locale);
  const byName = <T>(rows: T[], name: (row: T) => string) => rows.sort((a, b) => collator.compare(name(a), name(b)));
  const number = <T>(rows: T[], row: (item: T) => Cell[]): Cell[][] => rows.map((item, i) => [i + 1, ...row(item)]);
  function* lazily<T>(items: T[], row: (item: T, i: number) => Cell[]): Generator<Cell[]> {
    for (let i = 0; i < items.length; i++) yield row(items[i]!, i);
  }

  const sheets: Sheet[] = [];
  sheets.push({
    name: t('sheet.organisation'),
    columns: [
      col('col.organisation', 30),
      col('col.language', 12),
      col('col.createdAt', 18, 'datetime'),
      col('sheet.units', 8, 'number'),
      col('sheet.people', 8, 'number'),
      col('sheet.groups', 8, 'number'),
      col('sheet.memberships', 10, 'number'),
    ],
    rows: [
      [
        content.organisation.name,
        t(`locale.${content.organisation.locale}` as SheetKey),
        content.organisation.createdAt,
        content.units.length,
        content.people.length,
        content.groups.length,
        content.memberships.length,
      ],
    ],
  });
  sheets.push({
    name: t('sheet.units'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.unit', 28),
      col('col.parentUnit', 28),
      col('col.order', 8, 'number'),
    ],
    rows: number(
      [...content.units].sort((a, b) => a.sort - b.sort),
      (u) => [u.name, unit(u.parentId), u.sort],
    ),
  });
  sheets.push({
    name: t('sheet.tiers'),
    columns: [col('col.rank', 8, 'number'), col('col.tier', 20)],
    rows: [...content.tiers].sort((a, b) => a.rank - b.rank).map((x) => [x.rank, x.name]),
  });
  sheets.push({
    name: t('sheet.people'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.name', 14),
      col('col.unit', 24),
      col('col.position', 20),
      col('col.tier', 14),
      col('col.phone', 16),
      col('col.handles', 30),
      col('col.status', 10),
      col('col.leftOn', 12, 'date'),
    ],
    rows: number(
      byName([...content.people], (x) => x.name),
      (x) => [
        x.name,
        unit(x.unitId),
        x.position,
        tier(x.tierId),
        x.phone,
        handlesText(x.handles, w),
        t(`pstatus.${x.status}` as SheetKey),
        x.leftOn,
      ],
    ),
  });
  sheets.push({
    name: t('sheet.groups'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.group', 24),
      col('col.platform', 10),
      col('col.platformGroupId', 16),
      col('col.groupKind', 10),
      col('col.status', 10),
      col('col.purpose', 30),
      col('col.task', 24),
      col('col.endDate', 12, 'date'),
      col('col.owner', 12),
      col('col.deputies', 18),
      col('col.members', 8, 'number'),
      col('col.charterTiers', 20),
      col('col.charterUnits', 24),
      col('col.charterPositions', 20),
      col('col.charterPeople', 20),
      col('col.whoMayAdd', 14),
      col('col.approver', 14),
      col('col.allowedContent', 20),
      col('col.authorisingDoc', 20),
      col('col.createdOn', 12, 'date'),
    ],
    rows: number(
      byName([...content.groups], (g) => g.name),
      (g) => [
        g.name,
        t(`platform.${g.platform}` as SheetKey),
        g.platformGroupId,
        t(`gkind.${g.kind}` as SheetKey),
        t(`gstatus.${g.status}` as SheetKey),
        g.purpose,
        g.task,
        g.endDate,
        person(g.ownerId),
        list(g.deputyIds.map((d) => person(d) ?? d)),
        memberCount.get(g.id) ?? 0,
        list(g.charter.tierIds.map((x) => tier(x) ?? x)),
        list(g.charter.unitIds.map((x) => unit(x) ?? x)),
        list(g.charter.positions),
        list(g.charter.personIds.map((x) => person(x) ?? x)),
        t(`whoMayAdd.${g.charter.whoMayAdd}` as SheetKey),
        party(g.charter.approver),
        list(g.charter.allowedContent),
        g.authorisingDoc,
        g.createdOn,
      ],
    ),
  });
  const groupOrder = new Map(byName([...content.groups], (g) => g.name).map((g, i) => [g.id, i] as const));
  const memberships = [...content.memberships].sort(
    (a, b) =>
      (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0) ||
      (a.joinedOn < b.joinedOn ? -1 : a.joinedOn > b.joinedOn ? 1 : 0) ||
      a.id - b.id,
  );
  sheets.push({
    name: t('sheet.memberships'),
    columns: [
      col('col.no', 7, 'number'),
      col('col.group', 24),
      col('col.name', 14),
      col('col.unit', 24),
      col('col.role', 10),
      col('col.joinedOn', 12, 'date'),
      col('col.leftOn', 12, 'date'),
      col('col.leftReason', 24),
      col('col.basis', 16),
      col('col.basisRef', 16),
      col('col.addedBy', 12),
      col('col.requestedBy', 12),
    ],
    rows: lazily(memberships, (m, i) => [
      i + 1,
      group(m.groupId),
      person(m.personId),
      unit(personUnit.get(m.personId) ?? null),
      p(`role.${m.role}` as PaperKey),
      m.joinedOn,
      m.leftOn,
      m.leftReason,
      t(`basis.${m.basis}` as SheetKey),
      m.basisRef,
      person(m.addedBy),
      person(m.requestedBy),
    ]),
  });
  sheets.push({
    name: t('sheet.exceptions'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.group', 24),
      col('col.name', 14),
      col('col.role', 10),
      col('col.requestedBy', 12),
      col('col.requestedOn', 12, 'date'),
      col('col.reason', 30),
      col('col.approver', 14),
      col('col.status', 10),
      col('col.decidedBy', 12),
      col('col.decidedOn', 12, 'date'),
      col('col.documentRef', 16),
      col('col.decisionNote', 24),
      col('col.reviewOn', 12, 'date'),
    ],
    rows: number(
      [...content.exceptions].sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.id - b.id),
      (x) => [
        group(x.groupId),
        person(x.personId),
        p(`role.${x.role}` as PaperKey),
        person(x.requestedBy),
        x.requestedOn,
        x.reason,
        party(x.approver),
        t(`xstatus.${x.status}` as SheetKey),
        person(x.decidedBy),
        x.decidedOn,
        x.documentRef,
        x.decisionNote,
        x.reviewOn,
      ],
    ),
  });
  sheets.push({
    name: t('sheet.rules'),
    columns: [
      col('col.group', 24),
      col('col.version', 8, 'number'),
      col('col.effectiveOn', 12, 'date'),
      col('col.publishedAt', 18, 'datetime'),
      col('col.rulesText', 60),
    ],
    rows: byName(
      content.rules.map((r) => ({ r, name: group(r.groupId) ?? '' })),
      (x) => x.name,
    ).map(({ r, name }) => [name, r.version, r.effectiveOn, r.publishedAt, r.text]),
  });
  sheets.push({
    name: t('sheet.acks'),
    columns: [
      col('col.group', 24),
      col('col.version', 8, 'number'),
      col('col.name', 14),
      col('col.acknowledgedOn', 12, 'date'),
    ],
    rows: content.acknowledgements.map((a) => [group(a.groupId), a.version, person(a.personId), a.acknowledgedOn]),
  });
  sheets.push({
    name: t('sheet.incidents'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.kind', 14),
      col('col.severity', 8),
      col('col.status', 10),
      col('col.group', 24),
      col('col.occurredOn', 12, 'date'),
      col('col.noticedOn', 12, 'date'),
      col('col.closedOn', 12, 'date'),
      col('col.summary', 40),
      col('col.people', 24),
      col('col.documentRef', 16),
    ],
    rows: content.incidents.map((i) => [
      i.id,
      kindLabel.get(i.kind) ?? p(`ikind.${i.kind}` as PaperKey),
      p(`severity.${i.severity}` as PaperKey),
      p(`status.${i.status}` as PaperKey),
      group(i.groupId),
      i.occurredOn,
      i.noticedOn,
      i.closedOn,
      i.summary,
      list(i.people.map((x) => person(x.personId) ?? x.personId)),
      i.documentRef,
    ]),
  });
  sheets.push({
    name: t('sheet.runbooks'),
    columns: [
      col('col.no', 6, 'number'),
      col('col.kind', 12),
      col('col.state', 10),
      col('col.groups', 30),
      col('col.reason', 30),
      col('col.createdAt', 18, 'datetime'),
      col('col.startedAt', 18, 'datetime'),
      col('col.endedAt', 18, 'datetime'),
      col('col.carriedOutBy', 14),
    ],
    rows: content.runbooks.map((r) => [
      r.id,
      p(`kind.${r.kind}` as PaperKey),
      p(`state.${r.state}` as PaperKey),
      list(r.groups.map((g) => group(g.groupId) ?? g.groupId)),
      r.reason,
      r.createdAt,
      r.startedAt,
      r.endedAt,
      r.carriedOutBy,
    ]),
  });
  return sheets;
}
