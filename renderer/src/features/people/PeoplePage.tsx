import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { SearchableTable } from '../../components/SearchableTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebounced } from '../../hooks/useDebounced';
import { useNav } from '../../stores/nav';
import { usePeopleList } from '../../stores/people';
import { useLocale } from '../../stores/settings';
import { peopleColumns } from './peopleColumns';

/** Everyone in the organisation; the search understands pinyin, initials and unaccented Vietnamese. */
export function PeoplePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const rows = usePeopleList((s) => s.data);
  const loading = usePeopleList((s) => s.loading);
  const error = usePeopleList((s) => s.error);
  const [query, setQuery] = useState(() => usePeopleList.getState().params?.query ?? '');
  const settled = useDebounced(query.trim(), 250);

  useEffect(() => {
    void usePeopleList.getState().load({ query: settled });
  }, [settled]);

  const data = rows ?? [];
  const columns = useMemo(() => peopleColumns(t, locale, data), [t, locale, data]);
  const open = (row: PersonRow) => go({ page: 'person', id: row.id });

  return (
    <div data-testid="page-people">
      <PageHeader title={t('people.title')} description={t('people.description')} />
      {error && <ErrorAlert error={error} onRetry={() => void usePeopleList.getState().refresh()} />}
      <SearchableTable<PersonRow>
        testId="people"
        count={t('people.count', { count: data.length })}
        query={query}
        onQuery={setQuery}
        placeholder={t('people.searchPlaceholder')}
        searchWidth={420}
        columns={columns}
        rows={data}
        loading={loading && !rows}
        scrollX={1160}
        emptyText={settled ? t('people.noMatch', { query: settled }) : t('people.empty')}
        onOpen={open}
      />
    </div>
  );
}
