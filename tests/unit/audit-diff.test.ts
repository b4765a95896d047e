import { describe, expect, it } from 'vitest';
import { changedFields } from '../../renderer/src/features/audit/changedFields';

describe('the audit view lists the fields an event changed', () => {
  it('a removal: only the leaving date and reason, not the whole membership', () => {
    const before = { id: 7, groupId: 'g', personId: 'p', joinedOn: '2019-03-04', leftOn: null, leftReason: null };
    const after = { ...before, leftOn: '2019-04-01', leftReason: '调离' };
    expect(changedFields(before, after)).toEqual([
      { field: 'leftOn', before: null, after: '2019-04-01' },
      { field: 'leftReason', before: null, after: '调离' },
    ]);
  });

  it('a creation lists every field it set, the record id left out', () => {
    expect(changedFields(null, { id: 'person-030', name: '李伟', phone: null })).toEqual([
      { field: 'name', before: null, after: '李伟' },
    ]);
  });

  it('lists and nested values compare by content', () => {
    expect(changedFields({ deputyIds: ['a', 'b'] }, { deputyIds: ['a', 'b'] })).toEqual([]);
    expect(changedFields({ deputyIds: ['a'] }, { deputyIds: ['a', 'b'] })).toHaveLength(1);
  });
});
