/**
 * What each registry check found, in every UI language. The service reports a code and its
 * parameters; the renderer (i18next namespace `doctor`) and the command line translate them.
 */
import { defineTexts } from './texts';
import type { Locale } from '../domain';
import { interpolate } from './texts';
import { HISTORY_FINDINGS, HISTORY_FINDING_TEXT, REPLAY_WORDS } from './doctorHistory';
import { paperText, type PaperKey } from './paper';

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
  // The registry file itself, checked before it is opened (also shown on the recovery page).
  'file_ok',
  'registry_missing',
  'registry_empty',
  'registry_header',
  'registry_truncated',
  'registry_corrupt',
  'registry_unreadable',
  'registry_read_only',
  'registry_locked',
  'registry_too_new',
  'doctor_failed',
  // The backups of the data folder.
  'backups_ok',
  'backups_none',
  'backups_failed',
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
  file_ok: 'The registry file is a whole SQLite database ({{size}}).',
  registry_missing:
    'The registry file is missing, but this data folder held one (its backups or the record of its history are here): it was deleted or moved.',
  registry_empty:
    'The registry file is empty (0 bytes), but this data folder held a registry (its backups or the record of its history are here): it was cut off or overwritten.',
  registry_header:
    'The registry file is not an SQLite database: its first bytes (the header) are not there or were overwritten.',
  registry_truncated:
    'The registry file is shorter than it says it is: it was cut off (the disk was full, or a copy stopped).',
  registry_corrupt: 'The registry file is damaged inside: SQLite found broken pages ({{detail}}).',
  registry_unreadable: 'The registry file cannot be read ({{detail}}).',
  registry_read_only:
    'The registry file or its folder cannot be written to (read-only, or no permission): nothing can be saved.',
  registry_locked: 'The registry file is locked by another program or GroupLedger window: it cannot be opened now.',
  registry_too_new:
    'The registry was written by a newer GroupLedger (schema {{detail}}). Update GroupLedger to open it.',
  doctor_failed: 'The check could not finish ({{detail}}).',
  backups_ok: '{{count}} backups; the newest that verifies is from {{newest}}.',
  backups_none: 'There is no backup of this registry yet.',
  backups_failed: '{{count}} backups; none of them verifies.',
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
  file_ok: '台账文件是完整的 SQLite 数据库（{{size}}）。',
  registry_missing: '台账文件不见了，但此数据文件夹中曾有台账（备份或历史记录的标记还在）：文件被删除或移走了。',
  registry_empty: '台账文件是空的（0 字节），但此数据文件夹中曾有台账（备份或历史记录的标记还在）：文件被截断或覆盖了。',
  registry_header: '台账文件不是 SQLite 数据库：文件开头（文件头）缺失或被覆盖。',
  registry_truncated: '台账文件比它记录的长度短：文件被截断了（磁盘已满，或复制中途停止）。',
  registry_corrupt: '台账文件内部已损坏：SQLite 发现了损坏的数据页（{{detail}}）。',
  registry_unreadable: '无法读取台账文件（{{detail}}）。',
  registry_read_only: '台账文件或其所在文件夹无法写入（只读或没有权限）：什么也保存不了。',
  registry_locked: '台账文件被其他程序或另一个 GroupLedger 窗口锁定，现在无法打开。',
  registry_too_new: '此台账由更新版本的 GroupLedger 写入（结构 {{detail}}）。请更新 GroupLedger 后再打开。',
  doctor_failed: '检查未能完成（{{detail}}）。',
  backups_ok: '共 {{count}} 份备份；最新一份通过校验的备份时间为 {{newest}}。',
  backups_none: '此台账还没有任何备份。',
  backups_failed: '共 {{count}} 份备份，但没有一份通过校验。',
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
  file_ok: 'Tệp sổ là một cơ sở dữ liệu SQLite trọn vẹn ({{size}}).',
  registry_missing:
    'Tệp sổ không còn, nhưng thư mục dữ liệu này từng có sổ (còn bản sao lưu hoặc bản ghi lịch sử của sổ): tệp đã bị xoá hoặc chuyển đi.',
  registry_empty:
    'Tệp sổ trống (0 byte), nhưng thư mục dữ liệu này từng có sổ (còn bản sao lưu hoặc bản ghi lịch sử của sổ): tệp đã bị cắt cụt hoặc ghi đè.',
  registry_header: 'Tệp sổ không phải cơ sở dữ liệu SQLite: phần đầu tệp bị thiếu hoặc bị ghi đè.',
  registry_truncated: 'Tệp sổ ngắn hơn độ dài nó ghi: tệp đã bị cắt cụt (đầy ổ đĩa, hoặc sao chép bị dừng giữa chừng).',
  registry_corrupt: 'Tệp sổ bị hỏng bên trong: SQLite tìm thấy trang dữ liệu hỏng ({{detail}}).',
  registry_unreadable: 'Không đọc được tệp sổ ({{detail}}).',
  registry_read_only:
    'Không ghi được vào tệp sổ hoặc thư mục của nó (chỉ đọc, hoặc không có quyền): không lưu được gì.',
  registry_locked: 'Tệp sổ đang bị một chương trình khác hoặc một cửa sổ GroupLedger khác khoá: hiện không mở được.',
  registry_too_new: 'Sổ này do một GroupLedger mới hơn ghi (lược đồ {{detail}}). Hãy cập nhật GroupLedger để mở.',
  doctor_failed: 'Không kiểm tra hết được ({{detail}}).',
  backups_ok: '{{count}} bản sao lưu; bản mới nhất kiểm tra đạt là lúc {{newest}}.',
  backups_none: 'Sổ này chưa có bản sao lưu nào.',
  backups_failed: '{{count}} bản sao lưu, nhưng không bản nào kiểm tra đạt.',
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
  // A record named with words of the reports' vocabulary (⟦ikind.quarrel⟧, ⟦kind.dissolve⟧): in the language.
  if (typeof params.what === 'string') {
    localized.what = params.what.replace(/⟦([a-z_.]+)⟧/g, (_m, key: string) => {
      const text = paperText(locale, key as PaperKey);
      return text === key ? key.slice(key.lastIndexOf('.') + 1) : text;
    });
  }
  return interpolate(DOCTOR_TEXT[locale][finding], localized);
}
