/**
 * What each registry check found, in every UI language. The service reports a code and its
 * parameters; the renderer (i18next namespace `doctor`) and the command line translate them.
 */
import { defineTexts } from './texts';
import type { Locale } from '../domain';
import { interpolate } from './errors';
import { HISTORY_FINDINGS, HISTORY_FINDING_TEXT, REPLAY_WORDS } from './doctorHistory';

export const DOCTOR_FINDINGS = [
  'integrity_ok',
  'integrity_errors',
  'references_ok',
  'references_broken',
  'chain_ok',
  'chain_gap',
  'chain_previous',
  'chain_content',
  'open_ok',
  'open_duplicated',
  'schema_current',
  'schema_behind',
  ...HISTORY_FINDINGS,
] as const;
export type DoctorFinding = (typeof DOCTOR_FINDINGS)[number];

type Table = Record<DoctorFinding, string>;

const en: Table = {
  integrity_ok: 'The database file is intact.',
  integrity_errors: 'SQLite reports damage: {{detail}}',
  references_ok: 'Every record points at records that exist.',
  references_broken: '{{count}} records point at records that do not exist (first: {{first}}).',
  chain_ok: 'All {{count}} history entries are linked.',
  chain_gap: 'History entry {{seq}} is missing or out of order.',
  chain_previous: 'History entry {{seq}} does not link to the entry before it.',
  chain_content: 'History entry {{seq}} was changed after it was written.',
  open_ok: 'Nobody is in the same group twice.',
  open_duplicated: '{{count}} people are in the same group twice.',
  schema_current: 'Schema version {{found}} (current).',
  schema_behind: 'Schema version {{found}}; this GroupLedger expects {{supported}}.',
  ...HISTORY_FINDING_TEXT.en,
};

const zhCN: Table = {
  integrity_ok: '数据库文件完好。',
  integrity_errors: 'SQLite 报告文件损坏：{{detail}}',
  references_ok: '所有记录引用的对象都存在。',
  references_broken: '有 {{count}} 条记录引用了不存在的对象（第一条：{{first}}）。',
  chain_ok: '全部 {{count}} 条历史记录首尾相连。',
  chain_gap: '第 {{seq}} 条历史记录缺失或顺序错乱。',
  chain_previous: '第 {{seq}} 条历史记录与上一条接不上。',
  chain_content: '第 {{seq}} 条历史记录在写入后被改动过。',
  open_ok: '没有人重复在同一个群中。',
  open_duplicated: '有 {{count}} 人重复在同一个群中。',
  schema_current: '结构版本 {{found}}（最新）。',
  schema_behind: '结构版本 {{found}}，本程序需要 {{supported}}。',
  ...HISTORY_FINDING_TEXT['zh-CN'],
};

const vi: Table = {
  integrity_ok: 'Tệp cơ sở dữ liệu nguyên vẹn.',
  integrity_errors: 'SQLite báo tệp bị hỏng: {{detail}}',
  references_ok: 'Mọi bản ghi đều trỏ tới bản ghi có thật.',
  references_broken: 'Có {{count}} bản ghi trỏ tới bản ghi không tồn tại (đầu tiên: {{first}}).',
  chain_ok: 'Toàn bộ {{count}} mục lịch sử được liên kết liền mạch.',
  chain_gap: 'Mục lịch sử {{seq}} bị thiếu hoặc sai thứ tự.',
  chain_previous: 'Mục lịch sử {{seq}} không nối với mục trước đó.',
  chain_content: 'Mục lịch sử {{seq}} đã bị sửa sau khi ghi.',
  open_ok: 'Không ai ở hai lần trong cùng một nhóm.',
  open_duplicated: 'Có {{count}} người ở hai lần trong cùng một nhóm.',
  schema_current: 'Lược đồ phiên bản {{found}} (mới nhất).',
  schema_behind: 'Lược đồ phiên bản {{found}}; GroupLedger này cần {{supported}}.',
  ...HISTORY_FINDING_TEXT.vi,
};

export const DOCTOR_TEXT = defineTexts<Table>(en, zhCN, vi);

export function doctorText(
  locale: Locale,
  finding: DoctorFinding,
  params: Record<string, string | number> = {},
): string {
  // Table and field names of a replay difference are words of the language too.
  const words = REPLAY_WORDS[locale];
  const localized = { ...params };
  for (const key of ['table', 'field', 'tables'] as const) {
    const value = params[key];
    if (typeof value === 'string') {
      localized[key] = value
        .split(',')
        .map((w) => words[w] ?? w)
        .join(locale === 'zh-CN' ? '、' : ', ');
    }
  }
  return interpolate(DOCTOR_TEXT[locale][finding], localized);
}
