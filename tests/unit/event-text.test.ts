/**
 * The group page's history as the admin reads it: every kind of event this issue writes has a
 * label in each UI language, and the one-line summaries say who was checked against the charter,
 * who asked, who decided, on what document, and why — from payloads shaped as the services write them.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../shared/domain';
import { EMPTY_CHARTER } from '../../shared/domain';
import {
  eventColor,
  eventSummary,
  installEventTexts,
  kindLabel,
  subjectNames,
} from '../../renderer/src/platform/eventText';
import { groupEventTexts } from '../../renderer/src/features/groups/events';
import { organisationEventTexts } from '../../renderer/src/features/organisation/events';
import { peopleEventTexts } from '../../renderer/src/features/people/events';
import type { Directory } from '../../renderer/src/platform/directory';
import { i18n } from '../../renderer/src/i18n';

const directory: Directory = {
  people: new Map([
    ['p-li', '李伟'],
    ['p-chen', '陈娜'],
    ['p-zhou', '周文峰'],
    ['p-liu', '刘兆振'],
    ['p-pan', '潘中璇'],
    ['p-an', 'Nguyễn Văn An'],
  ]),
  groups: new Map([['g-mid', '中层干部工作群']]),
};

let seq = 0;
function event(kind: string, after: unknown, before: unknown = null, subjects: string[] = ['g-mid']): LedgerEvent {
  seq += 1;
  return {
    seq,
    at: '2024-05-06T02:03:04.000Z',
    actor: '李伟',
    kind,
    subjects,
    before,
    after,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  };
}

// The app installs every feature's history sentences at start; these are the features that write events.
installEventTexts([groupEventTexts, organisationEventTexts, peopleEventTexts]);

const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');
const vi = i18n.getFixedT('vi');

const membership = {
  id: 7,
  groupId: 'g-mid',
  personId: 'p-pan',
  role: 'member',
  joinedOn: '2024-05-06',
  leftOn: null,
  leftReason: null,
  requestedBy: 'p-zhou',
  addedBy: 'p-li',
  basis: 'charter',
  basisRef: null,
};

const exception = {
  id: 3,
  groupId: 'g-mid',
  personId: 'p-pan',
  role: 'member',
  requestedBy: 'p-zhou',
  requestedOn: '2024-05-01',
  reason: 'Sends the HR notices',
  approver: { kind: 'position', ref: '局长' },
  status: 'pending',
  decidedBy: null,
  decidedOn: null,
  documentRef: null,
  decisionNote: null,
  reviewOn: null,
  membershipId: null,
};

describe('history labels', () => {
  const kinds = [
    'exception.requested',
    'exception.approved',
    'exception.rejected',
    'group.created',
    'group.updated',
    'group.charter_changed',
    'group.owner_transferred',
    'rules.published',
    'rules.acknowledged',
    'unit.created',
    'unit.updated',
    'unit.deleted',
    'tier.created',
    'tier.renamed',
    'tier.reordered',
    'tier.deleted',
    'person.created',
    'person.updated',
    'person.left',
    'people.imported',
    'membership.added',
    'membership.removed',
  ];
  for (const [locale, t] of [
    ['en', en],
    ['zh-CN', zh],
    ['vi', vi],
  ] as const) {
    it(`every new kind has a ${locale} label, not the raw kind`, () => {
      const labels = kinds.map((k) => kindLabel(t, k));
      for (const [i, label] of labels.entries()) expect(label, kinds[i]).not.toBe(kinds[i]);
      // Each kind reads differently from the others.
      expect(new Set(labels).size).toBe(kinds.length);
    });
  }

  it('a kind this version does not know shows as written', () => {
    expect(kindLabel(en, 'incident.opened')).toBe('incident.opened');
  });
});

describe('the charter check in the history', () => {
  it('an add within the charter says the check passed, who asked and who added', () => {
    const e = event('membership.added', { ...membership, check: { eligible: true, via: 'criteria', mismatches: [] } });
    expect(eventSummary(en, e, directory)).toBe(
      '潘中璇 joined 中层干部工作群 as member · charter check passed: their tier, unit and position match the charter · requested by 周文峰 · added by 李伟',
    );
    expect(eventSummary(zh, e, directory)).toContain('章程检查通过：层级、部门和职务均符合章程');
    expect(eventSummary(zh, e, directory)).toContain('提出人：周文峰');
  });

  it('an add outside the charter (before charters were checked) names the failed criteria', () => {
    const e = event('membership.added', {
      ...membership,
      basis: 'manual',
      check: { eligible: false, via: null, mismatches: ['tier', 'position'] },
    });
    expect(eventSummary(en, e, directory)).toContain(
      'outside the charter: not in a tier the charter lists; does not hold a position the charter lists',
    );
    expect(eventSummary(vi, e, directory)).toContain('ngoài thành phần: không thuộc cấp mà quy chế quy định');
  });

  it('an add by exception says so instead of repeating the failed check', () => {
    const e = event('membership.added', {
      ...membership,
      basis: 'exception',
      basisRef: 'exception-3',
      check: { eligible: false, via: null, mismatches: ['tier'] },
    });
    expect(eventSummary(en, e, directory)).toContain('by approved exception');
    expect(eventSummary(en, e, directory)).not.toContain('outside the charter');
  });

  it('a removal keeps its reason', () => {
    const e = event(
      'membership.removed',
      { ...membership, leftOn: '2024-06-01', leftReason: 'Not a middle manager' },
      membership,
    );
    expect(eventSummary(en, e, directory)).toBe('潘中璇 left 中层干部工作群 · Reason: Not a middle manager');
  });
});

describe('exceptions in the history', () => {
  it('a request names the requester, the reason and the approver position', () => {
    const e = event('exception.requested', {
      ...exception,
      check: { eligible: false, via: null, mismatches: ['tier'] },
    });
    expect(eventSummary(en, e, directory)).toBe(
      '周文峰 asked for 潘中璇 to join 中层干部工作群 · Reason: Sends the HR notices · to be approved by 局长',
    );
    expect(eventSummary(zh, e, directory)).toBe(
      '周文峰 申请让 潘中璇 加入中层干部工作群 · 原因：Sends the HR notices · 须由局长审批',
    );
  });

  it('an approval names the approver, the document and the review date', () => {
    const after = {
      ...exception,
      status: 'approved',
      decidedBy: 'p-liu',
      decidedOn: '2024-05-03',
      documentRef: '局办〔2024〕15号',
      reviewOn: '2024-12-31',
      membershipId: 7,
    };
    const e = event('exception.approved', after, exception);
    const text = eventSummary(zh, e, directory);
    expect(text).toContain('刘兆振 批准 潘中璇 加入中层干部工作群');
    expect(text).toContain('依据：局办〔2024〕15号');
    expect(text).toContain('复核日期：');
    expect(eventColor('exception.approved')).toBe('green');
  });

  it('a rejection reads as a rejection, with the approver’s note', () => {
    const after = {
      ...exception,
      status: 'rejected',
      decidedBy: 'p-liu',
      decidedOn: '2024-05-03',
      decisionNote: 'Use the office group',
    };
    const e = event('exception.rejected', after, exception);
    expect(eventSummary(en, e, directory)).toBe('刘兆振 rejected 潘中璇 joining 中层干部工作群 · Use the office group');
    expect(eventColor('exception.rejected')).toBe('red');
  });

  it('internal ids (memberships, exceptions) are not listed as subjects', () => {
    const e = event('exception.approved', exception, null, ['g-mid', 'p-pan', 'exception-3', 'membership-7']);
    expect(subjectNames(e, directory)).toEqual(['中层干部工作群', '潘中璇']);
  });
});

describe('group, rules and directory changes', () => {
  it('a charter change lists what changed, with the new rule for adding', () => {
    const before = { ...EMPTY_CHARTER, whoMayAdd: 'owner_and_deputies' };
    const after = {
      ...EMPTY_CHARTER,
      tierIds: ['tier-2'],
      whoMayAdd: 'owner',
      allowedContent: ['notices', 'Weekly duty roster'],
    };
    const text = eventSummary(en, event('group.charter_changed', after, before), directory);
    expect(text).toBe(
      '中层干部工作群 · changed tiers; who may add: Only the owner; allowed content: Notices, Weekly duty roster',
    );
  });

  it('an ownership transfer says from whom to whom and why', () => {
    const e = event(
      'group.owner_transferred',
      { ownerId: 'p-chen', deputyIds: [], reason: 'Retires this month' },
      { ownerId: 'p-li', deputyIds: ['p-chen'] },
    );
    expect(eventSummary(en, e, directory)).toBe('from 李伟 to 陈娜 · Reason: Retires this month');
    expect(eventSummary(zh, e, directory)).toBe('由 李伟 转给 陈娜 · 原因：Retires this month');
  });

  it('acknowledgements count the members (plural in English) and name the first few', () => {
    const one = event('rules.acknowledged', {
      groupId: 'g-mid',
      version: 2,
      acknowledgedOn: '2024-05-06',
      personIds: ['p-an'],
    });
    expect(eventSummary(en, one, directory)).toBe('中层干部工作群 · 1 member acknowledged version 2 · Nguyễn Văn An');
    const many = event('rules.acknowledged', {
      groupId: 'g-mid',
      version: 2,
      acknowledgedOn: '2024-05-06',
      personIds: ['p-li', 'p-chen', 'p-zhou', 'p-liu', 'p-pan', 'p-an'],
    });
    expect(eventSummary(en, many, directory)).toBe(
      '中层干部工作群 · 6 members acknowledged version 2 · 李伟, 陈娜, 周文峰, 刘兆振, 潘中璇 and 1 more',
    );
  });

  it('a group edit names the fields that changed', () => {
    const before = { id: 'g-mid', name: '中层干部工作群', purpose: 'a', task: null, deputyIds: [] };
    const after = { ...before, purpose: 'b', deputyIds: ['p-chen'] };
    expect(eventSummary(zh, event('group.updated', after, before), directory)).toBe(
      '中层干部工作群 · 修改了建群目的；群管理员',
    );
  });

  it('renames, tier order, leavers and imports read as one line', () => {
    expect(
      eventSummary(
        en,
        event('tier.renamed', { id: 't', name: 'Middle managers' }, { id: 't', name: 'Middle' }),
        directory,
      ),
    ).toBe('Middle → Middle managers');
    const order = event('tier.reordered', [
      { id: 'a', name: '领导班子', rank: 1 },
      { id: 'b', name: '中层干部', rank: 2 },
    ]);
    expect(eventSummary(zh, order, directory)).toBe('领导班子 › 中层干部');
    expect(eventSummary(en, event('people.imported', { fileName: 'staff.csv', count: 12 }), directory)).toBe(
      '12 people imported · staff.csv',
    );
    const left = event(
      'person.left',
      { name: '唐天军', status: 'left', leftOn: '2021-07-01' },
      { name: '唐天军', status: 'active' },
    );
    expect(eventSummary(en, left, directory)).toBe('唐天军 · left on Jul 1, 2021');
  });

  it('a payload missing its fields gives a shorter line, never an error', () => {
    expect(eventSummary(en, event('exception.approved', null), directory)).toBeNull();
    expect(eventSummary(en, event('group.owner_transferred', {}), directory)).toBe('');
  });
});
