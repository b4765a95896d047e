/**
 * Ctrl+K finds incidents by words of their summary, typed as names are: pinyin in full or by
 * initials, Vietnamese without accents (the registry's search key, `incidents.list` query). Each
 * hit shows the day it was noticed, its kind and the start of the summary, and opens the incident.
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ChannelInput, IncidentPage, IncidentRow } from '../../../../shared/contract';
import type { PaletteSource } from '../../platform/feature';
import { useNav } from '../../platform/nav';
import { formatDate } from '../../i18n/format';
import { i18n } from '../../i18n/core';
import { kindName } from './kindName';

/** Hits shown for one query. */
const LIMIT = 6;
/** Characters of the summary a hit shows. */
const SUMMARY = 48;

/** The start of a summary on one line, cut at a character (never inside one) with "…". */
export function shortSummary(summary: string, max = SUMMARY): string {
  const line = summary.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : line;
}

/** What a hit reads: "2026年3月14日 · 误发涉密内容 · 一位同事把…". */
export function incidentHitTitle(t: TFunction, row: IncidentRow): string {
  return t('escalations.palette.hit', {
    date: formatDate(row.noticedOn),
    kind: kindName(t, row),
    summary: shortSummary(row.summary),
  });
}

/**
 * The palette's incidents, read through `list` (the registry's `incidents.list`) and shown by
 * `render` (the row as the palette lists it).
 */
export function incidentPaletteSource(
  list: (input: ChannelInput<'incidents.list'>) => Promise<IncidentPage>,
  render: (row: IncidentRow) => ReactNode,
  t: TFunction = i18n.t.bind(i18n),
): PaletteSource {
  return {
    id: 'incidents',
    label: 'escalations.palette.incidents',
    async search(query) {
      const page = await list({ query, limit: LIMIT });
      return page.rows.map((row) => ({
        key: `incident:${row.id}`,
        title: incidentHitTitle(t, row),
        content: render(row),
        run: () => useNav.getState().go({ page: 'incident', id: row.id }),
      }));
    },
  };
}
