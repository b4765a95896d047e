/**
 * Demo "county bureau" (seed 000 and 001): a county natural-resources bureau of about 110 staff
 * whose middle-manager WeChat group, made for ~22 people on 2019-03-04, held ~100 within three
 * days. Data is Chinese whatever the UI language, because it belongs to the organisation.
 */
import { EMPTY_CHARTER, type Locale, type Organisation, type Person } from '../../../shared/domain';
import type { ServiceContext } from '../../kernel/context';
import { today } from '../../kernel/context';
import { mulberry32, pick, PeopleGenerator, shuffled } from '../fixtures/names';
import { addDays, demoGroup, DemoWriter, SteppingClock, spreadTimes } from './writer';
import {
  closeQuarrel,
  interruptedPrune,
  noteNewGroups,
  offboardRetiree,
  planDissolution,
  recordQuarrel,
  recordVoiceMessage,
  registryGroup,
} from './countyBureauCases';

/** The day 李伟 created 中层干部工作群. */
export const BUREAU_GROUP_CREATED = '2019-03-04';

/** The day the group's rules were issued, in its second week (after the quarrel of D+10). */
export const BUREAU_RULES_ISSUED = '2019-03-15';

/** The day of the mis-posted voice message and the emoji flood (the director decided the next day). */
export const BUREAU_VOICE_MESSAGE = '2019-03-18';

/** Who decides exceptions to the bureau's charters: whoever holds the post of 局长 (the director). */
export const BUREAU_APPROVER = { kind: 'position', ref: '局长' } as const;

/** What the middle-manager group is for (seed 000: 文件的转发和临时的通知). */
const MIDDLE_GROUP_CONTENT = ['文件转发', '会议通知', '临时通知', '领导批示传达'];

const MIDDLE_GROUP_RULES = [
  '中层干部工作群管理规定（试行）',
  '一、本群只用于工作交流：文件转发、会议通知、临时通知、领导批示传达。',
  '二、不发与工作无关的内容；工作分歧当面沟通或向分管领导反映，不在群内争执。',
  '三、涉密、敏感内容和领导个人意见一律不得在群内发布；发错信息立即撤回并告知群主。',
  '四、本群成员为局领导班子成员和中层干部；其他人员入群须经局长同意。',
  '五、成员调离、退休的，由群主及时移出。',
].join('\n');

/** Ids of the story's characters and groups, for tests and for later demo chapters. */
export const BUREAU_CAST = {
  admin: 'person-liwei',
  director: 'person-001',
  leaderA: 'person-002',
  leaderB: 'person-003',
  officeHead: 'person-007',
  hrColleague: 'person-hr-colleague',
  partyColleague: 'person-party-colleague',
  quarrelA: 'person-quarrel-a',
  quarrelB: 'person-quarrel-b',
  mediator: 'person-mediator',
  voiceColleague: 'person-voice-colleague',
  leaver: 'person-leaver',
  retiree: 'person-retiree',
  middleManagersGroup: 'group-middle-managers',
  leadershipGroup: 'group-leadership',
  officeGroup: 'group-office',
  hrGroup: 'group-hr',
  projectGroup: 'group-project',
  registryGroup: 'group-registry',
} as const;

const C = BUREAU_CAST;

interface UnitPlan {
  id: string;
  name: string;
  /** Heads and deputies (tier-2); the leadership unit lists tier-1 instead. */
  managers: string[];
  staff: string[];
  /** Staff (from the end of the list) who never made it into the big group: no smartphone, on leave… */
  outsideGroup: number;
}

const UNITS: UnitPlan[] = [
  {
    id: 'unit-leadership',
    name: '局领导班子',
    managers: [
      '党组书记、局长',
      '党组成员、副局长',
      '党组成员、副局长',
      '党组成员、副局长',
      '党组成员、纪检监察组组长',
      '总工程师',
    ],
    staff: [],
    outsideGroup: 0,
  },
  {
    id: 'unit-office',
    name: '办公室',
    managers: ['办公室主任', '办公室副主任'],
    staff: ['文秘', '档案管理员', '信息员', '后勤管理员', '驾驶员', '驾驶员'],
    outsideGroup: 2,
  },
  {
    id: 'unit-hr',
    name: '人事股',
    managers: ['人事股股长'],
    staff: ['人事专干', '工资社保专干', '科员'],
    outsideGroup: 0,
  },
  {
    id: 'unit-finance',
    name: '财务股',
    managers: ['财务股股长'],
    staff: ['会计', '出纳', '资产管理员', '科员'],
    outsideGroup: 0,
  },
  {
    id: 'unit-party',
    name: '党建办',
    managers: ['党建办主任'],
    staff: ['党务专干', '宣传干事', '科员'],
    outsideGroup: 0,
  },
  {
    id: 'unit-law',
    name: '政策法规股',
    managers: ['政策法规股股长'],
    staff: ['法制审核员', '科员', '科员', '科员'],
    outsideGroup: 0,
  },
  {
    id: 'unit-planning',
    name: '国土空间规划股',
    managers: ['国土空间规划股股长', '国土空间规划股副股长'],
    staff: rep(['规划员', '科员'], 7),
    outsideGroup: 0,
  },
  {
    id: 'unit-farmland',
    name: '耕地保护股',
    managers: ['耕地保护股股长'],
    staff: rep(['科员', '技术员'], 7),
    outsideGroup: 0,
  },
  {
    id: 'unit-mineral',
    name: '矿产资源管理股',
    managers: ['矿产资源管理股股长'],
    staff: rep(['科员', '技术员'], 5),
    outsideGroup: 0,
  },
  {
    id: 'unit-registry',
    name: '不动产登记中心',
    managers: ['不动产登记中心主任', '不动产登记中心副主任'],
    staff: rep(['登记员', '窗口受理员', '审核员', '档案管理员'], 18),
    outsideGroup: 2,
  },
  {
    id: 'unit-enforcement',
    name: '执法监察大队',
    managers: ['执法监察大队大队长', '执法监察大队副大队长'],
    staff: rep(['执法队员'], 20),
    outsideGroup: 3,
  },
  {
    id: 'unit-station',
    name: '城关自然资源所',
    managers: ['城关自然资源所所长', '城关自然资源所副所长'],
    staff: rep(['科员', '技术员', '协管员'], 11),
    outsideGroup: 3,
  },
];

function rep(items: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => items[i % items.length]!);
}

/** Named story roles among generated staff: unit, index in that unit's staff list, id. */
const STAFF_ROLES: Array<[string, number, string]> = [
  ['unit-hr', 0, C.hrColleague],
  ['unit-party', 0, C.partyColleague],
  ['unit-enforcement', 3, C.quarrelA],
  ['unit-station', 1, C.quarrelB],
  ['unit-registry', 4, C.mediator],
  ['unit-planning', 2, C.voiceColleague],
  ['unit-registry', 9, C.leaver],
  ['unit-enforcement', 10, C.retiree],
];

interface Staffed extends Person {
  unitPlan: UnitPlan;
  inBigGroup: boolean;
}

export function buildCountyBureau(outer: ServiceContext, locale: Locale): Organisation {
  const rng = mulberry32(20190304);
  const gen = new PeopleGenerator(rng);
  gen.reserveName('李伟');
  const realToday = today(outer.clock);
  const clock = new SteppingClock('2019-03-01T00:00:00Z', outer.clock.now(), rng);
  const w = new DemoWriter(outer.db, '李伟', clock, '+08:00');

  w.at('2019-03-01', '08:50');
  const org = w.organisation('云溪县自然资源局', locale, [
    { id: 'tier-1', name: '领导班子', rank: 1 },
    { id: 'tier-2', name: '中层干部', rank: 2 },
    { id: 'tier-3', name: '一般干部职工', rank: 3 },
  ]);
  UNITS.forEach((u, i) => w.unit({ id: u.id, parentId: null, name: u.name, sort: i + 1 }));

  // Everyone is entered on the first day, leadership first, as an office would copy its roster.
  w.at('2019-03-01', '09:30');
  const people: Staffed[] = [];
  let serial = 0;
  const add = (
    plan: UnitPlan,
    position: string,
    tierId: string,
    id: string | null,
    inBigGroup: boolean,
    name?: string,
  ) => {
    serial++;
    const personName = name ?? gen.chineseName().name;
    const phone = gen.cnMobile();
    const handles: Person['handles'] = { wechat: gen.wechatId(personName), wecom: gen.wecomUserId(personName) };
    const p: Staffed = {
      id: id ?? `person-${String(serial).padStart(3, '0')}`,
      name: personName,
      unitId: plan.id,
      position,
      tierId,
      phone,
      handles,
      status: 'active',
      leftOn: null,
      unitPlan: plan,
      inBigGroup,
    };
    if (plan.id === 'unit-hr' || position === '党组书记、局长') p.handles.dingtalk = phone;
    people.push(p);
  };
  for (const plan of UNITS) {
    const tier = plan.id === 'unit-leadership' ? 'tier-1' : 'tier-2';
    for (const position of plan.managers) {
      const isAdmin = position === '办公室副主任';
      add(plan, position, tier, isAdmin ? C.admin : null, true, isAdmin ? '李伟' : undefined);
    }
  }
  for (const plan of UNITS) {
    plan.staff.forEach((position, i) => {
      const role = STAFF_ROLES.find(([unit, index]) => unit === plan.id && index === i);
      add(plan, position, 'tier-3', role ? role[2] : null, i < plan.staff.length - plan.outsideGroup);
    });
  }
  for (const p of people) {
    const { unitPlan: _plan, inBigGroup: _in, ...person } = p;
    w.person(person);
  }

  const byId = new Map(people.map((p) => [p.id, p]));
  const head = (unitId: string) => people.find((p) => p.unitId === unitId && p.tierId !== 'tier-3')!;
  const inUnit = (unitId: string) => people.filter((p) => p.unitId === unitId);
  const managers = people.filter((p) => p.tierId !== 'tier-3');
  const officeHead = byId.get(C.officeHead)!;
  if (officeHead.position !== '办公室主任') throw new Error('demo: cast ids out of step with the roster');

  // D: the group 李伟 asked the director for, with the ~22 leaders and middle managers.
  const D = BUREAU_GROUP_CREATED;
  w.at(D, '09:40');
  w.group(
    demoGroup(C.middleManagersGroup, '中层干部工作群', 'wechat', D, C.admin, [C.officeHead], {
      purpose: '文件转发和临时通知（通知范围：中层以上干部）',
      // "通知范围也只发到了中层以上的干部": the middle tier and the leadership above it.
      charter: {
        ...EMPTY_CHARTER,
        tierIds: ['tier-1', 'tier-2'],
        whoMayAdd: 'owner',
        approver: BUREAU_APPROVER,
        allowedContent: MIDDLE_GROUP_CONTENT,
      },
      authorisingDoc: '局长口头同意（2019-03-04 上午汇报）',
    }),
  );
  const foundingTimes = spreadTimes(managers.length, '09:45', '14:30');
  w.join({ groupId: C.middleManagersGroup, personId: C.admin, role: 'owner', basis: 'founding', addedBy: C.admin });
  managers
    .filter((p) => p.id !== C.admin)
    .forEach((p, i) => {
      w.at(D, foundingTimes[i + 1]!);
      w.join({
        groupId: C.middleManagersGroup,
        personId: p.id,
        role: p.id === C.officeHead ? 'deputy' : 'member',
        basis: 'founding',
        addedBy: C.admin,
      });
    });

  // D+1..D+3: "拉我进群，我有事要通知" — then everyone else, to keep things fair.
  const addStaff = (p: Staffed, requestedBy: string, note: string) =>
    w.join({
      groupId: C.middleManagersGroup,
      personId: p.id,
      basis: 'manual',
      addedBy: C.admin,
      requestedBy,
      basisRef: note,
    });
  const hr = byId.get(C.hrColleague)!;
  const party = byId.get(C.partyColleague)!;
  w.at(addDays(D, 1), '09:12');
  addStaff(hr, hr.id, '要求进群发人事通知');
  w.at(addDays(D, 1), '09:58');
  addStaff(party, party.id, '要求进群发党务通知');
  const pressured = new Set([hr.id, party.id]);
  w.at(addDays(D, 1), '10:30');
  for (const p of inUnit('unit-hr').concat(inUnit('unit-party'))) {
    if (p.tierId !== 'tier-3' || pressured.has(p.id)) continue;
    addStaff(p, p.unitId === 'unit-hr' ? hr.id : party.id, '同股室发通知需要，一并拉进群');
    pressured.add(p.id);
  }
  const rest = shuffled(
    rng,
    people.filter((p) => p.tierId === 'tier-3' && p.inBigGroup && !pressured.has(p.id)),
  );
  const days = [
    { date: addDays(D, 1), from: '14:10', to: '17:40', share: 0.15 },
    { date: addDays(D, 2), from: '08:35', to: '17:50', share: 0.45 },
    { date: addDays(D, 3), from: '08:40', to: '17:30', share: 0.4 },
  ];
  const inGroup = new Set(pressured);
  let cursor = 0;
  days.forEach((day, d) => {
    const count = d === days.length - 1 ? rest.length - cursor : Math.round(rest.length * day.share);
    const times = spreadTimes(count, day.from, day.to);
    for (let i = 0; i < count; i++) {
      const p = rest[cursor++]!;
      w.at(day.date, times[i]!);
      const r = rng();
      if (r < 0.45) addStaff(p, p.id, '“一碗水得端平”，要求进群');
      else if (r < 0.8) addStaff(p, head(p.unitId!).id, '股室负责人要求本股室人员都进群');
      else {
        const colleagues = people.filter((c) => c.unitId === p.unitId && c.tierId === 'tier-3' && inGroup.has(c.id));
        addStaff(p, colleagues.length ? pick(rng, colleagues).id : head(p.unitId!).id, '同事拉进群，说有通知要看');
      }
      inGroup.add(p.id);
    }
  });

  // Story 2: the quarrel of D+10, taken to the office director, who answers it with rules;
  const quarrel = recordQuarrel(w, C, addDays(D, 10));
  // the rules of the second week; the managers acknowledge at once,
  // about half of the staff the next day, the rest never.
  w.at(BUREAU_RULES_ISSUED, '08:30');
  const rulesVersion = w.publishRules(C.middleManagersGroup, MIDDLE_GROUP_RULES);
  w.at(BUREAU_RULES_ISSUED, '17:20');
  w.acknowledgeRules(
    C.middleManagersGroup,
    rulesVersion,
    managers.map((p) => p.id),
  );
  w.at(BUREAU_RULES_ISSUED, '17:40');
  closeQuarrel(w, quarrel, rulesVersion);
  w.at(addDays(BUREAU_RULES_ISSUED, 1), '10:40');
  w.acknowledgeRules(
    C.middleManagersGroup,
    rulesVersion,
    rest.filter((_, i) => i % 2 === 0).map((p) => p.id),
  );
  // Story 3: the voice message under the emoji flood; leader A, then the director, say dissolve.
  const voice = recordVoiceMessage(w, C, BUREAU_VOICE_MESSAGE);

  // Seed 001's lesson: separate groups by tier and department, each with a narrow charter.
  const office = inUnit('unit-office');
  w.at('2019-03-20', '15:10');
  w.group(
    demoGroup(C.officeGroup, '办公室工作群', 'wecom', '2019-03-20', C.officeHead, [C.admin], {
      purpose: '办公室内部工作安排',
      charter: { ...EMPTY_CHARTER, unitIds: ['unit-office'], whoMayAdd: 'owner_and_deputies' },
      authorisingDoc: null,
    }),
  );
  w.found(C.officeGroup, C.officeHead, [C.admin], office);
  w.at('2019-03-20', '16:30');
  noteNewGroups(w, voice);

  const leaders = people.filter((p) => p.tierId === 'tier-1');
  const director = byId.get(C.director)!;
  w.at('2019-04-08', '16:20');
  w.group(
    demoGroup(C.leadershipGroup, '局领导班子群', 'wechat', '2019-04-08', C.director, [C.officeHead], {
      purpose: '班子成员工作沟通、会议安排',
      charter: {
        ...EMPTY_CHARTER,
        tierIds: ['tier-1'],
        personIds: [C.officeHead],
        whoMayAdd: 'owner',
        approver: BUREAU_APPROVER,
        allowedContent: ['班子会议安排', '工作沟通', '文件传阅'],
      },
      authorisingDoc: '局党组会议纪要（2019年第5期）',
    }),
  );
  w.found(C.leadershipGroup, director.id, [C.officeHead], leaders, C.admin);

  const hrHead = head('unit-hr');
  w.at('2019-04-15', '10:05');
  w.group(
    demoGroup(C.hrGroup, '人事工作群', 'dingtalk', '2019-04-15', hrHead.id, [], {
      purpose: '人事、工资、社保事项（仅人事股与局长）',
      charter: { ...EMPTY_CHARTER, unitIds: ['unit-hr'], personIds: [C.director], whoMayAdd: 'owner' },
      authorisingDoc: '局长批示（2019-04-12）',
    }),
  );
  w.found(C.hrGroup, hrHead.id, [], inUnit('unit-hr').concat(director));

  // Later years: one retiree offboarded properly, one transferee forgotten in every group.
  w.at('2021-06-30', '16:00');
  w.personLeft(C.retiree);
  offboardRetiree(w, C, '2021-07-01');

  const recent = (days: number) => addDays(realToday, -days);
  // The registry centre's own group, which colleagues of other units crept into.
  registryGroup(w, C, { founded: recent(400), creptIn: recent(150) });
  w.at(recent(45), '17:00');
  w.personLeft(C.leaver);

  // Under the charter now: a driver who was never in the big group asks in by the book, and the
  // director approves it for a while (review date within the month: the dashboard's "due" list).
  const drivers = inUnit('unit-office').filter((p) => !p.inBigGroup);
  w.at(recent(42), '09:30');
  const driverRequest = w.requestException({
    groupId: C.middleManagersGroup,
    personId: drivers[0]!.id,
    requestedBy: C.officeHead,
    reason: '负责局领导用车调度，需要及时收到会议和出行通知',
  });
  w.at(recent(40), '15:10');
  w.decideException(driverRequest.id, 'approved', C.director, {
    documentRef: '局长签批（办公室呈批件）',
    note: '同意，至年度用车调度方案调整时复核',
    reviewOn: addDays(realToday, 20),
  });

  // A task group that should be dissolved soon after its end date (the expiry dashboard).
  const projectCreated = recent(30);
  const endDate = addDays(realToday, 12);
  const farmHead = head('unit-farmland');
  const deputy = people.find((p) => p.position === '执法监察大队副大队长')!;
  const viceDirector = byId.get(C.leaderB)!;
  w.at(projectCreated, '10:00');
  w.group(
    demoGroup(
      C.projectGroup,
      `${endDate.slice(0, 4)}年卫片执法图斑核查专项工作群`,
      'wecom',
      projectCreated,
      farmHead.id,
      [deputy.id],
      {
        purpose: '卫片执法图斑核查整改工作调度',
        kind: 'adhoc',
        task: '完成年度卫片执法图斑实地核查、整改和销号',
        endDate,
        charter: {
          ...EMPTY_CHARTER,
          unitIds: ['unit-farmland', 'unit-enforcement'],
          personIds: [viceDirector.id],
          whoMayAdd: 'owner_and_deputies',
          // The deputy director in charge approves anyone else for the task.
          approver: { kind: 'person', ref: viceDirector.id },
          allowedContent: ['工作调度', '核查任务分派', '进度报送'],
        },
        authorisingDoc: `云自然资发〔${endDate.slice(0, 4)}〕12号`,
      },
    ),
  );
  const taskForce = [
    viceDirector,
    ...inUnit('unit-farmland'),
    ...inUnit('unit-enforcement')
      .filter((p) => p.tierId === 'tier-3' && p.status === 'active')
      .slice(0, 6),
  ].filter((p) => p.id !== C.retiree);
  w.found(C.projectGroup, farmHead.id, [deputy.id], taskForce);
  const planner = inUnit('unit-planning').find((p) => p.tierId === 'tier-3' && p.id !== C.voiceColleague)!;
  w.at(recent(28), '16:20');
  const plannerRequest = w.requestException({
    groupId: C.projectGroup,
    personId: planner.id,
    requestedBy: farmHead.id,
    reason: '协助核对国土空间规划图层',
  });
  w.at(recent(27), '11:15');
  w.decideException(plannerRequest.id, 'approved', viceDirector.id, {
    note: '同意，专项结束即退出',
    reviewOn: endDate,
    addedBy: farmHead.id,
  });
  w.at(recent(18), '16:40');
  const done = inUnit('unit-enforcement').find((p) => p.tierId === 'tier-3' && taskForce.includes(p))!;
  w.leave(C.projectGroup, done.id, '负责片区核查已完成，退出专项');

  // The prune of the registry group, begun and interrupted half way.
  interruptedPrune(w, C, recent(10));

  // Still waiting for the director: a registry clerk who wants the notices of the big group.
  const clerk = inUnit('unit-registry').find((p) => !p.inBigGroup && p.status === 'active')!;
  w.at(recent(3), '10:25');
  w.requestException({
    groupId: C.middleManagersGroup,
    personId: clerk.id,
    requestedBy: head('unit-registry').id,
    reason: '要及时看到局里的业务通知，股室负责人开会时经常顾不上转达',
    reviewOn: addDays(realToday, 90),
  });

  // Leader A's order, drafted at last: the dissolution planned and authorised, not started.
  w.at(recent(2), '10:00');
  planDissolution(w, C, voice, addDays(BUREAU_VOICE_MESSAGE, 1));
  return org;
}
