import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupRow } from '../../../../shared/contract';
import { PageHeader } from '../../ui/PageHeader';
import { RehearsedTable, SearchableTable } from '../../ui/SearchableTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDebounced } from '../../ui/useDebounced';
import { groupsArrangement, useGroupWindow } from './store';
import { useNav } from '../../platform/nav';
import { useLocale } from '../../platform/settings';
import { windowSource } from '../../platform/rowWindow';
import type { Arrangement } from '../../ui/WindowedTable';
import { GROUP_ROW_HEIGHT, groupColumns } from './groupColumns';
import type { GroupFilters } from './groupFilters';
import { useIntent } from '../../platform/intent';
import { tableWidth } from '../../ui/tableWidth';
import { GroupFormModal } from './GroupFormModal';
import { closeNewGroupForm, openNewGroupForm, useNewGroupForm } from './newGroup';

const NO_FILTERS: GroupFilters = {};
const NO_CHOICES = { platforms: [], kinds: [] };

/**
 * Every group, searchable on the service (pinyin, unaccented), in the UI language's order; the
 * main process searches, filters and sorts (groups.window) and the table reads a page at a time.
 */
export function GroupsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const total = useGroupWindow((s) => s.total);
  const found = useGroupWindow((s) => s.answer?.found ?? null);
  const error = useGroupWindow((s) => s.error);
  const [query, setQuery] = useState(() => useGroupWindow.getState().params?.query ?? '');
  const settled = useDebounced(query.trim(), 250);
  const creating = useNewGroupForm((s) => s.open);

  const [filters, setFilters] = useState<GroupFilters>(NO_FILTERS);
  const [sorter, setSorter] = useState<Arrangement['sorter']>(null);
  // The dashboard's "and N more" opens the list on the ad-hoc groups it could not show.
  useIntent('groups.life', (intent) => setFilters({ status: [intent.filter] }));
  const wanted = useMemo(() => groupsArrangement(settled, locale, sorter, filters), [settled, locale, sorter, filters]);
  useEffect(() => {
    void useGroupWindow.getState().show(wanted);
  }, [wanted]);
  const onArrange = useCallback((next: Arrangement) => setSorter(next.sorter), []);
  const { source, columns } = useGroupsTable(filters);
  const open = (row: GroupRow) => go({ page: 'group', id: row.id });
  const shown = total ?? 0;
  const everyone = found ?? shown;

  return (
    <div data-testid="page-groups">
      <PageHeader
        title={t('groups.title')}
        description={t('groups.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={openNewGroupForm} data-testid="new-group">
            {t('membership.newGroup')}
          </Button>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void useGroupWindow.getState().refresh()} />}
      <SearchableTable<GroupRow>
        testId="groups"
        count={
          shown === everyone
            ? t('groups.count', { count: everyone })
            : t('groups.countFiltered', { count: shown, total: everyone })
        }
        query={query}
        onQuery={setQuery}
        placeholder={t('groups.searchPlaceholder')}
        searchWidth={320}
        columns={columns}
        rowHeight={GROUP_ROW_HEIGHT}
        source={source}
        onArrange={onArrange}
        loading={total === null && !error}
        scrollX={tableWidth(columns)}
        emptyText={settled ? t('groups.noMatch', { query: settled }) : t('groups.empty')}
        onOpen={open}
        onFilters={setFilters}
      />
      <GroupFormModal open={creating} onClose={closeNewGroupForm} />
    </div>
  );
}

/** The groups as the main process arranges them, read a page at a time, and the columns for them. */
function useGroupsTable(filters: GroupFilters) {
  const { t } = useTranslation();
  const total = useGroupWindow((s) => s.total);
  const platforms = useGroupWindow((s) => s.answer?.platforms);
  const kinds = useGroupWindow((s) => s.answer?.kinds);
  const source = useMemo(() => windowSource(useGroupWindow, total ?? 0), [total]);
  const columns = useMemo(
    () => groupColumns(t, platforms && kinds ? { platforms, kinds } : NO_CHOICES, filters),
    [t, platforms, kinds, filters],
  );
  return { source, columns };
}

/** The groups table as the page shows it, rehearsed while the console is idle (platform/rehearsal.tsx). */
export function GroupsTableRehearsal() {
  const { source, columns } = useGroupsTable(NO_FILTERS);
  return (
    <RehearsedTable<GroupRow>
      testId="groups"
      searchWidth={320}
      columns={columns}
      rowHeight={GROUP_ROW_HEIGHT}
      source={source}
      scrollX={tableWidth(columns)}
    />
  );
}
