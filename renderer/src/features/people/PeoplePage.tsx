import { useEffect, useMemo, useState } from 'react';
import { Button } from 'antd';
import { ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { tableWidth } from '../../ui/tableWidth';
import type { PersonRow } from '../../../../shared/contract';
import { PageHeader } from '../../ui/PageHeader';
import { RehearsedTable, SearchableTable } from '../../ui/SearchableTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDebounced } from '../../ui/useDebounced';
import { useNav } from '../../platform/nav';
import { exportPeople, usePeopleList } from './store';
import { TableExportMenu } from '../../ui/TableExportMenu';
import { useLocale } from '../../platform/settings';
import { PEOPLE_ROW_HEIGHT, peopleColumns } from './peopleColumns';
import { useIntent } from '../../platform/intent';
import { sortPeopleOnce } from '../search';
import { PersonFormDrawer } from './PersonFormDrawer';
import { ImportWizard } from './import/ImportWizard';

const EMPTY: PersonRow[] = [];

/**
 * Everyone in the organisation; the search understands pinyin, initials and unaccented Vietnamese.
 * New people are added one by one (the form) or from a spreadsheet (the import wizard).
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const rows = usePeopleList((s) => s.data);
  const loading = usePeopleList((s) => s.loading);
  const error = usePeopleList((s) => s.error);
  const [query, setQuery] = useState(() => usePeopleList.getState().params?.query ?? '');
  const settled = useDebounced(query.trim(), 250);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  // The command palette's "New person" and "Import people" land here.
  useIntent('person.new', () => setCreating(true));
  useIntent('people.import', () => setImporting(true));

  useEffect(() => {
    void usePeopleList.getState().ensure({ query: settled });
  }, [settled]);

  // Leadership first, then names in the UI language's order (pinyin for zh-CN, Vietnamese for vi).
  const { data, columns } = usePeopleTable(rows);
  const open = (row: PersonRow) => go({ page: 'person', id: row.id });

  return (
    <div data-testid="page-people">
      <PageHeader
        title={t('people.title')}
        description={t('people.description')}
        extra={
          <>
            <TableExportMenu testId="people-export" exportAs={(format) => exportPeople({ format })} />
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="people-import">
              {t('directory.people.import')}
            </Button>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setCreating(true)}
              data-testid="person-new"
            >
              {t('directory.people.new')}
            </Button>
          </>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void usePeopleList.getState().refresh()} />}
      <SearchableTable<PersonRow>
        testId="people"
        count={t('people.count', { count: data.length })}
        query={query}
        onQuery={setQuery}
        placeholder={t('people.searchPlaceholder')}
        searchWidth={420}
        columns={columns}
        rowHeight={PEOPLE_ROW_HEIGHT}
        rows={data}
        loading={loading && !rows}
        scrollX={tableWidth(columns)}
        emptyText={settled ? t('people.noMatch', { query: settled }) : t('directory.people.empty')}
        onOpen={open}
      />
      <PersonFormDrawer
        open={creating}
        person={null}
        onClose={() => setCreating(false)}
        onSaved={(person) => go({ page: 'person', id: person.id })}
      />
      <ImportWizard open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}

/** The people in the page's order (leadership first, then names in the UI language's order) and the columns for them. */
function usePeopleTable(rows: PersonRow[] | null) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useMemo(() => sortPeopleOnce(rows ?? EMPTY, locale), [rows, locale]);
  const columns = useMemo(() => peopleColumns(t, locale, data), [t, locale, data]);
  return { data, columns };
}

/** The people table as the page shows it, rehearsed while the console is idle (platform/rehearsal.tsx). */
export function PeopleTableRehearsal() {
  const { data, columns } = usePeopleTable(usePeopleList((s) => s.data));
  return (
    <RehearsedTable<PersonRow>
      testId="rehearsal-people"
      searchWidth={420}
      columns={columns}
      rowHeight={PEOPLE_ROW_HEIGHT}
      rows={data}
      scrollX={tableWidth(columns)}
    />
  );
}
