/** Registries exported for the snapshot tests: issue 3's records, and runbooks and incidents (format v3). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerError } from '../../shared/errors';
import type { ServiceContext } from '../../electron/kernel/context';
import { decideException, requestException } from '../../electron/capabilities/exceptions/exceptions';
import { setCharter } from '../../electron/capabilities/groups/commands';
import { removeMember } from '../../electron/capabilities/membership/membership';
import { acknowledgeRules, publishRules } from '../../electron/capabilities/rules/rules';
import { EMPTY_CHARTER, type LedgerEvent } from '../../shared/domain';
import { GENESIS_HASH, eventHash } from '../../electron/kernel/events';
import { contentChecksum, exportSnapshot } from '../../electron/capabilities/snapshots';
import { nextStep, planRunbook, recordStep, startRunbook } from '../../electron/capabilities/runbooks';
import {
  addIncidentAction,
  addKind,
  closeIncident,
  createIncident,
  decideIncident,
  escalateIncident,
  renameKind,
  retireKind,
} from '../../electron/capabilities/incidents';
import { smallRegistry, tempDir } from './helpers';
import { QUARREL } from './incidents-helpers';

export function errorCode(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof LedgerError ? error.code : String(error);
  }
}

/**
 * What issue 3 added to the registry: a charter with an approver, an approved exception (with the
 * membership it opened), a pending one, and a rules version with an acknowledgement.
 */
export function addIssue3Records(ctx: ServiceContext, note = '协助收发文件'): void {
  setCharter(ctx, {
    groupId: 'g-middle',
    charter: { ...EMPTY_CHARTER, tierIds: ['tier-1', 'tier-2'], approver: { kind: 'person', ref: 'p-wang' } },
  });
  const approved = requestException(ctx, {
    groupId: 'g-middle',
    personId: 'p-nhan',
    requestedBy: 'p-liwei',
    reason: note,
  });
  decideException(ctx, { id: approved.id, decision: 'approved', decidedBy: 'p-wang', note, reviewOn: '2024-06-30' });
  requestException(ctx, { groupId: 'g-middle', personId: 'p-zhang', requestedBy: 'p-zhang', reason: '发通知' });
  const { version } = publishRules(ctx, { groupId: 'g-middle', text: '只用于工作交流。' });
  acknowledgeRules(ctx, { groupId: 'g-middle', version, personIds: ['p-liwei', 'p-nhan'] });
}

export function exportedText(): string {
  const { ctx } = smallRegistry();
  addIssue3Records(ctx);
  removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调离' });
  const file = join(tempDir(), 'snap.json');
  exportSnapshot(ctx.db, ctx.clock, file);
  return readFileSync(file, 'utf8');
}

/**
 * Capability C and D records (format v3): a quarrel escalated, decided and closed with a warning
 * and a runbook action, and the runbook it led to — a dissolution walked to its end.
 */
export function casedText(): string {
  const { ctx, clock } = smallRegistry();
  addIssue3Records(ctx);
  const incident = createIncident(ctx, QUARREL);
  escalateIncident(ctx, {
    id: incident.id,
    from: { kind: 'person', ref: 'p-liwei' },
    to: { kind: 'position', ref: '办公室主任' },
    channel: 'in_person',
    request: '请主任定夺',
  });
  decideIncident(ctx, { id: incident.id, decidedBy: { kind: 'person', ref: 'p-wang' }, decision: '警告并解散该群' });
  addIncidentAction(ctx, { id: incident.id, kind: 'warning', targetPersonId: 'p-zhang', note: '口头警告' });
  const id = planRunbook(ctx, {
    kind: 'dissolve',
    groupId: 'g-middle',
    reason: '局长决定解散',
    incidentId: String(incident.id),
    authorisation: { personId: 'p-wang', on: '2024-03-04', documentRef: '办〔2024〕3号' },
  });
  addIncidentAction(ctx, { id: incident.id, kind: 'runbook', link: `runbook-${id}` });
  startRunbook(ctx, id);
  for (let step = nextStep(ctx.db, id); step; step = nextStep(ctx.db, id)) {
    clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
    recordStep(ctx, { id, ord: step.ord, outcome: 'done' });
  }
  closeIncident(ctx, { id: incident.id });
  const file = join(tempDir(), 'cased.json');
  exportSnapshot(ctx.db, ctx.clock, file);
  return readFileSync(file, 'utf8');
}

/**
 * Format v4's list of incident kinds in use: an incident of a kind the administrator added (and
 * renamed since), a retired kind of their own with an incident, and a hidden built-in kind.
 */
export function kindedText(): string {
  const { ctx } = smallRegistry();
  const flood = addKind(ctx, { label: '刷屏广告' }).find((k) => k.label === '刷屏广告')!;
  createIncident(ctx, { ...QUARREL, kind: flood.id, summary: '有人在群里连续发广告' });
  renameKind(ctx, { id: flood.id, label: '广告刷屏' });
  const old = addKind(ctx, { label: 'Lạc đề' }).find((k) => k.label === 'Lạc đề')!;
  createIncident(ctx, { ...QUARREL, kind: old.id, summary: 'Đăng bài không liên quan' });
  retireKind(ctx, { id: old.id, retired: true });
  retireKind(ctx, { id: 'scope_creep', retired: true });
  const file = join(tempDir(), 'kinded.json');
  exportSnapshot(ctx.db, ctx.clock, file);
  return readFileSync(file, 'utf8');
}

/** Re-hashes a history from its first entry, as a forger would: the chain then verifies. */
export function rechain(events: LedgerEvent[]): void {
  let prev = GENESIS_HASH;
  for (const e of events) {
    e.prevHash = prev;
    const { hash: _old, ...body } = e;
    e.hash = eventHash(body);
    prev = e.hash;
  }
}

/** Re-signs edited content so that only the intended defect remains. */
export function resign(doc: { content: unknown; checksum: string }): string {
  doc.checksum = contentChecksum(doc.content);
  return JSON.stringify(doc);
}
