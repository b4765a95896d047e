import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { exportPeople, peopleArrangement, usePeopleWindow } from './store';
import { TableExportMenu } from '../../ui/TableExportMenu';
import { useLocale } from '../../platform/settings';
import { useTestId } from '../../platform/rehearsal';
import { PEOPLE_ROW_HEIGHT, peopleColumns } from './peopleColumns';
import { useIntent } from '../../platform/intent';
import { windowSource } from '../../platform/rowWindow';
import type { Arrangement } from '../../ui/WindowedTable';
import { PersonFormDrawer } from './PersonFormDrawer';
import { ImportWizard } from './import/ImportWizard';

const NO_CHOICES = { units: [], tiers: [] };

/**
 * Everyone in the organisation; the search understands pinyin, initials and unaccented Vietnamese.
 * New people are added one by one (the form) or from a spreadsheet (the import wizard).
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const locale = useLocale();
  const total = usePeopleWindow((s) => s.total);
  const error = usePeopleWindow((s) => s.error);
  const [query, setQuery] = useState(() => usePeopleWindow.getState().params?.query ?? '');
  const settled = useDebounced(query.trim(), 250);
  // The header's sort and filters: the main process arranges the rows (people.window).
  const [header, setHeader] = useState<Arrangement | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  // The command palette's "New person" and "Import people" land here.
  useIntent('person.new', () => setCreating(true));
  useIntent('people.import', () => setImporting(true));

  const wanted = useMemo(() => peopleArrangement(settled, locale, header), [settled, locale, header]);
  useEffect(() => {
    void usePeopleWindow.getState().show(wanted);
  }, [wanted]);

  // Leadership first, then names in the UI language's order (pinyin for zh-CN, Vietnamese for vi).
  const { source, columns } = usePeopleTable();
  const onArrange = useCallback((next: Arrangement) => setHeader(next), []);
  const open = (row: PersonRow) => go({ page: 'person', id: row.id });

  return (
    <div data-testid="page-people">
      <PeopleHeader onCreate={() => setCreating(true)} onImport={() => setImporting(true)} />
      {error && <ErrorAlert error={error} onRetry={() => void usePeopleWindow.getState().refresh()} />}
      <SearchableTable<PersonRow>
        testId="people"
        count={t('people.count', { count: total ?? 0 })}
        query={query}
        onQuery={setQuery}
        placeholder={t('people.searchPlaceholder')}
        searchWidth={420}
        columns={columns}
        rowHeight={PEOPLE_ROW_HEIGHT}
        source={source}
        onArrange={onArrange}
        loading={total === null && !error}
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

/**
 * The people as the main process arranges them (leadership first, then names in the UI language's
 * order, unless a column is sorted), read a page at a time, and the columns for them.
 */
function usePeopleTable() {
  const { t } = useTranslation();
  const total = usePeopleWindow((s) => s.total);
  const units = usePeopleWindow((s) => s.answer?.units);
  const tiers = usePeopleWindow((s) => s.answer?.tiers);
  const source = useMemo(() => windowSource(usePeopleWindow, total ?? 0), [total]);
  const columns = useMemo(() => peopleColumns(t, units && tiers ? { units, tiers } : NO_CHOICES), [t, units, tiers]);
  return { source, columns };
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
  const { source, columns } = usePeopleTable();
  return (
    <>
      <PeopleHeader onCreate={nothing} onImport={nothing} />
      <RehearsedTable<PersonRow>
        testId="people"
        searchWidth={420}
        columns={columns}
        rowHeight={PEOPLE_ROW_HEIGHT}
        source={source}
        scrollX={tableWidth(columns)}
      />
      <PersonFormDrawer open={false} person={null} onClose={nothing} />
      <ImportWizard open={false} onClose={nothing} />
    </>
  );
}
