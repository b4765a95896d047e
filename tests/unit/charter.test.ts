import { describe, expect, it } from 'vitest';
import {
  checkCharter,
  charterLookups,
  compileCharter,
  holdsPosition,
  type CharterGroup,
  type CharterPerson,
} from '../../shared/charter';
import type { CharterCheck } from '../../shared/contract';
import { EMPTY_CHARTER, type Charter } from '../../shared/domain';

// A bureau: 党建办 has a sub-unit 宣传组; 办公室 stands alone.
const parents = new Map<string, string | null>([
  ['unit-party', null],
  ['unit-party-media', 'unit-party'],
  ['unit-office', null],
]);

function group(charter: Partial<Charter>, extra: Partial<CharterGroup> = {}): CharterGroup {
  return { charter: { ...EMPTY_CHARTER, ...charter }, ownerId: 'p-owner', deputyIds: ['p-deputy'], ...extra };
}

function who(id: string, extra: Partial<CharterPerson> = {}): CharterPerson {
  return { id, unitId: 'unit-office', tierId: 'tier-3', position: '科员', status: 'active', ...extra };
}

const ok = (via: CharterCheck['via']): CharterCheck => ({ eligible: true, via, mismatches: [] });
const no = (...mismatches: CharterCheck['mismatches']): CharterCheck => ({ eligible: false, via: null, mismatches });

const middleTier = { tierIds: ['tier-2'] };

describe('checkCharter', () => {
  it.each<[string, CharterGroup, CharterPerson, CharterCheck]>([
    // Leaving the organisation outranks every other reason, even ownership.
    ['a person who left, even the owner', group(middleTier), who('p-owner', { status: 'left' }), no('left')],
    ['a named person who left', group({ personIds: ['p-x'] }), who('p-x', { status: 'left' }), no('left')],
    ['the owner, outside the tier', group(middleTier), who('p-owner'), ok('owner')],
    ['a deputy, outside the tier', group(middleTier), who('p-deputy'), ok('deputy')],
    ['someone the charter names', group({ ...middleTier, personIds: ['p-x'] }), who('p-x'), ok('named')],
    ['anyone, when the charter names no composition', group({}), who('p-x'), ok('open')],
    ['a middle manager in a middle-tier charter', group(middleTier), who('p-x', { tierId: 'tier-2' }), ok('criteria')],
    ['staff in a middle-tier charter', group(middleTier), who('p-x'), no('tier')],
    ['someone with no tier in a tier charter', group(middleTier), who('p-x', { tierId: null }), no('tier')],
    ['someone in a listed unit', group({ unitIds: ['unit-office'] }), who('p-x'), ok('criteria')],
    [
      'someone in a sub-unit of a listed unit',
      group({ unitIds: ['unit-party'] }),
      who('p-x', { unitId: 'unit-party-media' }),
      ok('criteria'),
    ],
    ['someone outside the listed unit', group({ unitIds: ['unit-party'] }), who('p-x'), no('unit')],
    ['someone with no unit', group({ unitIds: ['unit-party'] }), who('p-x', { unitId: null }), no('unit')],
    [
      'a parent unit when only the sub-unit is listed',
      group({ unitIds: ['unit-party-media'] }),
      who('p-x', { unitId: 'unit-party' }),
      no('unit'),
    ],
    [
      'a position written with other case, spaces and no diacritics',
      group({ positions: ['Bí thư Đoàn trường'] }),
      who('p-x', { position: '  bi thu doan truong ' }),
      ok('criteria'),
    ],
    [
      'one of several posts held',
      group({ positions: ['局长'] }),
      who('p-x', { position: '党组书记、局长' }),
      ok('criteria'),
    ],
    [
      'a position that only contains the listed one',
      group({ positions: ['局长'] }),
      who('p-x', { position: '副局长' }),
      no('position'),
    ],
    ['someone with no position', group({ positions: ['局长'] }), who('p-x', { position: null }), no('position')],
    [
      'every list must match: tier and unit both fit',
      group({ tierIds: ['tier-3'], unitIds: ['unit-office'] }),
      who('p-x'),
      ok('criteria'),
    ],
    [
      'every list must match: the unit fits, the tier does not',
      group({ tierIds: ['tier-2'], unitIds: ['unit-office'] }),
      who('p-x'),
      no('tier'),
    ],
    [
      'each failed list is named',
      group({ tierIds: ['tier-1'], unitIds: ['unit-party'], positions: ['局长'] }),
      who('p-x'),
      no('tier', 'unit', 'position'),
    ],
    ['not named, when the charter only names people', group({ personIds: ['p-y'] }), who('p-x'), no('not_named')],
    ['a group without an owner checks the rest', group(middleTier, { ownerId: null }), who('p-owner'), no('tier')],
  ])('%s', (_label, g, p, expected) => {
    expect(checkCharter(g, p, parents)).toEqual(expected);
    // The prepared form used by the reports answers the same.
    expect(compileCharter(g, parents)(p)).toEqual(expected);
  });

  it('answers the same when the groups of a report share their lookups', () => {
    // One lookups object for every group below, as the scope-creep report shares one.
    const shared = charterLookups(parents);
    for (const [g, p] of [
      [group({ unitIds: ['unit-office'] }), who('p-x')],
      [group({ unitIds: ['unit-party'] }), who('p-x')],
      [group({ positions: ['局长'] }), who('p-x', { position: '党组书记、局长' })],
      [group({ positions: ['科员'] }), who('p-x', { position: '党组书记、局长' })],
      [group({ tierIds: ['tier-3'], positions: ['局长'] }), who('p-x', { position: null })],
    ] as const) {
      expect(compileCharter(g, parents, shared)(p)).toEqual(checkCharter(g, p, parents));
    }
  });

  it('stops on a unit cycle instead of looping', () => {
    const loop = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(checkCharter(group({ unitIds: ['c'] }), who('p-x', { unitId: 'a' }), loop)).toEqual(no('unit'));
    expect(compileCharter(group({ unitIds: ['c'] }), loop)(who('p-x', { unitId: 'a' }))).toEqual(no('unit'));
    // A unit on the cycle is still found above its members.
    expect(compileCharter(group({ unitIds: ['b'] }), loop)(who('p-x', { unitId: 'a' }))).toEqual(ok('criteria'));
  });
});

describe('holdsPosition', () => {
  it.each<[string | null, string, boolean]>([
    ['Bí thư Đoàn khối', 'bi thu doan khoi', true],
    ['Ủy viên Ban Thường vụ Đoàn khối, Bí thư Đoàn cơ sở', 'Bí thư Đoàn cơ sở', true],
    ['Phó Bí thư Đoàn khối', 'Bí thư Đoàn khối', false],
    ['党组书记、局长', '局长', true],
    [null, '局长', false],
    ['局长', '   ', false],
  ])('%s holds %s: %s', (held, wanted, expected) => {
    expect(holdsPosition(held, wanted)).toBe(expected);
  });
});
