/**
 * Errors of encrypted snapshots and of the snapshot size limits (issues 12 and 13), in every UI
 * language; joined into the tables of errors.ts. A wrong password and a file changed after it was
 * encrypted are told apart: the header carries a check value derived from the password, so only
 * a right password reaches the authentication of the content.
 */
import type { Locale } from '../domain';

export const SNAPSHOT_ERROR_CODES = [
  'snapshot_password_required',
  'snapshot_wrong_password',
  'snapshot_tampered',
  'snapshot_encryption_header',
  'snapshot_limit',
  'snapshot_password_weak',
  'snapshot_export_cancelled',
  'snapshot_text',
  'diff_snapshot_gone',
  'diff_cancelled',
] as const;
export type SnapshotErrorCode = (typeof SNAPSHOT_ERROR_CODES)[number];

/** The limits a snapshot is held to (electron/capabilities/snapshots/limits.ts), named in `limit`. */
export const SNAPSHOT_LIMIT_NAMES = ['fileSize', 'decompressedSize', 'stringLength', 'depth', 'rows'] as const;
export type SnapshotLimitName = (typeof SNAPSHOT_LIMIT_NAMES)[number];

export const SNAPSHOT_ERROR_MESSAGES: Record<Locale, Record<SnapshotErrorCode, string>> = {
  en: {
    snapshot_password_required: 'This snapshot is encrypted. Enter its password to open it.',
    snapshot_wrong_password:
      'The password is not the one this snapshot was encrypted with. Check it (capitals, keyboard layout) and try again. Nothing was read.',
    snapshot_tampered:
      'The encrypted snapshot was changed or damaged after it was written: the password is right, but the content does not authenticate. Nothing was imported.',
    snapshot_encryption_header:
      'The header of the encrypted snapshot is damaged or uses settings this GroupLedger does not read ({{detail}}). Nothing was read.',
    snapshot_limit:
      'The snapshot is over the limit on {{limit}}: {{found}}{{where}}, where at most {{max}} is allowed. Nothing was imported.',
    snapshot_password_weak: 'The password must be at least {{min}} characters long.',
    snapshot_export_cancelled: 'The export was cancelled. No file was written.',
    snapshot_text:
      'The snapshot holds a text GroupLedger does not accept — {{list}} “{{record}}”: {{detail}}. It was written by another program or changed afterwards. Nothing was imported.',
    diff_snapshot_gone:
      'The snapshot chosen for this comparison is no longer held (it was chosen more than 10 minutes ago, or the app was restarted). Choose it again.',
    diff_cancelled: 'Stopped. Nothing was changed.',
  },
  'zh-CN': {
    snapshot_password_required: '此快照已加密，请输入密码后再打开。',
    snapshot_wrong_password: '密码与加密此快照时使用的密码不符。请检查（大小写、输入法）后重试。未读取任何内容。',
    snapshot_tampered: '加密快照在写出后被修改或损坏：密码正确，但内容未通过认证。未导入任何内容。',
    snapshot_encryption_header: '加密快照的文件头已损坏，或使用了本程序不支持的设置（{{detail}}）。未读取任何内容。',
    snapshot_limit: '快照超出了{{limit}}的限制：实际为 {{found}}{{where}}，最多允许 {{max}}。未导入任何内容。',
    snapshot_password_weak: '密码至少需要 {{min}} 个字符。',
    snapshot_export_cancelled: '已取消导出，没有写出任何文件。',
    snapshot_text:
      '快照中有 GroupLedger 不接受的文字——{{list}}“{{record}}”：{{detail}}。它是由其他程序写出的，或事后被改动过。未导入任何内容。',
    diff_snapshot_gone: '为本次比较选择的快照已不再保留（选择已超过 10 分钟，或程序已重新启动）。请重新选择。',
    diff_cancelled: '已停止，没有更改任何内容。',
  },
  vi: {
    snapshot_password_required: 'Bản chụp này đã được mã hóa. Hãy nhập mật khẩu để mở.',
    snapshot_wrong_password:
      'Mật khẩu không đúng với mật khẩu đã dùng để mã hóa bản chụp này. Hãy kiểm tra (chữ hoa, bộ gõ) rồi thử lại. Chưa đọc gì cả.',
    snapshot_tampered:
      'Bản chụp đã mã hóa đã bị sửa hoặc hỏng sau khi được ghi: mật khẩu đúng nhưng nội dung không xác thực được. Chưa nhập gì cả.',
    snapshot_encryption_header:
      'Phần đầu của bản chụp đã mã hóa bị hỏng hoặc dùng thiết lập mà GroupLedger này không đọc được ({{detail}}). Chưa đọc gì cả.',
    snapshot_limit:
      'Bản chụp vượt giới hạn về {{limit}}: {{found}}{{where}}, trong khi tối đa là {{max}}. Chưa nhập gì cả.',
    snapshot_password_weak: 'Mật khẩu phải có ít nhất {{min}} ký tự.',
    snapshot_export_cancelled: 'Đã hủy xuất. Không có tệp nào được ghi.',
    snapshot_text:
      'Bản chụp có một đoạn chữ GroupLedger không nhận — {{list}} “{{record}}”: {{detail}}. Tệp do chương trình khác ghi ra hoặc đã bị sửa sau đó. Không có gì được nhập.',
    diff_snapshot_gone:
      'Bản chụp đã chọn để so sánh không còn được giữ (đã chọn hơn 10 phút trước, hoặc ứng dụng đã khởi động lại). Hãy chọn lại.',
    diff_cancelled: 'Đã dừng. Không có gì bị thay đổi.',
  },
};

/** The limit named in a `snapshot_limit` error, and the list a row count is of. */
export const SNAPSHOT_LIMIT_WORDS: Record<
  Locale,
  Record<SnapshotLimitName, string> & {
    lists: Record<string, string>;
    at: string;
    chars: string;
    levels: string;
  }
> = {
  en: {
    fileSize: 'file size',
    decompressedSize: 'unpacked size',
    stringLength: 'the length of one text',
    depth: 'nesting depth',
    rows: 'the number of records',
    at: ' (at {{at}})',
    chars: 'characters',
    levels: 'levels',
    lists: {
      people: 'people',
      groups: 'groups',
      units: 'units',
      tiers: 'tiers',
      memberships: 'membership records',
      events: 'history events',
      exceptions: 'exception requests',
      rules: 'rules versions',
      acknowledgements: 'acknowledgements',
      runbooks: 'runbooks',
      incidents: 'incidents',
      incidentKinds: 'incident kinds',
    },
  },
  'zh-CN': {
    fileSize: '文件大小',
    decompressedSize: '解压后大小',
    stringLength: '单段文字长度',
    depth: '嵌套层数',
    rows: '记录条数',
    at: '（位置：{{at}}）',
    chars: '个字符',
    levels: '层',
    lists: {
      people: '人员',
      groups: '群',
      units: '单位',
      tiers: '职级',
      memberships: '成员记录',
      events: '历史事件',
      exceptions: '例外申请',
      rules: '群规版本',
      acknowledgements: '群规确认',
      runbooks: '处置流程',
      incidents: '事件',
      incidentKinds: '事件类型',
    },
  },
  vi: {
    fileSize: 'kích thước tệp',
    decompressedSize: 'kích thước sau khi giải nén',
    stringLength: 'độ dài một đoạn văn bản',
    depth: 'độ sâu lồng nhau',
    rows: 'số bản ghi',
    at: ' (tại {{at}})',
    chars: 'ký tự',
    levels: 'cấp',
    lists: {
      people: 'người',
      groups: 'nhóm',
      units: 'đơn vị',
      tiers: 'cấp bậc',
      memberships: 'bản ghi thành viên',
      events: 'sự kiện lịch sử',
      exceptions: 'yêu cầu ngoại lệ',
      rules: 'phiên bản nội quy',
      acknowledgements: 'xác nhận nội quy',
      runbooks: 'quy trình xử lý',
      incidents: 'sự cố',
      incidentKinds: 'loại sự cố',
    },
  },
};

/** The parameters of a `snapshot_limit` error in words of the message's language. */
export function snapshotLimitParams(
  locale: Locale,
  params: Record<string, unknown>,
  fill: (text: string, values: Record<string, unknown>) => string,
): Record<string, unknown> {
  const words = SNAPSHOT_LIMIT_WORDS[locale];
  const limit = String(params.limit ?? '') as SnapshotLimitName;
  const unit =
    limit === 'stringLength'
      ? words.chars
      : limit === 'depth'
        ? words.levels
        : limit === 'rows'
          ? (words.lists[String(params.list ?? '')] ?? '')
          : '';
  const amount = (v: unknown) => (unit ? `${String(v)} ${unit}` : String(v));
  return {
    ...params,
    limit: words[limit] ?? limit,
    found: amount(params.found),
    max: amount(params.max),
    where: params.at ? fill(words.at, { at: params.at }) : '',
  };
}
