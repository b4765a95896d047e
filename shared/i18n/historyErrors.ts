/**
 * Error messages of one writer per data folder and of the history's anchor (issue 12, points 3
 * and 4), in every UI language; joined into the tables of errors.ts.
 */
import type { Locale } from '../domain';

export const HISTORY_ERROR_CODES = ['ledger_open_elsewhere', 'chain_tail_lost', 'chain_anchor_mismatch'] as const;
export type HistoryErrorCode = (typeof HISTORY_ERROR_CODES)[number];

export const HISTORY_ERROR_MESSAGES: Record<Locale, Record<HistoryErrorCode, string>> = {
  en: {
    ledger_open_elsewhere:
      'GroupLedger is already open on the folder “{{dataDir}}” (in another window or command). Close it there first; nothing was changed.',
    chain_tail_lost:
      'The registry in “{{dataDir}}” ends at history entry {{found}}, but entry {{anchored}} had already been written: the last {{missing}} changes are missing (was the file copied without its “-wal” file?). It was not opened for writing, so nothing more is lost. Restore it from a backup or from a complete copy.',
    chain_anchor_mismatch:
      'History entry {{seq}} of the registry in “{{dataDir}}” is not the one recorded beside it when it was written: the history was replaced or rewritten. It was not opened for writing. Restore it from a backup or from a complete copy.',
  },
  'zh-CN': {
    ledger_open_elsewhere: 'GroupLedger 已在另一个窗口或命令中打开目录“{{dataDir}}”。请先在那里关闭；未做任何更改。',
    chain_tail_lost:
      '“{{dataDir}}”中的台账历史止于第 {{found}} 条，但第 {{anchored}} 条早已写入：最后 {{missing}} 项更改丢失（是否复制文件时漏了“-wal”文件？）。台账未以可写方式打开，不会再丢失更多内容。请从备份或完整副本恢复。',
    chain_anchor_mismatch:
      '“{{dataDir}}”中台账的第 {{seq}} 条历史记录与写入时在旁边记下的不一致：历史被替换或改写过。台账未以可写方式打开。请从备份或完整副本恢复。',
  },
  vi: {
    ledger_open_elsewhere:
      'GroupLedger đang mở thư mục “{{dataDir}}” ở một cửa sổ hoặc lệnh khác. Hãy đóng ở đó trước; chưa có gì bị thay đổi.',
    chain_tail_lost:
      'Sổ trong “{{dataDir}}” có lịch sử dừng ở mục {{found}}, nhưng mục {{anchored}} đã được ghi trước đó: {{missing}} thay đổi cuối cùng bị mất (tệp có bị sao chép thiếu tệp “-wal” không?). Sổ không được mở để ghi nên không mất thêm gì. Hãy khôi phục từ bản sao lưu hoặc bản sao đầy đủ.',
    chain_anchor_mismatch:
      'Mục lịch sử {{seq}} của sổ trong “{{dataDir}}” không khớp với mục đã ghi lại bên cạnh sổ khi ghi: lịch sử đã bị thay thế hoặc viết lại. Sổ không được mở để ghi. Hãy khôi phục từ bản sao lưu hoặc bản sao đầy đủ.',
  },
};
