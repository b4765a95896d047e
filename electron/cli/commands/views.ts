/**
 * Reading commands: a group's members (now or on a date), the scope-creep report and search.
 * Each prints a table readable in a terminal, or with --json the service's own result.
 */
import type {
  CharterMismatch,
  Eligibility,
  GroupRow,
  MemberRow,
  ScopeCreepReport,
  SearchResults,
} from '../../../shared/contract';
import type { Basis, Platform, Role } from '../../../shared/domain';
import type { Db } from '../../db/database';
import { getGroup, listGroups } from '../../capabilities/groups';
import { scopeCreepReport } from '../../capabilities/insights';
import { searchAll } from '../../capabilities/insights';
import { CliFailure, report, withDb, type CommandEnv, type Translate } from '../common';
import type { MessageKey } from '../messages';
import { formatTable } from '../table';
import { requireOrganisation } from '../../kernel/records';

const word = (t: Translate, prefix: string, value: string) => t(`${prefix}.${value}` as MessageKey);
export const roleText = (t: Translate, role: Role) => word(t, 'role', role);
export const basisText = (t: Translate, basis: Basis) => word(t, 'basis', basis);
export const eligibilityText = (t: Translate, e: Eligibility) => word(t, 'eligibility', e);
export const platformText = (t: Translate, p: Platform) => word(t, 'platform', p);
const mismatchText = (t: Translate, list: CharterMismatch[]) =>
  list.map((m) => word(t, 'mismatch', m)).join(t('list.separator'));

/**
 * A group named on the command line: its id or exact name, else the one group whose search key
 * matches (`中层`, pinyin `zcgb`). Several matches are listed and the command stops (exit 2).
 */
export function findGroup(db: Db, query: string, t: Translate): GroupRow {
  const all = listGroups(db);
  const exact = all.filter((g) => g.id === query || g.name === query);
  if (exact.length === 1) return exact[0]!;
  const found = exact.length > 1 ? exact : listGroups(db, query);
  if (found.length === 1) return found[0]!;
  if (found.length === 0)
    throw new CliFailure(t('error.noGroup', { query }), 1, { error: { code: 'no_group', query } });
  const list = found.map((g) => `  ${g.name}  (${g.id}, ${t('members.count', { count: g.memberCount })})`);
  throw new CliFailure([t('error.manyGroups', { query, count: found.length }), ...list].join('\n'), 2, {
    error: {
      code: 'several_groups',
      query,
      matches: found.map((g) => ({ id: g.id, name: g.name, members: g.memberCount })),
    },
  });
}

export function membersCommand(env: CommandEnv, query: string, asOf: string | undefined): number {
  const { t } = env;
  return withDb(env.common, (db) => {
    requireOrganisation(db);
    const group = findGroup(db, query, t);
    const detail = getGroup(db, group.id, asOf);
    const count = (e: Eligibility) => detail.members.filter((m) => m.eligibility === e).length;
    const headers = [
      t('col.name'),
      t('col.role'),
      t('col.unit'),
      t('col.tier'),
      t('col.joined'),
      ...(asOf ? [t('col.left')] : []),
      t('col.addedBy'),
      t('col.basis'),
      t('col.eligibility'),
    ];
    const rows = detail.members.map((m: MemberRow) => [
      m.personStatus === 'left' ? `${m.name} ${t('person.leftMark')}` : m.name,
      roleText(t, m.role),
      m.unitName ?? '',
      m.tierName ?? '',
      m.joinedOn,
      ...(asOf ? [m.leftOn ?? ''] : []),
      m.addedByName ?? '',
      m.exceptionId !== null ? `${basisText(t, m.basis)} #${m.exceptionId}` : basisText(t, m.basis),
      eligibilityText(t, m.eligibility),
    ]);
    const lines = [
      t('members.header', {
        group: detail.group.name,
        count: detail.members.length,
        asOf: asOf ? t('members.asOf', { date: asOf }) : '',
      }),
      '',
      detail.members.length > 0 ? formatTable(headers, rows) : noMembersText(t, asOf, detail.group.createdOn),
    ];
    if (detail.members.length > 0) {
      lines.push(
        '',
        detail.charterDefined
          ? t('members.summary', {
              inCharter: count('in_charter'),
              byException: count('exception'),
              outside: count('outside'),
            })
          : t('members.noCharter'),
      );
    }
    report(
      env,
      { group: detail.group, asOf: asOf ?? null, charterDefined: detail.charterDefined, members: detail.members },
      lines.join('\n'),
    );
    return 0;
  });
}

function noMembersText(t: Translate, asOf: string | undefined, createdOn: string): string {
  if (!asOf) return t('members.none');
  return asOf < createdOn ? t('members.beforeCreated', { date: createdOn }) : t('members.noneThen');
}

export function scopeCreepCommand(env: CommandEnv): number {
  const { t } = env;
  return withDb(env.common, (db) => {
    requireOrganisation(db);
    const result = scopeCreepReport(db, env.clock);
    report(env, result, scopeCreepText(result, t));
    return 0;
  });
}

/** The report as text: per group a line of counts and a table of who is outside and how they got in. */
export function scopeCreepText(result: ScopeCreepReport, t: Translate): string {
  const lines = [t('scope.title', { at: result.generatedAt.slice(0, 16).replace('T', ' ') }), ''];
  // Unit and tier share a column, and the standing carries what fails: a terminal is narrow.
  const headers = [
    t('col.name'),
    t('col.place'),
    t('col.joined'),
    t('col.basis'),
    t('col.addedBy'),
    t('col.requestedBy'),
    t('col.standing'),
  ];
  for (const g of result.groups) {
    lines.push(
      t('scope.group', {
        name: g.name,
        platform: platformText(t, g.platform),
        members: g.members,
        inCharter: g.inCharter,
        byException: g.byException,
        outside: g.outside,
      }),
    );
    const rows = g.entries.map((e) => [
      e.name,
      [e.unitName, e.tierName].filter(Boolean).join(' · '),
      e.joinedOn,
      e.exceptionId !== null ? `${basisText(t, e.basis)} #${e.exceptionId}` : basisText(t, e.basis),
      e.addedByName ?? t('scope.unknown'),
      e.requestedByName ?? '—',
      e.mismatches.length > 0
        ? t('scope.standing', { standing: eligibilityText(t, e.eligibility), fails: mismatchText(t, e.mismatches) })
        : eligibilityText(t, e.eligibility),
    ]);
    lines.push(formatTable(headers, rows, '  '), '');
  }
  const outside = result.groups.reduce((n, g) => n + g.outside, 0);
  const byException = result.groups.reduce((n, g) => n + g.byException, 0);
  lines.push(
    result.groups.length === 0
      ? t('scope.none')
      : t('scope.totals', { groups: result.groups.length, outside, byException }),
  );
  if (result.groupsWithoutCharter > 0) lines.push(t('scope.withoutCharter', { count: result.groupsWithoutCharter }));
  return lines.join('\n');
}

/** The service returns at most this many people and this many groups. */
const SEARCH_LIMIT = 20;

export function searchCommand(env: CommandEnv, query: string): number {
  const { t } = env;
  return withDb(env.common, (db) => {
    requireOrganisation(db);
    const result = searchAll(db, query);
    report(env, { query, ...result }, searchText(query, result, t));
    return 0;
  });
}

export function searchText(query: string, result: SearchResults, t: Translate): string {
  if (result.people.length === 0 && result.groups.length === 0) return t('search.none', { query });
  const lines: string[] = [];
  if (result.people.length > 0) {
    lines.push(t('search.people', { count: result.people.length }));
    lines.push(
      formatTable(
        [
          t('col.name'),
          t('col.unit'),
          t('col.tier'),
          t('col.position'),
          t('col.phone'),
          t('col.handles'),
          t('col.groups'),
        ],
        result.people.map((p) => [
          p.status === 'left' ? `${p.name} ${t('person.leftMark')}` : p.name,
          p.unitName ?? '',
          p.tierName ?? '',
          p.position ?? '',
          p.phone ?? '',
          Object.entries(p.handles)
            .map(([platform, handle]) => `${platformText(t, platform as Platform)} ${handle}`)
            .join(t('list.separator')),
          String(p.groupCount),
        ]),
        '  ',
      ),
    );
    if (result.people.length >= SEARCH_LIMIT) lines.push(t('search.limited', { count: SEARCH_LIMIT }));
    lines.push('');
  }
  if (result.groups.length > 0) {
    lines.push(t('search.groups', { count: result.groups.length }));
    lines.push(
      formatTable(
        [t('col.name'), t('col.platform'), t('col.members'), t('col.owner'), t('col.status')],
        result.groups.map((g) => [
          g.name,
          platformText(t, g.platform),
          String(g.memberCount),
          g.ownerName ?? '',
          word(t, 'groupStatus', g.status),
        ]),
        '  ',
      ),
    );
    if (result.groups.length >= SEARCH_LIMIT) lines.push(t('search.limited', { count: SEARCH_LIMIT }));
  }
  return lines.join('\n').trimEnd();
}
