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
import { useTestId } from '../../platform/rehearsal';
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
      <PeopleHeader onCreate={() => setCreating(true)} onImport={() => setImporting(true)} />
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

/** The page's title block with its buttons: export, import from a spreadsheet, new person. */
function PeopleHeader({ onCreate, onImport }: { onCreate(): void; onImport(): void }) {
  const { t } = useTranslation();
  // In the rehearsal, `rehearsal-people-export` …: the page's own ids are never in the document twice.
  const ids = {
    export: useTestId('people-export'),
    import: useTestId('people-import'),
    create: useTestId('person-new'),
  };
  return (
    <PageHeader
      title={t('people.title')}
      description={t('people.description')}
      extra={
        <>
          <TableExportMenu testId={ids.export} exportAs={(format) => exportPeople({ format })} />
          <Button icon={<ImportOutlined />} onClick={onImport} data-testid={ids.import}>
            {t('directory.people.import')}
          </Button>
          <Button type="primary" icon={<UserAddOutlined />} onClick={onCreate} data-testid={ids.create}>
            {t('directory.people.new')}
          </Button>
        </>
      }
    />
  );
}

const nothing = () => undefined;

/** The people in the page's order (leadership first, then names in the UI language's order) and the columns for them. */
function usePeopleTable(rows: PersonRow[] | null) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useMemo(() => sortPeopleOnce(rows ?? EMPTY, locale), [rows, locale]);
  const columns = useMemo(() => peopleColumns(t, locale, data), [t, locale, data]);
  return { data, columns };
}

/**
 * The page as it first shows, rehearsed while the console is idle (platform/rehearsal.tsx): its
 * header, its table, and its form and import wizard closed. Not the page itself, which would take
 * the palette's waiting intents and repeat the page's test ids. Measured at 10,000 people (twelve
 * first visits a side, the two builds alternating): with the table alone rehearsed, the first
 * visit took 68–105 ms (median about 73), the header, the closed form and the wizard running their
 * code for the first time there; rehearsed too, 58–90 (median about 67).
 */
export function PeoplePageRehearsal() {
  const { data, columns } = usePeopleTable(usePeopleList((s) => s.data));
  return (
    <>
      <PeopleHeader onCreate={nothing} onImport={nothing} />
      <RehearsedTable<PersonRow>
        testId="people"
        searchWidth={420}
        columns={columns}
        rowHeight={PEOPLE_ROW_HEIGHT}
        rows={data}
        scrollX={tableWidth(columns)}
      />
      <PersonFormDrawer open={false} person={null} onClose={nothing} />
      <ImportWizard open={false} onClose={nothing} />
    </>
  );
}
