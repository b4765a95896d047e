/**
 * Which column fills which field, guessed from header names as Chinese, Vietnamese and English
 * offices write them; and the words a status column uses. Everything is compared folded
 * (shared/search foldText: case, diacritics, đ/d) and without spaces or punctuation, so
 * "Số điện thoại", "SO DIEN THOAI" and "số-điện-thoại" are one header, and "姓名*" is "姓名".
 */
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../../shared/contract';
import { foldText } from '../../../../shared/search';

/** A header or value reduced to letters and digits, folded. */
export function headerKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Exact header names per field (any language; folded before comparing). */
const EXACT: Record<ImportField, string[]> = {
  name: [
    '姓名',
    '名字',
    '人员姓名',
    '员工姓名',
    '职工姓名',
    '干部姓名',
    'Họ và tên',
    'Họ tên',
    'Tên',
    'Name',
    'Full name',
    'Person',
  ],
  unit: [
    '单位',
    '部门',
    '科室',
    '处室',
    '所在部门',
    '所属部门',
    '所在单位',
    '部门名称',
    'Đơn vị',
    'Phòng ban',
    'Phòng',
    'Unit',
    'Department',
    'Dept',
  ],
  position: ['职务', '职位', '岗位', '现任职务', 'Chức vụ', 'Position', 'Title', 'Job title', 'Post'],
  tier: ['层级', '级别', '职级', '人员层级', 'Cấp', 'Cấp bậc', 'Tier', 'Level', 'Rank'],
  phone: [
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
    '电话号码',
    '联系方式',
    'Số điện thoại',
    'SĐT',
    'Điện thoại',
    'Di động',
    'Phone',
    'Mobile',
    'Phone number',
    'Telephone',
    'Tel',
  ],
  'handle.wechat': ['微信', '微信号', 'WeChat', 'WeChat ID', 'Weixin'],
  'handle.wecom': ['企业微信', '企业微信号', '企微', 'WeCom', 'WeWork'],
  'handle.zalo': ['Zalo', 'Số Zalo', 'SĐT Zalo', 'Zalo ID'],
  'handle.dingtalk': ['钉钉', '钉钉号', 'DingTalk', 'DingTalk ID'],
  'handle.teams': ['Teams', 'Microsoft Teams', 'Teams ID'],
  'handle.telegram': ['Telegram', 'Telegram ID'],
  status: ['状态', '在职状态', '人员状态', 'Trạng thái', 'Tình trạng', 'Status'],
  leftOn: [
    '离职日期',
    '离职时间',
    '调离日期',
    'Ngày nghỉ',
    'Ngày nghỉ việc',
    'Ngày thôi việc',
    'Left on',
    'Date left',
    'Leaving date',
    'Left date',
  ],
};

/**
 * Fragments for headers that say more ("联系电话（手机）", "Zalo phone"), tried in this order so
 * the more specific field wins: 企业微信 before 微信, Zalo before phone, 离职日期 before 状态.
 */
const CONTAINS: Array<[ImportField, string[]]> = [
  ['handle.wecom', ['企业微信', 'wecom', 'wework']],
  ['handle.wechat', ['微信', 'wechat', 'weixin']],
  ['handle.dingtalk', ['钉钉', 'dingtalk']],
  ['handle.zalo', ['zalo']],
  ['handle.telegram', ['telegram']],
  ['handle.teams', ['teams']],
  ['leftOn', ['离职日期', '离职时间', 'ngaynghi', 'ngaythoiviec', 'lefton', 'dateleft']],
  ['status', ['状态', 'trangthai', 'status']],
  ['phone', ['电话', '手机', 'dienthoai', 'sdt', 'phone', 'mobile']],
  ['unit', ['部门', '单位', '科室', 'donvi', 'phongban', 'department']],
  ['tier', ['层级', '级别', 'capbac', 'tier']],
  ['position', ['职务', '职位', '岗位', 'chucvu', 'position']],
  ['name', ['姓名', 'hovaten', 'hoten', 'fullname', 'name']],
];

const EXACT_KEYS = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of EXACT[field]) EXACT_KEYS.set(headerKey(alias), field);

/** The mapping guessed from header names; each field takes the first column that names it. */
export function guessMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<string>();
  const assign = (field: ImportField, header: string) => {
    if (mapping[field] !== undefined || taken.has(header)) return;
    mapping[field] = header;
    taken.add(header);
  };
  for (const header of headers) {
    const field = EXACT_KEYS.get(headerKey(header));
    if (field) assign(field, header);
  }
  for (const header of headers) {
    if (taken.has(header)) continue;
    const key = headerKey(header);
    if (!key) continue;
    const hit = CONTAINS.find(([field, parts]) => mapping[field] === undefined && parts.some((p) => key.includes(p)));
    if (hit) assign(hit[0], header);
  }
  return mapping;
}

/**
 * Status words as registers and platform address books write them: employment (在职/离职,
 * đang công tác/đã nghỉ, active/left) and the account states of a WeCom or DingTalk export
 * (已激活/未激活 — still on the staff, whether or not the app was set up — and 已禁用/已退出).
 */
const ACTIVE_WORDS = [
  '在职',
  '在岗',
  '正常',
  '现职',
  '在编',
  '已激活',
  '未激活',
  '激活',
  '待激活',
  '启用',
  '已启用',
  'đang công tác',
  'đang làm việc',
  'đang làm',
  'công tác',
  'đã kích hoạt',
  'chưa kích hoạt',
  'hoạt động',
  'active',
  'activated',
  'not activated',
  'enabled',
  'current',
  'employed',
];
const LEFT_WORDS = [
  '离职',
  '已离职',
  '调离',
  '已调离',
  '退休',
  '已退休',
  '已禁用',
  '禁用',
  '停用',
  '已停用',
  '已退出',
  '已退出企业',
  'đã nghỉ',
  'nghỉ việc',
  'đã nghỉ việc',
  'thôi việc',
  'nghỉ hưu',
  'đã nghỉ hưu',
  'chuyển công tác',
  'đã chuyển công tác',
  'vô hiệu hóa',
  'đã vô hiệu hóa',
  'left',
  'resigned',
  'retired',
  'disabled',
  'deactivated',
  'inactive',
  'former',
];
const STATUS_WORDS = new Map<string, 'active' | 'left'>([
  ...ACTIVE_WORDS.map((w) => [headerKey(w), 'active'] as const),
  ...LEFT_WORDS.map((w) => [headerKey(w), 'left'] as const),
]);

/** A status cell as active / left; null when the word is not one we know. */
export function parseStatus(value: string): 'active' | 'left' | null {
  return STATUS_WORDS.get(headerKey(value)) ?? null;
}
