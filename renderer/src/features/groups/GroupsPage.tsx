import { useEffect, useMemo, useState } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupRow } from '../../../../shared/contract';
import { PageHeader } from '../../ui/PageHeader';
import { RehearsedTable, SearchableTable } from '../../ui/SearchableTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDebounced } from '../../ui/useDebounced';
import { useGroupList } from './store';
import { useNav } from '../../platform/nav';
import { useLocale } from '../../platform/settings';
import { sortGroups } from '../search';
import { GROUP_ROW_HEIGHT, groupColumns } from './groupColumns';
import { filteredRows, type GroupFilters } from './groupFilters';
import { useIntent } from '../../platform/intent';
import { tableWidth } from '../../ui/tableWidth';
import { GroupFormModal } from './GroupFormModal';
import { closeNewGroupForm, openNewGroupForm, useNewGroupForm } from './newGroup';

/** Every group, searchable on the service (pinyin, unaccented), sortable in the UI language's order. */
export function GroupsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const rows = useGroupList((s) => s.data);
  const loading = useGroupList((s) => s.loading);
  const error = useGroupList((s) => s.error);
  const [query, setQuery] = useState(() => useGroupList.getState().params?.query ?? '');
  const settled = useDebounced(query.trim(), 250);
  const creating = useNewGroupForm((s) => s.open);

  useEffect(() => {
    void useGroupList.getState().ensure({ query: settled });
  }, [settled]);

  const sorted = useMemo(() => sortGroups(rows ?? [], locale), [rows, locale]);
  const [filters, setFilters] = useState<GroupFilters>({});
  // The dashboard's "and N more" opens the list on the ad-hoc groups it could not show.
  useIntent('groups.life', (intent) => setFilters({ status: [intent.filter] }));
  const columns = useMemo(() => groupColumns(t, locale, sorted, filters), [t, locale, sorted, filters]);
  const shown = useMemo(() => filteredRows(sorted, filters).length, [sorted, filters]);
  const open = (row: GroupRow) => go({ page: 'group', id: row.id });

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
      {error && <ErrorAlert error={error} onRetry={() => void useGroupList.getState().refresh()} />}
      <SearchableTable<GroupRow>
        testId="groups"
        count={
          shown === sorted.length
            ? t('groups.count', { count: sorted.length })
            : t('groups.countFiltered', { count: shown, total: sorted.length })
        }
        query={query}
        onQuery={setQuery}
        placeholder={t('groups.searchPlaceholder')}
        searchWidth={320}
        columns={columns}
        rowHeight={GROUP_ROW_HEIGHT}
        rows={sorted}
        loading={loading && !rows}
        scrollX={tableWidth(columns)}
        emptyText={settled ? t('groups.noMatch', { query: settled }) : t('groups.empty')}
        onOpen={open}
        onFilters={setFilters}
      />
      <GroupFormModal open={creating} onClose={closeNewGroupForm} />
    </div>
  );
}

const NO_FILTERS: GroupFilters = {};

/** The groups table as the page shows it, rehearsed while the console is idle (platform/rehearsal.tsx). */
export function GroupsTableRehearsal() {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = useGroupList((s) => s.data);
  const sorted = useMemo(() => sortGroups(rows ?? [], locale), [rows, locale]);
  const columns = useMemo(() => groupColumns(t, locale, sorted, NO_FILTERS), [t, locale, sorted]);
  return (
    <RehearsedTable<GroupRow>
      testId="groups"
      searchWidth={320}
      columns={columns}
      rowHeight={GROUP_ROW_HEIGHT}
      rows={sorted}
      scrollX={tableWidth(columns)}
    />
  );
}
