/** What the report builders share: the translation function, list joining and the document frame. */
import type { Locale } from '../../../shared/domain';
import { paperText, type PaperKey } from '../../../shared/i18n/paper';
import type { TextParams } from '../../../shared/i18n/texts';
import { safeFileStem, type ReportDocument } from './model';

export type Translate = (key: PaperKey, params?: TextParams) => string;

/** An incident's kind in words: the administrator's own label, or the built-in kind's name on paper. */
export function kindText(t: Translate, incident: { kind: string; kindLabel: string | null }): string {
  return incident.kindLabel ?? t(`ikind.${incident.kind}` as PaperKey);
}

/** Names joined the way the language lists them (、 in Chinese). */
export function joinList(locale: Locale, items: string[]): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}

/** Everything of a document but its sections and file name. */
export function baseDocument(
  locale: Locale,
  organisation: string,
  title: string,
  printedOn: string,
): Omit<ReportDocument, 'sections' | 'fileStem'> {
  const t: Translate = (key, params) => paperText(locale, key, params);
  return {
    locale,
    organisation,
    title,
    printedOn,
    emptyText: t('empty'),
    pageLabel: (n, total) => t('page.of', { n, total }),
    summarySheet: { name: t('sheet.summary'), item: t('column.item'), value: t('column.value') },
  };
}

/** The suggested file name of a document, with its extension. */
export function fileName(doc: ReportDocument, extension: string): string {
  return `${safeFileStem(doc.fileStem)}.${extension}`;
}
