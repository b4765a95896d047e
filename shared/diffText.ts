/**
 * The diff in words, wherever it is shown (the Diff page, paper, the command line): how a side is
 * named, what happened to a group itself, and the totals line — in the language of `t`.
 */
import type { DiffReport, DiffSideLabel, GroupDiff } from './contract';
import type { SheetKey } from './i18n/ledgerSheets';

export type SheetWords = (key: SheetKey, params?: Record<string, string | number>) => string;

/** A side as words: "snapshot X (day)", "end of day", "now (day)". */
export function sideText(t: SheetWords, side: DiffSideLabel): string {
  if (side.kind === 'snapshot') return t('diff.side.snapshot', { file: side.fileName ?? '', day: side.day });
  return side.kind === 'now' ? t('diff.side.now', { day: side.day }) : t('diff.side.date', { day: side.day });
}

/** What happened to a group itself, in a few words ("new group; charter: units, positions"). */
export function groupChangeText(t: SheetWords, g: GroupDiff): string {
  const parts: string[] = [];
  if (g.created) parts.push(t('diff.created'));
  if (g.renamedFrom) parts.push(t('diff.renamed', { name: g.renamedFrom }));
  if (g.status)
    parts.push(
      t('diff.status', {
        from: t(`gstatus.${g.status.from}` as SheetKey),
        to: t(`gstatus.${g.status.to}` as SheetKey),
      }),
    );
  if (g.owner) parts.push(t('diff.owner', { from: g.owner.from ?? '—', to: g.owner.to ?? '—' }));
  if (g.charterParts.length > 0)
    parts.push(
      t('diff.charter', { parts: g.charterParts.map((x) => t(`part.${x}` as SheetKey)).join(t('diff.list')) }),
    );
  return parts.join(t('diff.separator'));
}

/** The totals line of a diff. */
export function totalsText(t: SheetWords, report: DiffReport): string {
  return t('diff.totals', {
    ...report.totals,
    added: report.people.added.length,
    changed: report.people.changed.length,
    gone: report.people.left.length,
  });
}
