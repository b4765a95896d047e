/**
 * What the people import says about a file, in every UI language: the column (field) names and
 * one message per row-error code. The service reports a code and its parameters
 * (ImportRowError); the renderer (i18next namespace `import`: `row.<code>`, `field.<field>`,
 * e.g. `field.handle.zalo`) and the command line translate them, so both read the same.
 */
import type {
  ImportField,
  ImportRowError,
  ImportRowErrorCode,
  ImportRowWarning,
  ImportRowWarningCode,
} from '../contract';
import type { Locale } from '../domain';
import { interpolate } from './errors';

type HandleField = Extract<ImportField, `handle.${string}`>;
type HandlePlatform = HandleField extends `handle.${infer P}` ? P : never;
type PlainField = Exclude<ImportField, HandleField>;

export interface ImportTable {
  /** Row errors; parameters as ImportRowError documents them ({{row}}, {{name}}, {{unit}}, {{value}}, {{max}}). */
  row: Record<ImportRowErrorCode, string>;
  /** Row warnings: a same-name pair to confirm ({{row}}, {{name}}, {{unit}}). */
  warning: Record<ImportRowWarningCode, string>;
  /** Column names as an administrator would head them in a spreadsheet. */
  field: Record<PlainField, string> & { handle: Record<HandlePlatform, string> };
  /** "Row 7": the spreadsheet's own row number (the header is row 1). */
  rowNumber: string;
  /** One row error with the column it concerns. */
  rowWithField: string;
}

const en: ImportTable = {
  row: {
    name_missing: 'The name is missing.',
    too_long: 'Too long: at most {{max}} characters.',
    phone_invalid: '“{{value}}” is not a phone number.',
    status_invalid: '“{{value}}” is not a status: write “active” or “left”.',
    left_on_invalid: '“{{value}}” is not a date: write it as YYYY-MM-DD, for example 2024-03-01.',
    left_on_future: 'The date of leaving {{value}} has not come yet (today is {{today}}): the ledger records what has happened; mark the person as left on that day.',
    left_on_missing: 'The person has left: enter the date they left (YYYY-MM-DD).',
    duplicate_in_file: 'Same person as row {{row}}.',
    duplicate_in_registry: 'Already in the registry: {{name}} ({{unit}}).',
    direction_control:
      'Contains the invisible character {{codePoint}}, which changes the direction of the text so that it shows differently from what is stored. Remove it.',
    control_character:
      'Contains the control character {{codePoint}}, which is not shown but can make a terminal or another program act on it. Remove it.',
  },
  warning: {
    same_name_in_file: 'Same name in the same unit as row {{row}}: confirm they are two different people.',
    same_name_in_registry:
      'Same name in the same unit as {{name}} ({{unit}}) in the registry: confirm they are two different people.',
  },
  field: {
    name: 'Name',
    unit: 'Unit',
    position: 'Position',
    tier: 'Tier',
    phone: 'Phone',
    handle: {
      wechat: 'WeChat ID',
      wecom: 'WeCom ID',
      zalo: 'Zalo',
      dingtalk: 'DingTalk ID',
      teams: 'Teams account',
      telegram: 'Telegram',
    },
    status: 'Status',
    leftOn: 'Date left',
  },
  rowNumber: 'Row {{row}}',
  rowWithField: 'Row {{row}}, column “{{column}}”: {{message}}',
};

const zhCN: ImportTable = {
  row: {
    name_missing: '缺少姓名。',
    too_long: '内容过长：最多 {{max}} 个字。',
    phone_invalid: '“{{value}}”不是有效的电话号码。',
    status_invalid: '“{{value}}”不是有效的状态：请填“在职”或“离职”。',
    left_on_invalid: '“{{value}}”不是有效的日期：请按 YYYY-MM-DD 填写，例如 2024-03-01。',
    left_on_future: '离职日期 {{value}} 还没到（今天是 {{today}}）：台账只记录已经发生的事，请到当天再登记离职。',
    left_on_missing: '此人已离职：请填写离职日期（YYYY-MM-DD）。',
    duplicate_in_file: '与第 {{row}} 行是同一人。',
    duplicate_in_registry: '台账中已有此人：{{name}}（{{unit}}）。',
    direction_control: '含有会改变文字方向的不可见字符 {{codePoint}}，显示出的内容会与实际保存的不同。请删除该字符。',
    control_character: '含有控制字符 {{codePoint}}，它不显示，却可能让终端或其他程序执行操作。请删除该字符。',
  },
  warning: {
    same_name_in_file: '与第 {{row}} 行同单位同名：请确认是两个不同的人。',
    same_name_in_registry: '与台账中的 {{name}}（{{unit}}）同单位同名：请确认是两个不同的人。',
  },
  field: {
    name: '姓名',
    unit: '单位',
    position: '职务',
    tier: '层级',
    phone: '电话',
    handle: {
      wechat: '微信号',
      wecom: '企业微信账号',
      zalo: 'Zalo',
      dingtalk: '钉钉账号',
      teams: 'Teams 账号',
      telegram: 'Telegram',
    },
    status: '状态',
    leftOn: '离职日期',
  },
  rowNumber: '第 {{row}} 行',
  rowWithField: '第 {{row}} 行，“{{column}}”列：{{message}}',
};

const vi: ImportTable = {
  row: {
    name_missing: 'Thiếu họ tên.',
    too_long: 'Quá dài: tối đa {{max}} ký tự.',
    phone_invalid: '“{{value}}” không phải số điện thoại.',
    status_invalid: '“{{value}}” không phải trạng thái hợp lệ: ghi “đang công tác” hoặc “đã nghỉ”.',
    left_on_invalid: '“{{value}}” không phải ngày hợp lệ: ghi theo dạng YYYY-MM-DD, ví dụ 2024-03-01.',
    left_on_future: 'Ngày thôi công tác {{value}} chưa tới (hôm nay là {{today}}): sổ chỉ ghi những việc đã xảy ra; hãy đánh dấu thôi công tác vào đúng ngày đó.',
    left_on_missing: 'Người này đã nghỉ: hãy ghi ngày nghỉ (YYYY-MM-DD).',
    duplicate_in_file: 'Trùng với người ở dòng {{row}}.',
    duplicate_in_registry: 'Đã có trong sổ: {{name}} ({{unit}}).',
    direction_control:
      'Có ký tự ẩn {{codePoint}} làm đổi chiều văn bản, khiến nội dung hiển thị khác với nội dung được lưu. Hãy xóa ký tự này.',
    control_character:
      'Có ký tự điều khiển {{codePoint}}: ký tự này không hiển thị nhưng có thể khiến cửa sổ lệnh hoặc chương trình khác thực hiện thao tác. Hãy xóa ký tự này.',
  },
  warning: {
    same_name_in_file: 'Trùng họ tên và đơn vị với dòng {{row}}: hãy xác nhận đây là hai người khác nhau.',
    same_name_in_registry:
      'Trùng họ tên và đơn vị với {{name}} ({{unit}}) trong sổ: hãy xác nhận đây là hai người khác nhau.',
  },
  field: {
    name: 'Họ tên',
    unit: 'Đơn vị',
    position: 'Chức vụ',
    tier: 'Cấp',
    phone: 'Điện thoại',
    handle: {
      wechat: 'WeChat',
      wecom: 'WeCom',
      zalo: 'Zalo',
      dingtalk: 'DingTalk',
      teams: 'Teams',
      telegram: 'Telegram',
    },
    status: 'Trạng thái',
    leftOn: 'Ngày nghỉ',
  },
  rowNumber: 'Dòng {{row}}',
  rowWithField: 'Dòng {{row}}, cột “{{column}}”: {{message}}',
};

export const IMPORT_TEXT: Record<Locale, ImportTable> = { en, 'zh-CN': zhCN, vi };

/** The column name of a field (`handle.zalo` → “Zalo”). */
export function importFieldText(locale: Locale, field: ImportField): string {
  const table = IMPORT_TEXT[locale].field;
  if (field.startsWith('handle.')) return table.handle[field.slice('handle.'.length) as HandlePlatform];
  return table[field as PlainField];
}

/**
 * One row error as a sentence. A parameter the service left out (or gave as “—”, a person without
 * a unit) leaves no empty brackets.
 */
export function importRowErrorText(locale: Locale, error: Pick<ImportRowError, 'code' | 'params'>): string {
  return tidy(interpolate(IMPORT_TEXT[locale].row[error.code], error.params));
}

/** One row warning as a sentence, like importRowErrorText. */
export function importRowWarningText(locale: Locale, warning: Pick<ImportRowWarning, 'code' | 'params'>): string {
  return tidy(interpolate(IMPORT_TEXT[locale].warning[warning.code], warning.params));
}

function tidy(text: string): string {
  return text.replace(/\s*[(（]\s*[—-]?\s*[)）]/g, '').replace(/ {2,}/g, ' ');
}
