import { useEffect, useState } from 'react';
import type { PersonRow } from '../../../shared/contract';
import { call } from '../platform/api';
import { useLocale } from '../platform/settings';
import { useDebounced } from './useDebounced';

/**
 * The active people matching what is typed in a person picker (name, pinyin, unaccented,
 * phone, handle), the first 50 in the people table's order, searched 200 ms after typing stops:
 * the registry answers those 50 (people.window), never the whole directory. A late answer to an
 * older search never replaces a newer one.
 */
export function usePersonSearch(): { setSearch: (text: string) => void; rows: PersonRow[]; loading: boolean } {
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 200);
  const [rows, setRows] = useState<PersonRow[]>([]);
  const [loading, setLoading] = useState(false);
  const locale = useLocale();

  useEffect(() => {
    let current = true;
    setLoading(true);
    call('people.window', { query, locale, filters: { status: ['active'] }, offset: 0, limit: 50 })
      .then((found) => current && setRows(found.rows))
      .catch(() => current && setRows([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [query, locale]);

  return { setSearch, rows, loading };
}
