/**
 * Demo "youth union" (seed 002): the provincial youth union of agencies and enterprises, whose
 * notice 129-TB/ĐTN fixed exactly three Zalo groups, who may add members, who approves anyone
 * else and what may be posted. Data is Vietnamese whatever the UI language.
 */
import { EMPTY_CHARTER, type Charter, type Locale, type Organisation, type Person } from '../../../shared/domain';
import type { ServiceContext } from '../../kernel/context';
import { today } from '../../kernel/context';
import { mulberry32, PeopleGenerator } from '../fixtures/names';
import { addDays, demoGroup, DemoWriter, SteppingClock, spreadTimes } from './writer';
import {
  addIncidentAction,
  closeIncident,
  createIncident,
  decideIncident,
  escalateIncident,
} from '../../capabilities/incidents';

/** The day the three groups of the notice were set up. */
export const YOUTH_GROUPS_CREATED = '2020-09-14';

export const YOUTH_CAST = {
  secretary: 'person-nhan',
  deputySecretary: 'person-pbt-1',
  deputySecretary2: 'person-pbt-2',
  officeChief: 'person-cvp',
  officeClerk: 'person-vp-1',
  movedSecretary: 'person-ptb-bt',
  newSecretary: 'person-ptb-bt-2',
  allGroup: 'group-dk-all',
  standingGroup: 'group-btv',
  schoolsGroup: 'group-dk-schools',
  currentTaskGroup: 'group-task-current',
  expiredTaskGroup: 'group-task-expired',
} as const;

const C = YOUTH_CAST;

interface Base {
  id: string;
  name: string;
  /** Schools and the education centre form the third group. */
  school: boolean;
  /** Its secretary also sits on the union's standing committee (tier-2). */
  onCommittee: boolean;
  jobs: string[];
  members: number;
  /** How this base's officers are titled: Đoàn cơ sở, Đoàn trường, Đoàn Trung tâm. */
  title: string;
}

const BASES: Base[] = [
  {
    id: 'unit-stc',
    name: 'Đoàn cơ sở Sở Tài chính',
    school: false,
    onCommittee: true,
    jobs: ['Chuyên viên', 'Kế toán viên', 'Thanh tra viên'],
    members: 5,
    title: 'Đoàn cơ sở',
  },
  {
    id: 'unit-syt',
    name: 'Đoàn cơ sở Sở Y tế',
    school: false,
    onCommittee: true,
    jobs: ['Bác sĩ', 'Điều dưỡng', 'Chuyên viên'],
    members: 5,
    title: 'Đoàn cơ sở',
  },
  {
    id: 'unit-stnmt',
    name: 'Đoàn cơ sở Sở Tài nguyên và Môi trường',
    school: false,
    onCommittee: false,
    jobs: ['Chuyên viên', 'Kỹ sư địa chính'],
    members: 5,
    title: 'Đoàn cơ sở',
  },
  {
    id: 'unit-kbnn',
    name: 'Đoàn cơ sở Kho bạc Nhà nước Trà Vinh',
    school: false,
    onCommittee: false,
    jobs: ['Kiểm soát viên', 'Kế toán viên'],
    members: 5,
    title: 'Đoàn cơ sở',
  },
  {
    id: 'unit-dienluc',
    name: 'Đoàn cơ sở Công ty Điện lực Trà Vinh',
    school: false,
    onCommittee: true,
    jobs: ['Kỹ sư điện', 'Công nhân kỹ thuật', 'Nhân viên kinh doanh'],
    members: 5,
    title: 'Đoàn cơ sở',
  },
  {
    id: 'unit-vnpt',
    name: 'Đoàn cơ sở VNPT Trà Vinh',
    school: false,
    onCommittee: true,
    jobs: ['Kỹ sư viễn thông', 'Nhân viên kinh doanh'],
    members: 5,
    title: 'Đoàn cơ sở',
  },
  {
    id: 'unit-thpt-tp',
    name: 'Đoàn trường THPT Thành phố Trà Vinh',
    school: true,
    onCommittee: false,
    jobs: ['Giáo viên'],
    members: 4,
    title: 'Đoàn trường',
  },
  {
    id: 'unit-thpt-ptb',
    name: 'Đoàn trường THPT Phạm Thái Bường',
    school: true,
    onCommittee: false,
    jobs: ['Giáo viên'],
    members: 4,
    title: 'Đoàn trường',
  },
  {
    id: 'unit-thpt-chuyen',
    name: 'Đoàn trường THPT Chuyên Trà Vinh',
    school: true,
    onCommittee: false,
    jobs: ['Giáo viên'],
    members: 4,
    title: 'Đoàn trường',
  },
  {
    id: 'unit-gdtx',
    name: 'Đoàn Trung tâm GDTX-HNDN Tp. Trà Vinh',
    school: true,
    onCommittee: false,
    jobs: ['Giáo viên'],
    members: 4,
    title: 'Đoàn Trung tâm',
  },
];

const NOTICE = 'Thông báo số 129-TB/ĐTN';

/** Section 2 of the notice: the rules every one of its groups keeps. */
const NOTICE_RULES = [
  'Quy định sử dụng nhóm (theo Thông báo số 129-TB/ĐTN)',
  '1. Chỉ trưởng nhóm được thêm thành viên. Thêm người ngoài thành phần quy định phải được Bí thư Đoàn khối thống nhất.',
  '2. Thành viên nghiêm túc, chỉ thông tin, chia sẻ, trao đổi nội dung liên quan đến công việc; không trao đổi việc cá nhân.',
  '3. Thông tin trên nhóm phải là thông tin chính thống: thư mời họp, thông báo triệu tập, công văn triệu tập, tài liệu phục vụ hội nghị (gửi đồng thời qua iOffice, Website Đoàn khối); nhắc thực hiện nhiệm vụ; nhắc báo cáo định kỳ, chuyên đề.',
  '4. Trao đổi trên tinh thần đóng góp, xây dựng.',
].join('\n');

/** The rules of the notice, shared by its three groups. */
function noticeCharter(tierIds: string[], unitIds: string[] = []): Charter {
  return {
    ...EMPTY_CHARTER,
    tierIds,
    unitIds,
    whoMayAdd: 'owner',
    approver: { kind: 'position', ref: 'Bí thư Đoàn khối' },
    allowedContent: [
      'Thư mời họp',
      'Thông báo triệu tập',
      'Công văn triệu tập',
      'Tài liệu phục vụ hội nghị',
      'Nhắc thực hiện nhiệm vụ',
      'Nhắc báo cáo định kỳ',
    ],
  };
}

export function buildYouthUnion(outer: ServiceContext, locale: Locale): Organisation {
  const rng = mulberry32(1292020);
  const gen = new PeopleGenerator(rng);
  gen.reserveName('Nguyễn Trọng Nhân');
  const realToday = today(outer.clock);
  const clock = new SteppingClock('2020-09-07T00:00:00Z', outer.clock.now(), rng);
  const deputy = gen.vietnameseName();
  const w = new DemoWriter(outer.db, deputy.name, clock, '+07:00');

  w.at('2020-09-07', '07:45');
  const org = w.organisation('Đoàn khối các cơ quan và doanh nghiệp tỉnh Trà Vinh', locale, [
    { id: 'tier-1', name: 'Thường trực Đoàn khối', rank: 1 },
    { id: 'tier-2', name: 'Ủy viên Ban Thường vụ', rank: 2 },
    { id: 'tier-3', name: 'Bí thư, Phó Bí thư cơ sở đoàn', rank: 3 },
    { id: 'tier-4', name: 'Đoàn viên', rank: 4 },
  ]);
  w.unit({ id: 'unit-btv', parentId: null, name: 'Ban Thường vụ Đoàn khối', sort: 1 });
  w.unit({ id: 'unit-coso', parentId: null, name: 'Cơ sở đoàn trực thuộc', sort: 2 });
  BASES.forEach((b, i) => w.unit({ id: b.id, parentId: 'unit-coso', name: b.name, sort: i + 1 }));

  const people: Person[] = [];
  let serial = 0;
  const person = (unitId: string, position: string, tierId: string, id?: string, name?: string): Person => {
    const phone = gen.vnMobile();
    const p: Person = {
      id: id ?? `person-${String(++serial).padStart(3, '0')}`,
      name: name ?? gen.vietnameseName().name,
      unitId,
      position,
      tierId,
      phone,
      handles: { zalo: phone },
      status: 'active',
      leftOn: null,
    };
    people.push(p);
    return p;
  };
  w.at('2020-09-07', '08:10');
  person('unit-btv', 'Bí thư Đoàn khối', 'tier-1', C.secretary, 'Nguyễn Trọng Nhân');
  person('unit-btv', 'Phó Bí thư Đoàn khối', 'tier-1', C.deputySecretary, deputy.name);
  person('unit-btv', 'Phó Bí thư Đoàn khối', 'tier-1', C.deputySecretary2);
  person('unit-btv', 'Ủy viên Ban Thường vụ, Chánh Văn phòng Đoàn khối', 'tier-2', C.officeChief);
  person('unit-btv', 'Ủy viên Ban Thường vụ Đoàn khối', 'tier-2');
  person('unit-btv', 'Cán bộ Văn phòng Đoàn khối', 'tier-4', C.officeClerk);
  person('unit-btv', 'Cán bộ Văn phòng Đoàn khối', 'tier-4');
  for (const b of BASES) {
    if (b.onCommittee) person(b.id, `Ủy viên Ban Thường vụ Đoàn khối, Bí thư ${b.title}`, 'tier-2');
    else person(b.id, `Bí thư ${b.title}`, 'tier-3', b.id === 'unit-thpt-ptb' ? C.movedSecretary : undefined);
    person(b.id, `Phó Bí thư ${b.title}`, 'tier-3');
    for (let i = 0; i < b.members; i++) {
      person(b.id, i === 0 ? `Ủy viên Ban Chấp hành ${b.title}` : b.jobs[i % b.jobs.length]!, 'tier-4');
    }
  }
  for (const p of people) w.person(p);

  const inTiers = (...tiers: string[]) => people.filter((p) => tiers.includes(p.tierId!));
  const schoolIds = BASES.filter((b) => b.school).map((b) => b.id);
  const schoolOfficers = people.filter((p) => p.tierId === 'tier-3' && schoolIds.includes(p.unitId!));
  const standing = inTiers('tier-1', 'tier-2');
  const foundInOrder = (
    groupId: string,
    ownerId: string,
    deputyIds: string[],
    members: Person[],
    from: string,
    to: string,
  ) => {
    const times = spreadTimes(members.length + 1, from, to);
    w.join({ groupId, personId: ownerId, role: 'owner', basis: 'founding', addedBy: ownerId, basisRef: NOTICE });
    members
      .filter((m) => m.id !== ownerId)
      .forEach((m, i) => {
        w.at(w.date, times[i + 1]!);
        const role = deputyIds.includes(m.id) ? 'deputy' : 'member';
        w.join({ groupId, personId: m.id, role, basis: 'founding', addedBy: ownerId, basisRef: NOTICE });
      });
  };

  const D = YOUTH_GROUPS_CREATED;
  w.at(D, '07:40');
  w.group(
    demoGroup(C.standingGroup, 'BTV Đoàn khối', 'zalo', D, C.deputySecretary, [], {
      purpose:
        'Thông tin, trao đổi nội dung công việc, lấy ý kiến giữa Thường trực Đoàn khối và các đồng chí Ủy viên Ban Thường vụ Đoàn khối',
      charter: noticeCharter(['tier-1', 'tier-2']),
      authorisingDoc: NOTICE,
    }),
  );
  foundInOrder(C.standingGroup, C.deputySecretary, [], standing, '07:40', '08:20');

  w.at(D, '08:30');
  w.group(
    demoGroup(C.allGroup, 'Đoàn Khối các CQ&DN Trà Vinh', 'zalo', D, C.deputySecretary, [C.officeChief], {
      purpose: 'Thông tin, chia sẻ, trao đổi công việc giữa Đoàn khối và các đơn vị cơ sở đoàn trực thuộc',
      charter: noticeCharter(['tier-1', 'tier-2', 'tier-3']),
      authorisingDoc: NOTICE,
    }),
  );
  foundInOrder(C.allGroup, C.deputySecretary, [C.officeChief], inTiers('tier-1', 'tier-2', 'tier-3'), '08:30', '10:30');

  w.at(D, '14:00');
  w.group(
    demoGroup(C.schoolsGroup, 'Đoàn Khối và Đoàn trường', 'zalo', D, C.deputySecretary2, [], {
      purpose:
        'Trao đổi thông tin, chia sẻ các nội dung liên quan đến công tác Đoàn trường THPT, Trung tâm GDTX-HNDN Tp. Trà Vinh',
      charter: noticeCharter(['tier-1', 'tier-3'], ['unit-btv', ...schoolIds]),
      authorisingDoc: NOTICE,
    }),
  );
  foundInOrder(C.schoolsGroup, C.deputySecretary2, [], [...inTiers('tier-1'), ...schoolOfficers], '14:00', '15:10');

  // Each group's rules, published with the notice; most members acknowledge the next morning.
  w.at(D, '16:00');
  const standingGroups = [C.standingGroup, C.allGroup, C.schoolsGroup];
  const versions = standingGroups.map((groupId) => w.publishRules(groupId, NOTICE_RULES));
  w.at(addDays(D, 1), '08:00');
  standingGroups.forEach((groupId, i) => {
    const members = (
      outer.db
        .prepare('SELECT person_id FROM memberships WHERE group_id = ? AND left_on IS NULL ORDER BY id')
        .all(groupId) as Array<{ person_id: string }>
    ).map((m) => m.person_id);
    w.acknowledgeRules(
      groupId,
      versions[i]!,
      members.filter((_, k) => k % 4 !== 3),
    );
  });

  // An exception done by the book: approved by the Secretary, and ended when the task was over.
  w.at('2021-03-19', '14:30');
  const clerkRequest = w.requestException({
    groupId: C.allGroup,
    personId: C.officeClerk,
    requestedBy: C.officeChief,
    reason: 'Hỗ trợ tổng hợp báo cáo Tháng Thanh niên từ các cơ sở đoàn',
    reviewOn: '2021-04-05',
  });
  w.at('2021-03-22', '09:05');
  w.decideException(clerkRequest.id, 'approved', C.secretary, {
    documentRef: 'Bí thư Đoàn khối đồng ý (ý kiến chỉ đạo ngày 22/3/2021)',
    note: 'Đồng ý đến hết đợt tổng hợp báo cáo',
  });
  w.at('2021-04-05', '16:30');
  w.leave(C.allGroup, C.officeClerk, 'Hết thời gian hỗ trợ tổng hợp báo cáo');

  // A school secretary moves away: out of both groups, and the successor in.
  w.at('2022-08-15', '10:00');
  w.personLeft(C.movedSecretary);
  w.at('2022-08-16', '08:15');
  w.leave(C.allGroup, C.movedSecretary, 'Chuyển công tác, không còn là Bí thư Đoàn trường');
  w.leave(C.schoolsGroup, C.movedSecretary, 'Chuyển công tác, không còn là Bí thư Đoàn trường');
  w.at('2022-09-05', '14:20');
  const successor = person('unit-thpt-ptb', 'Bí thư Đoàn trường', 'tier-3', C.newSecretary);
  w.person(successor);
  w.at('2022-09-06', '07:50');
  for (const groupId of [C.allGroup, C.schoolsGroup]) {
    w.join({
      groupId,
      personId: successor.id,
      basis: 'charter',
      addedBy: groupId === C.allGroup ? C.deputySecretary : C.deputySecretary2,
      basisRef: 'Quyết định chuẩn y Bí thư Đoàn trường THPT Phạm Thái Bường',
    });
  }

  // Task groups ("giải tán sau khi nhiệm vụ hoàn thành"): one overdue, one ending soon.
  const recent = (days: number) => addDays(realToday, -days);
  const active = (p: Person) => p.id !== C.movedSecretary;
  const expiredCreated = recent(70);
  const expiredYear = expiredCreated.slice(0, 4);
  w.at(expiredCreated, '09:30');
  const expiredMembers = [
    ...schoolOfficers.filter(active),
    successor,
    ...people.filter((p) => p.unitId === 'unit-thpt-chuyen' && p.tierId === 'tier-4').slice(0, 2),
  ];
  w.group(
    demoGroup(
      C.expiredTaskGroup,
      `Tổ giúp việc Hội thi Tin học trẻ ${expiredYear}`,
      'zalo',
      expiredCreated,
      C.deputySecretary2,
      [],
      {
        purpose: 'Phối hợp tổ chức Hội thi Tin học trẻ khối trường học',
        kind: 'adhoc',
        task: `Tổ chức Hội thi Tin học trẻ năm ${expiredYear}; giải tán nhóm sau khi tổng kết`,
        endDate: recent(6),
        charter: { ...noticeCharter([]), personIds: expiredMembers.map((p) => p.id) },
        authorisingDoc: `Kế hoạch số 41-KH/ĐTN năm ${expiredYear}`,
      },
    ),
  );
  w.found(C.expiredTaskGroup, C.deputySecretary2, [], expiredMembers);

  const currentCreated = recent(25);
  const currentYear = currentCreated.slice(0, 4);
  const captains = people.filter((p) => p.tierId === 'tier-2' && p.unitId !== 'unit-btv');
  const athletes = BASES.filter((b) => !b.school).map((b) =>
    people.find((p) => p.unitId === b.id && p.tierId === 'tier-4')!,
  );
  w.at(currentCreated, '10:15');
  const currentEnd = addDays(realToday, 9);
  w.group(
    demoGroup(
      C.currentTaskGroup,
      `Tổ công tác Hội thao Đoàn khối ${currentYear}`,
      'zalo',
      currentCreated,
      C.deputySecretary,
      [C.officeChief],
      {
        purpose: 'Điều phối Hội thao Đoàn khối các cơ quan và doanh nghiệp tỉnh',
        kind: 'adhoc',
        task: `Tổ chức Hội thao Đoàn khối năm ${currentYear}; giải tán nhóm sau khi tổng kết, trao giải`,
        endDate: currentEnd,
        charter: {
          ...noticeCharter([]),
          personIds: [C.officeChief, ...captains.map((p) => p.id), ...athletes.map((p) => p.id)],
        },
        authorisingDoc: `Kế hoạch số 57-KH/ĐTN năm ${currentYear}`,
      },
    ),
  );
  w.found(C.currentTaskGroup, C.deputySecretary, [C.officeChief], [...captains, ...athletes]);
  const latecomer = people.find((p) => p.unitId === 'unit-kbnn' && p.tierId === 'tier-3')!;
  w.at(recent(20), '15:45');
  w.join({
    groupId: C.currentTaskGroup,
    personId: latecomer.id,
    basis: 'manual',
    addedBy: C.deputySecretary,
    requestedBy: latecomer.id,
    basisRef: 'Đơn vị đăng ký thêm môn kéo co, cần nhận lịch thi đấu',
  });

  // An off-topic post in the big group, handled under the notice's content rule (mục 2).
  const poster = outer.db
    .prepare(
      `SELECT p.id FROM memberships m JOIN people p ON p.id = m.person_id
        WHERE m.group_id = ? AND m.left_on IS NULL AND p.tier_id = 'tier-3' AND p.status = 'active' ORDER BY p.id`,
    )
    .get(C.allGroup) as { id: string };
  recordOffTopicPost(w, poster.id, recent(12));

  // Waiting for the Secretary: a school's youth-union committee member asks into the schools group.
  const teacher = people.find((p) => p.unitId === 'unit-thpt-chuyen' && p.tierId === 'tier-4')!;
  const schoolSecretary = people.find((p) => p.unitId === 'unit-thpt-chuyen' && p.tierId === 'tier-3')!;
  w.at(recent(4), '09:40');
  w.requestException({
    groupId: C.schoolsGroup,
    personId: teacher.id,
    requestedBy: schoolSecretary.id,
    reason: 'Phụ trách phong trào tin học trẻ của trường, cần nhận thông báo và tài liệu của Đoàn khối',
  });
  return org;
}

/**
 * A member posts a personal sales advert in the big group: the owner reminds them of notice 129's
 * content rule (only work, nothing personal), asks the Secretary, warns the poster and closes it.
 */
function recordOffTopicPost(w: DemoWriter, posterId: string, day: string): number {
  const owner = { kind: 'person' as const, ref: C.deputySecretary };
  w.at(day, '11:20');
  const { id } = createIncident(w.ctx, {
    kind: 'off_topic_or_flooding',
    severity: 'low',
    groupId: C.allGroup,
    occurredOn: day,
    noticedOn: day,
    summary:
      'Một đoàn viên đăng liên tiếp tin quảng cáo bán hàng cá nhân vào nhóm Đoàn Khối các CQ&DN Trà Vinh, trái quy định chỉ trao đổi nội dung công việc',
    documentRef: NOTICE,
    people: [
      { personId: posterId, role: 'poster' },
      { personId: C.deputySecretary, role: 'reporter' },
    ],
  });
  w.at(day, '11:35');
  escalateIncident(w.ctx, {
    id,
    from: owner,
    to: { kind: 'person', ref: C.secretary },
    escalatedOn: day,
    channel: 'chat',
    request: 'Xin ý kiến Bí thư về việc nhắc nhở đoàn viên đăng nội dung cá nhân trong nhóm',
  });
  w.at(day, '14:10');
  decideIncident(w.ctx, {
    id,
    decidedBy: { kind: 'person', ref: C.secretary },
    decidedOn: day,
    decision: 'Nhắc nhở theo mục 2 Thông báo số 129-TB/ĐTN; tái phạm thì mời ra khỏi nhóm',
  });
  w.at(day, '14:30');
  addIncidentAction(w.ctx, {
    id,
    kind: 'warning',
    targetPersonId: posterId,
    note: 'Nhắc nhở: chỉ thông tin, trao đổi nội dung liên quan đến công việc; không trao đổi việc cá nhân (mục 2 Thông báo 129)',
    takenOn: day,
  });
  const next = addDays(day, 1);
  w.at(next, '08:30');
  closeIncident(w.ctx, { id, closedOn: next, note: 'Đoàn viên đã gỡ tin và nhận thiếu sót' });
  return id;
}
