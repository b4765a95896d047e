/**
 * UI strings of the audit log, in every language.
 * The English table defines the shape; zh-CN and vi are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/index.ts merges the
 * tables into one), and plural forms keep `_one` / `_other` in every language.
 */
import type { Messages } from '../../i18n/messages';

const en = {
  audit: {
    title: 'Audit log',
    description: 'Every change to the ledger, newest first. Each event is chained to the one before it.',
    filterKind: 'Kind of event',
    allKinds: 'All kinds',
    seq: '#',
    time: 'Time',
    actor: 'By',
    kind: 'Event',
    subjects: 'Concerns',
    summary: 'Summary',
    before: 'Before',
    after: 'After',
    nothing: 'Nothing',
    hash: 'Hash',
    total_one: '{{count}} event',
    total_other: '{{count}} events',
    empty: 'No events.',
  },
};

const zhCN: Messages<typeof en> = {
  audit: {
    title: '操作日志',
    description: '台账的每一次变动，按时间倒序排列。每条记录都与上一条链接校验。',
    filterKind: '记录类型',
    allKinds: '全部类型',
    seq: '序号',
    time: '时间',
    actor: '操作人',
    kind: '事项',
    subjects: '涉及对象',
    summary: '摘要',
    before: '变动前',
    after: '变动后',
    nothing: '无',
    hash: '哈希',
    total_one: '共 {{count}} 条',
    total_other: '共 {{count}} 条',
    empty: '暂无记录。',
  },
};

const vi: Messages<typeof en> = {
  audit: {
    title: 'Nhật ký',
    description: 'Mọi thay đổi trong sổ, mới nhất trước. Mỗi sự kiện được liên kết chuỗi với sự kiện trước đó.',
    filterKind: 'Loại sự kiện',
    allKinds: 'Tất cả các loại',
    seq: 'STT',
    time: 'Thời gian',
    actor: 'Người thực hiện',
    kind: 'Sự kiện',
    subjects: 'Liên quan',
    summary: 'Tóm tắt',
    before: 'Trước',
    after: 'Sau',
    nothing: 'Không có',
    hash: 'Mã băm',
    total_one: '{{count}} sự kiện',
    total_other: '{{count}} sự kiện',
    empty: 'Chưa có sự kiện nào.',
  },
};

export const messages = { en, 'zh-CN': zhCN, vi };
