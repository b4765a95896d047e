import { useEffect, useState } from 'react';
import type { GroupDetail } from '../../../../shared/contract';
import { getGroup } from './store';

/**
 * One group's detail for a report section, read again whenever the report is (its `stamp`, the
 * report's generation time, changes), so the charter shown always matches the counts beside it.
 * Undefined while the first read is under way, null when the group could not be read.
 */
export function useGroupDetail(groupId: string, stamp: string): GroupDetail | null | undefined {
  const [detail, setDetail] = useState<{ key: string; value: GroupDetail | null } | null>(null);
  const key = `${groupId}@${stamp}`;
  useEffect(() => {
    let current = true;
    getGroup({ id: groupId })
      .then((value) => current && setDetail({ key, value }))
      .catch(() => current && setDetail({ key, value: null }));
    return () => {
      current = false;
    };
  }, [groupId, key]);
  // Keep the previous detail on screen while a refresh is read, rather than flashing it away.
  return detail === null ? undefined : detail.value;
}
