/**
 * The charter editor's form as the administrator fills it: what is saved for each way of naming
 * the approver, typed positions and content trimmed, and the units offered as the organisation's tree.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CHARTER, type Charter, type Unit } from '../../shared/domain';
import { toCharter, toValues, unitTree, type CharterValues } from '../../renderer/src/features/groups/charterForm';

const base: CharterValues = toValues(EMPTY_CHARTER);

describe('the approver', () => {
  it('a position is saved trimmed, as a position', () => {
    const charter = toCharter({ ...base, approverKind: 'position', approverPosition: '  Bí thư Đoàn khối ' });
    expect(charter.approver).toEqual({ kind: 'position', ref: 'Bí thư Đoàn khối' });
  });

  it('a person is saved by id', () => {
    expect(toCharter({ ...base, approverKind: 'person', approverPerson: 'p-liu' }).approver).toEqual({
      kind: 'person',
      ref: 'p-liu',
    });
  });

  it('"no approver", or a kind chosen without a value, saves none (exceptions then cannot be requested)', () => {
    expect(toCharter({ ...base, approverKind: 'none', approverPosition: '局长' }).approver).toBeNull();
    expect(toCharter({ ...base, approverKind: 'position', approverPosition: '   ' }).approver).toBeNull();
    expect(toCharter({ ...base, approverKind: 'person' }).approver).toBeNull();
  });

  it('an existing charter opens with its approver in the right field', () => {
    const charter: Charter = { ...EMPTY_CHARTER, approver: { kind: 'position', ref: '局长' } };
    const values = toValues(charter);
    expect(values.approverKind).toBe('position');
    expect(values.approverPosition).toBe('局长');
    expect(values.approverPerson).toBeUndefined();
    expect(toCharter(values)).toEqual(charter);
  });
});

describe('lists', () => {
  it('typed positions and content are trimmed and blanks dropped; suggested kinds stay as their codes', () => {
    const charter = toCharter({
      ...base,
      positions: [' 科长 ', '', '股长'],
      allowedContent: ['notices', ' 值班表 ', ' '],
      tierIds: ['tier-2'],
    });
    expect(charter.positions).toEqual(['科长', '股长']);
    expect(charter.allowedContent).toEqual(['notices', '值班表']);
    expect(charter.tierIds).toEqual(['tier-2']);
  });
});

describe('units as a tree', () => {
  const unit = (id: string, parentId: string | null, sort: number, name = id): Unit => ({ id, parentId, sort, name });

  it('nests sub-units under their parent, in the organisation’s order', () => {
    const tree = unitTree([unit('b', null, 2), unit('a', null, 1), unit('a2', 'a', 2), unit('a1', 'a', 1)]);
    expect(tree.map((n) => n.value)).toEqual(['a', 'b']);
    expect(tree[0]!.children.map((n) => n.value)).toEqual(['a1', 'a2']);
    expect(tree[1]!.children).toEqual([]);
  });

  it('a unit whose parent is missing is still offered, at the top', () => {
    const tree = unitTree([unit('a', null, 1), unit('x', 'gone', 1)]);
    expect(tree.map((n) => n.value)).toEqual(['a', 'x']);
  });
});
