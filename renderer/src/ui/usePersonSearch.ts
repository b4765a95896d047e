import { useEffect, useState } from 'react';
import type { PersonRow } from '../../../shared/contract';
import { call } from '../platform/api';
import { useDebounced } from './useDebounced';

/**
 * The active people matching what is typed in a person picker (name, pinyin, unaccented,
 * phone, handle), at most 50, searched 200 ms after typing stops. A late answer to an older
 * search never replaces a newer one.
 */
export function usePersonSearch(): { setSearch: (text: string) => void; rows: PersonRow[]; loading: boolean } {
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 200);
  const [rows, setRows] = useState<PersonRow[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let current = true;
    setLoading(true);
    call('people.list', query ? { query } : {})
      .then((people) => current && setRows(people.filter((p) => p.status === 'active').slice(0, 50)))
      .catch(() => current && setRows([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [query]);

  return { setSearch, rows, loading };
}
