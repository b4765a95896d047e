/**
 * The county bureau's casework (seed 000), written through the real incident and runbook
 * commands so that every event is the one the console would have recorded: the quarrel of D+10
 * answered with the group's rules, the voice message buried under an emoji flood that leader A
 * wanted the group dissolved for, the retiree's offboarding, an interrupted prune of the
 * registry centre's group, and the dissolution of 中层干部工作群 planned but not started.
 */
import { EMPTY_CHARTER } from '../../../shared/domain';
import {
  addIncidentAction,
  closeIncident,
  createIncident,
  decideIncident,
  escalateIncident,
} from '../../capabilities/incidents';
import { nextStep, pauseRunbook, planRunbook, recordStep, startRunbook } from '../../capabilities/runbooks';
import { stmt } from '../../db/database';
import { addDays, demoGroup, type DemoWriter } from './writer';

/** The cast the casework names (a subset of BUREAU_CAST, passed in to keep one source of ids). */
export interface CaseCast {
  admin: string;
  director: string;
  leaderA: string;
  officeHead: string;
  quarrelA: string;
  quarrelB: string;
  mediator: string;
  voiceColleague: string;
  leaver: string;
  retiree: string;
  middleManagersGroup: string;
  registryGroup: string;
}

const person = (ref: string) => ({ kind: 'person' as const, ref });

/** D+10: the quarrel, taken to the office director, who decides on warnings and group rules. */
export function recordQuarrel(w: DemoWriter, c: CaseCast, day: string): number {
  w.at(day, '16:40');
  const { id } = createIncident(w.ctx, {
    kind: 'quarrel',
    severity: 'medium',
    groupId: c.middleManagersGroup,
    occurredOn: day,
    noticedOn: day,
    summary:
      '执法监察大队与城关自然资源所的两位同事因环境责任片区清扫分工在群内争吵，登记中心一位同事出面劝解反被指责，双方在群里“约架”，近百人围观',
    people: [
      { personId: c.quarrelA, role: 'party' },
      { personId: c.quarrelB, role: 'party' },
      { personId: c.mediator, role: 'witness' },
      { personId: c.admin, role: 'reporter' },
    ],
  });
  w.at(day, '17:10');
  escalateIncident(w.ctx, {
    id,
    from: person(c.admin),
    to: person(c.officeHead),
    escalatedOn: day,
    channel: 'in_person',
    request: '请办公室主任出面调解，并考虑为本群制定群规',
  });
  w.at(day, '17:45');
  decideIncident(w.ctx, {
    id,
    decidedBy: person(c.officeHead),
    decidedOn: day,
    decision: '当面调解并警告争吵双方；由办公室起草群规，第二周下发，工作分歧不在群内争执',
  });
  for (const target of [c.quarrelA, c.quarrelB]) {
    addIncidentAction(w.ctx, { id, kind: 'warning', targetPersonId: target, note: '当面警告', takenOn: day });
  }
  return id;
}

/** The rules of the second week answer the quarrel: the action names the version, and the case is closed. */
export function closeQuarrel(w: DemoWriter, id: number, rulesVersion: number): void {
  addIncidentAction(w.ctx, {
    id,
    kind: 'rules_changed',
    link: String(rulesVersion),
    note: '《中层干部工作群管理规定（试行）》下发，成员确认',
    takenOn: w.date,
  });
  closeIncident(w.ctx, { id, closedOn: w.date, note: '群规已下发' });
}

/**
 * A few days later: a colleague's mis-posted voice message (leader A on leader B), buried under
 * ten minutes of emoji once it could no longer be recalled. Leader A orders the group dissolved;
 * the director decides the same the next day. Returns the incident's id.
 */
export function recordVoiceMessage(w: DemoWriter, c: CaseCast, day: string): number {
  w.at(day, '13:55');
  const { id } = createIncident(w.ctx, {
    kind: 'confidential_leak',
    severity: 'critical',
    groupId: c.middleManagersGroup,
    occurredOn: day,
    noticedOn: day,
    summary:
      '规划股一位同事午休时误把A领导评论B领导工作的一段语音发到中层干部工作群，超过撤回时限后连发十多分钟表情包刷屏想盖住，语音仍可翻看',
    documentRef: `办公室情况报告（${day}）`,
    people: [
      { personId: c.voiceColleague, role: 'poster' },
      { personId: c.admin, role: 'reporter' },
    ],
  });
  w.at(day, '14:20');
  escalateIncident(w.ctx, {
    id,
    from: person(c.admin),
    to: person(c.leaderA),
    escalatedOn: day,
    channel: 'phone',
    request: '误发的语音涉及A领导，群主无法删除他人消息，语音已撤不回，请示如何处置',
  });
  w.at(day, '14:40');
  decideIncident(w.ctx, {
    id,
    decidedBy: person(c.leaderA),
    decidedOn: day,
    decision: '让管理员把中层干部工作群解散',
  });
  w.at(day, '15:30');
  escalateIncident(w.ctx, {
    id,
    from: person(c.admin),
    to: { kind: 'position', ref: '局长' },
    escalatedOn: day,
    channel: 'in_person',
    request: '百人大群是局长同意建的，A领导要求解散，请局长决定',
  });
  const next = addDays(day, 1);
  w.at(next, '10:30');
  decideIncident(w.ctx, {
    id,
    decidedBy: person(c.director),
    decidedOn: next,
    decision: '解散（dissolve）中层干部工作群，按层级和部门另建工作群，各群明确群主和成员范围',
    documentRef: `局长办公会议纪要（${next}）`,
  });
  addIncidentAction(w.ctx, { id, kind: 'warning', targetPersonId: c.voiceColleague, takenOn: next });
  return id;
}

/** The first group of the new order (办公室工作群) is the incident's charter action. */
export function noteNewGroups(w: DemoWriter, voiceId: number): void {
  addIncidentAction(w.ctx, {
    id: voiceId,
    kind: 'charter_changed',
    note: '另建办公室工作群（按部门）',
    takenOn: w.date,
  });
}

/** The retiree leaves every group by an offboarding runbook, walked to its end on the day. */
export function offboardRetiree(w: DemoWriter, c: CaseCast, day: string): number {
  w.at(day, '09:20');
  const id = planRunbook(w.ctx, {
    kind: 'offboard',
    personId: c.retiree,
    reason: '退休，移出工作群',
    authorisation: { personId: c.officeHead, on: day },
  });
  w.at(day, '09:25');
  startRunbook(w.ctx, id);
  w.at(day, '09:30');
  for (let step = nextStep(w.ctx.db, id); step; step = nextStep(w.ctx.db, id)) {
    recordStep(w.ctx, { id, ord: step.ord, outcome: 'done' });
  }
  return id;
}

const ids = (w: DemoWriter, sql: string, ...args: string[]) =>
  (stmt(w.ctx.db, sql).all(...args) as Array<{ id: string }>).map((r) => r.id);

/**
 * The registry centre's own group (founded `founded`), where colleagues of other units crept in
 * from `creptIn` on, nine days apart; returns their ids.
 */
export function registryGroup(w: DemoWriter, c: CaseCast, dates: { founded: string; creptIn: string }): string[] {
  const [headId, deputyId] = ids(
    w,
    "SELECT id FROM people WHERE unit_id = 'unit-registry' AND tier_id = 'tier-2' ORDER BY id",
  );
  const staff = ids(
    w,
    "SELECT id FROM people WHERE unit_id = 'unit-registry' AND tier_id = 'tier-3' AND status = 'active' AND id <> ? ORDER BY id",
    c.leaver,
  );
  w.at(dates.founded, '10:00');
  w.group(
    demoGroup(c.registryGroup, '不动产登记中心业务群', 'wecom', dates.founded, headId!, [deputyId!], {
      purpose: '登记业务受理、审核和发证的内部协调',
      charter: {
        ...EMPTY_CHARTER,
        unitIds: ['unit-registry'],
        whoMayAdd: 'owner_and_deputies',
        allowedContent: ['业务协调', '窗口排班', '疑难件会商'],
      },
      authorisingDoc: null,
    }),
  );
  w.found(
    c.registryGroup,
    headId!,
    [deputyId!],
    staff.map((id) => ({ id })),
  );
  // "办证要对接，拉我进群": colleagues of other units, one by one, at their own request.
  const outsiders = ['unit-finance', 'unit-finance', 'unit-law', 'unit-planning', 'unit-station', 'unit-station'].map(
    (unit, i, all) =>
      ids(
        w,
        "SELECT id FROM people WHERE unit_id = ? AND tier_id = 'tier-3' AND status = 'active' AND id NOT IN (?, ?) ORDER BY id",
        unit,
        c.voiceColleague,
        c.quarrelB,
      )[all.slice(0, i).filter((u) => u === unit).length]!,
  );
  outsiders.forEach((personId, i) => {
    w.at(addDays(dates.creptIn, i * 9), '15:00');
    w.join({
      groupId: c.registryGroup,
      personId,
      basis: 'manual',
      addedBy: deputyId!,
      requestedBy: personId,
      basisRef: '办理登记业务需要对接，要求进群',
    });
  });
  return outsiders;
}

/** The prune of the registry group, begun on `day` and interrupted half way: three removed, three left. */
export function interruptedPrune(w: DemoWriter, c: CaseCast, day: string): number {
  const owner = stmt(w.ctx.db, 'SELECT owner_id FROM groups WHERE id = ?').get(c.registryGroup) as { owner_id: string };
  w.at(day, '09:10');
  const id = planRunbook(w.ctx, {
    kind: 'prune',
    groupId: c.registryGroup,
    reason: '按群章程清理本中心以外的人员，业务对接改走工作联系单',
    authorisation: { personId: owner.owner_id, on: day },
  });
  w.at(day, '09:30');
  startRunbook(w.ctx, id);
  const total = (
    stmt(w.ctx.db, 'SELECT count(*) AS n FROM runbook_steps WHERE runbook_id = ?').get(id) as { n: number }
  ).n;
  for (let done = 0; done < Math.floor(total / 2); done++) {
    w.at(day, `09:${String(35 + done * 3).padStart(2, '0')}`);
    recordStep(w.ctx, { id, ord: nextStep(w.ctx.db, id)!.ord, outcome: 'done' });
  }
  w.at(day, '10:05');
  pauseRunbook(w.ctx, id);
  return id;
}

/** Leader A's order as a plan: the dissolution of 中层干部工作群 drafted and authorised, not started. */
export function planDissolution(w: DemoWriter, c: CaseCast, voiceId: number, decided: string): number {
  const id = planRunbook(w.ctx, {
    kind: 'dissolve',
    groupId: c.middleManagersGroup,
    reason: '误发语音事件后A领导要求解散本群，局长办公会议决定按层级和部门另建工作群',
    incidentId: String(voiceId),
    authorisation: { personId: c.leaderA, on: decided, documentRef: `局长办公会议纪要（${decided}）` },
  });
  addIncidentAction(w.ctx, {
    id: voiceId,
    kind: 'runbook',
    link: String(id),
    note: '解散计划已拟定，待通知成员后执行',
    takenOn: w.date,
  });
  return id;
}
