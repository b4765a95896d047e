/**
 * Incidents for the benchmark, recorded on top of the scale fixture through the incidents
 * capability itself (the same checks, tables, search keys and event chain as the app), in one
 * transaction so that 20,000 of them take seconds rather than one disk flush per command.
 *
 * What they look like: incidents in groups in proportion to the group's membership (one in ten
 * without a group), between the group's creation and its end, noticed 0–3 days after they
 * happened, the people involved taken from the group's members of that day; most are closed
 * after one or two escalation steps and a decision (half of those with a warning), some are
 * dismissed, some still wait for a decision or have not been escalated yet. Every command runs
 * on its own day (the clock is set to it), in the order of the days.
 */
import type { ChannelInput } from '../../shared/contract';
import type { BuiltinKind, Severity } from '../../shared/incidents';
import { stmt, transaction, type Db } from '../../electron/db/database';
import type { ServiceContext } from '../../electron/kernel/context';
import {
  addIncidentAction,
  closeIncident,
  createIncident,
  decideIncident,
  dismissIncident,
  escalateIncident,
} from '../../electron/capabilities/incidents';
import { mulberry32, pick, pickWeighted, randomInt } from '../../electron/seeds/fixtures/names';
import { POSITIONS } from '../../electron/seeds/fixtures/scaleVocabulary';

/** The last day of the scale fixture's history. */
const LAST = '2025-06-30';
const DAY = 86_400_000;

type Lang = 'zh' | 'vi';

const KINDS: BuiltinKind[] = [
  'quarrel',
  'confidential_leak',
  'off_topic_or_flooding',
  'scope_creep',
  'rule_breach',
  'other',
];
const KIND_WEIGHTS = [15, 10, 35, 15, 15, 10];
const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
const SEVERITY_WEIGHTS = [40, 35, 18, 7];
type Fate = 'open' | 'escalated' | 'decided' | 'closed' | 'dismissed';
const FATES: Fate[] = ['open', 'escalated', 'decided', 'closed', 'dismissed'];
const FATE_WEIGHTS = [8, 10, 12, 62, 8];

const TOPICS: Record<Lang, string[]> = {
  zh: ['会议通知', '值班安排', '报销流程', '考勤统计', '项目进度', '材料报送', '车辆调度', '节日慰问'],
  vi: ['lịch họp', 'phân công trực', 'thủ tục thanh toán', 'chấm công', 'tiến độ dự án', 'nộp hồ sơ', 'điều xe'],
};

/** The administrator's own words: what happened, never the messages themselves. */
const SUMMARIES: Record<Lang, Record<BuiltinKind, Array<(a: string, b: string, topic: string) => string>>> = {
  zh: {
    quarrel: [
      (a, b, t) => `${a}与${b}因${t}在群里发生争执，言辞激烈`,
      (a, b, t) => `${a}和${b}就${t}互相指责，多人劝阻无效`,
    ],
    confidential_leak: [
      (a, _b, t) => `${a}误将涉及${t}的内部材料发到群里，已超过撤回时限`,
      (a) => `${a}误发语音，内容涉及领导的私下谈话`,
    ],
    off_topic_or_flooding: [
      (a) => `${a}连续刷屏表情，淹没了工作通知`,
      (a) => `${a}在工作群转发与工作无关的广告链接`,
      (a, _b, t) => `${a}在群里发起与${t}无关的投票拉票`,
    ],
    scope_creep: [
      (a) => `${a}不在本群职责范围内，却被拉进群并长期留在群里`,
      (a, b) => `${b}把外单位的${a}加入工作群，未经审批`,
    ],
    rule_breach: [
      (a, _b, t) => `${a}在下班时间反复@全体成员催办${t}`,
      (a) => `${a}未按群规实名，多次提醒后仍未修改群昵称`,
    ],
    other: [(a, _b, t) => `${a}反映${t}相关的群内沟通问题，需要协调`],
  },
  vi: {
    quarrel: [
      (a, b, t) => `${a} và ${b} tranh cãi gay gắt trong nhóm về ${t}`,
      (a, b, t) => `${a} lớn tiếng với ${b} khi bàn về ${t}, nhiều người can ngăn`,
    ],
    confidential_leak: [
      (a, _b, t) => `${a} gửi nhầm tài liệu nội bộ về ${t} vào nhóm, đã quá thời gian thu hồi`,
      (a) => `${a} gửi nhầm tin nhắn thoại có nội dung trao đổi riêng của lãnh đạo`,
    ],
    off_topic_or_flooding: [
      (a) => `${a} gửi liên tục nhãn dán làm trôi thông báo công việc`,
      (a) => `${a} chia sẻ đường link quảng cáo không liên quan đến công việc`,
    ],
    scope_creep: [
      (a) => `${a} không thuộc phạm vi của nhóm nhưng vẫn ở trong nhóm`,
      (a, b) => `${b} thêm ${a} của đơn vị khác vào nhóm mà chưa được duyệt`,
    ],
    rule_breach: [
      (a, _b, t) => `${a} nhắc tất cả thành viên về ${t} ngoài giờ làm việc nhiều lần`,
      (a) => `${a} chưa đổi tên hiển thị theo quy định của nhóm dù đã được nhắc`,
    ],
    other: [(a, _b, t) => `${a} phản ánh vướng mắc trong trao đổi về ${t}, cần điều phối`],
  },
};

const REQUESTS: Record<Lang, string[]> = {
  zh: ['请示处理意见', '请领导决定是否需要约谈', '报告情况并请示是否通报'],
  vi: ['Xin ý kiến xử lý', 'Báo cáo và xin chỉ đạo', 'Đề nghị quyết định hình thức nhắc nhở'],
};
const DECISIONS: Record<Lang, string[]> = {
  zh: ['由办公室约谈当事人并提醒', '在群内重申群规，不再追究', '书面警告，抄送所在部门', '移出本群'],
  vi: ['Văn phòng trao đổi và nhắc nhở đương sự', 'Nhắc lại nội quy nhóm, không xử lý thêm', 'Cảnh cáo bằng văn bản'],
};
const WARNINGS: Record<Lang, string> = { zh: '已当面提醒', vi: 'Đã nhắc nhở trực tiếp' };
const DISMISS: Record<Lang, string> = { zh: '经核实属误会，不构成违规', vi: 'Đã xác minh là hiểu lầm, không vi phạm' };

interface GroupInfo {
  id: string;
  lang: Lang;
  start: string;
  end: string;
  ownerId: string | null;
  weight: number;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY);
const minDay = (a: string, b: string) => (a < b ? a : b);

export interface IncidentFixtureCounts {
  incidents: number;
  steps: number;
  actions: number;
  byStatus: Record<string, number>;
}

/** Records `count` incidents with their handling into a registry holding the scale fixture. */
export function generateIncidents(ctx: ServiceContext, count: number, seed = 7): IncidentFixtureCounts {
  const { db } = ctx;
  const rng = mulberry32(seed);
  const groups = groupInfos(db);
  const weights = groups.map((g) => g.weight);
  const leaders = (
    stmt(db, "SELECT id FROM people WHERE tier_id = 'tier-1' AND status = 'active' ORDER BY id").all() as Array<{
      id: string;
    }>
  ).map((r) => r.id);
  const anyone = (stmt(db, 'SELECT id FROM people ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id);
  const name = stmt(db, 'SELECT name FROM people WHERE id = ?');
  const membersOn = stmt(
    db,
    `SELECT person_id FROM memberships WHERE group_id = ? AND joined_on <= ?2 AND (left_on IS NULL OR left_on >= ?2)
      ORDER BY id LIMIT 40`,
  );

  // Every command on its day: planned first, then run in day order (a stable sort keeps each
  // incident's own commands in the order they were planned on one day).
  const clock = { at: new Date(`${LAST}T10:00:00Z`), now: () => clock.at };
  const day$: ServiceContext = { ...ctx, clock };
  const commands: Array<{ day: string; run: () => void }> = [];
  for (let n = 0; n < count; n++) {
    const group = rng() < 0.9 ? pickWeighted(rng, groups, weights) : null;
    const lang: Lang = group?.lang ?? (rng() < 0.6 ? 'zh' : 'vi');
    const start = group?.start ?? '2019-03-01';
    const end = group?.end ?? LAST;
    const span = Math.max(0, (Date.parse(end) - Date.parse(start)) / DAY);
    const occurredOn = addDays(start, randomInt(rng, span + 1));
    const noticedOn = minDay(addDays(occurredOn, randomInt(rng, 4)), LAST);
    const members = group
      ? (membersOn.all(group.id, occurredOn) as Array<{ person_id: string }>).map((m) => m.person_id)
      : [];
    const pool = members.length >= 2 ? members : anyone;
    const a = pick(rng, pool);
    let b = pick(rng, pool);
    if (b === a) b = pool[(pool.indexOf(a) + 1) % pool.length]!;
    const kind = pickWeighted(rng, KINDS, KIND_WEIGHTS);
    const severity =
      kind === 'confidential_leak' && rng() < 0.5 ? 'critical' : pickWeighted(rng, SEVERITIES, SEVERITY_WEIGHTS);
    const nameOf = (id: string) => (name.get(id) as { name: string }).name;
    const summary = pick(rng, SUMMARIES[lang][kind])(nameOf(a), nameOf(b), pick(rng, TOPICS[lang]));
    const people: ChannelInput<'incidents.create'>['people'] = [{ personId: a, role: 'poster' }];
    if (kind === 'quarrel') people.push({ personId: b, role: 'party' });
    else if (rng() < 0.3) people.push({ personId: b, role: rng() < 0.5 ? 'witness' : 'reporter' });
    const fate = pickWeighted(rng, FATES, FATE_WEIGHTS);
    const from = group?.ownerId ?? pick(rng, leaders.length ? leaders : anyone);
    const to = (): ChannelInput<'incidents.escalate'>['to'] =>
      rng() < 0.6
        ? { kind: 'position', ref: pick(rng, POSITIONS[lang][0]!) }
        : { kind: 'person', ref: pick(rng, leaders.length ? leaders : anyone) };
    const id = { value: 0 };
    commands.push({
      day: noticedOn,
      run: () => {
        id.value = createIncident(day$, {
          kind,
          severity,
          groupId: group?.id ?? null,
          occurredOn,
          noticedOn,
          summary,
          people,
          documentRef:
            rng() < 0.1 ? (lang === 'zh' ? `办函〔${occurredOn.slice(0, 4)}〕${n % 97}号` : `CV ${n}`) : null,
        }).id;
      },
    });
    if (fate === 'open') continue;
    let day = noticedOn;
    // A dismissed incident was never decided (a decided one is closed): at most one step, waiting.
    const steps = fate === 'dismissed' ? randomInt(rng, 2) : 1 + randomInt(rng, 2);
    for (let s = 0; s < steps; s++) {
      day = minDay(addDays(day, randomInt(rng, 6)), LAST);
      const escalation: ChannelInput<'incidents.escalate'> = {
        id: 0,
        from: { kind: 'person', ref: from },
        to: to(),
        escalatedOn: day,
        channel: pick(rng, ['in_person', 'phone', 'written', 'chat'] as const),
        request: pick(rng, REQUESTS[lang]),
      };
      commands.push({ day, run: () => void escalateIncident(day$, { ...escalation, id: id.value }) });
      if ((fate === 'escalated' || fate === 'dismissed') && s === steps - 1) break;
      day = minDay(addDays(day, randomInt(rng, 21)), LAST);
      const decision: ChannelInput<'incidents.decide'> = {
        id: 0,
        decidedBy: escalation.to,
        decidedOn: day,
        decision: pick(rng, DECISIONS[lang]),
      };
      commands.push({ day, run: () => void decideIncident(day$, { ...decision, id: id.value }) });
    }
    if (fate === 'closed' && rng() < 0.5) {
      day = minDay(addDays(day, randomInt(rng, 3)), LAST);
      const takenOn = day;
      commands.push({
        day: takenOn,
        run: () => void addIncidentAction(day$, { id: id.value, kind: 'warning', targetPersonId: a, takenOn }),
      });
    }
    if (fate === 'closed' || fate === 'dismissed') {
      day = minDay(addDays(day, randomInt(rng, 11)), LAST);
      const on = day;
      commands.push({
        day: on,
        run: () =>
          void (fate === 'closed'
            ? closeIncident(day$, { id: id.value, closedOn: on, note: WARNINGS[lang] })
            : dismissIncident(day$, { id: id.value, reason: DISMISS[lang], dismissedOn: on })),
      });
    }
  }
  commands.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  transaction(db, () => {
    for (const c of commands) {
      clock.at = new Date(`${c.day}T10:00:00Z`);
      c.run();
    }
  });
  return countIncidents(db);
}

function groupInfos(db: Db): GroupInfo[] {
  const rows = stmt(
    db,
    `SELECT g.id, g.name, g.created_on, g.status, g.owner_id,
            (SELECT count(*) FROM memberships m WHERE m.group_id = g.id) AS n,
            (SELECT max(left_on) FROM memberships m WHERE m.group_id = g.id) AS last_left
       FROM groups g ORDER BY g.id`,
  ).all() as Array<{
    id: string;
    name: string;
    created_on: string;
    status: string;
    owner_id: string | null;
    n: number;
    last_left: string | null;
  }>;
  return rows
    .map((g) => ({
      id: g.id,
      lang: (/[\u4e00-\u9fff]/.test(g.name) ? 'zh' : 'vi') as Lang,
      start: addDays(g.created_on, 1),
      end: minDay(g.status === 'active' ? LAST : (g.last_left ?? g.created_on), LAST),
      ownerId: g.owner_id,
      weight: g.n + 5,
    }))
    .filter((g) => g.end >= g.start);
}

function countIncidents(db: Db): IncidentFixtureCounts {
  const n = (sql: string) => (stmt(db, sql).get() as { n: number }).n;
  const byStatus = Object.fromEntries(
    (
      stmt(db, 'SELECT status, count(*) AS n FROM incidents GROUP BY status').all() as Array<{
        status: string;
        n: number;
      }>
    ).map((r) => [r.status, r.n]),
  );
  return {
    incidents: n('SELECT count(*) AS n FROM incidents'),
    steps: n('SELECT count(*) AS n FROM incident_steps'),
    actions: n('SELECT count(*) AS n FROM incident_actions'),
    byStatus,
  };
}
