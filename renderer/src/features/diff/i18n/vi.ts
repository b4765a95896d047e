/** The Vietnamese strings of features/diff/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  diff: {
    title: 'So sánh thay đổi',
    description:
      'Những gì thay đổi giữa hai bản chụp, một bản chụp và hiện tại, hoặc hai ngày của sổ: ai vào, ai rời từng nhóm và lý do, thay đổi vai trò và thành phần, ngoại lệ đã quyết, nhân sự mới, đổi thông tin hay đã nghỉ, sự việc và quy trình.',
    from: 'Từ',
    to: 'Đến',
    kind: { date: 'Một ngày', snapshot: 'Tệp bản chụp', now: 'Hiện tại' },
    chooseFile: 'Chọn tệp bản chụp…',
    chosen: '{{file}} · xuất ngày {{date}}',
    noFile: 'Chưa chọn tệp',
    group: 'Nhóm',
    unit: 'Đơn vị',
    allGroups: 'Mọi nhóm',
    allUnits: 'Mọi đơn vị',
    compare: 'So sánh',
    print: 'In',
    workbook: 'Sổ theo dõi (Excel)',
    openAction: 'So sánh hai ngày hoặc hai bản chụp',
    generated: '{{org}} · in ngày {{date}}',
    checking: 'Đang kiểm tra tệp bản chụp cho “{{side}}” (dấu vân tay, chữ ký, lịch sử)…',
    comparing: 'Đang so sánh…',
    stop: 'Dừng',
    needFile: 'Hãy chọn tệp bản chụp cho “{{side}}” trước.',
    joined: 'Vào nhóm',
    left: 'Rời nhóm',
    roles: 'Vai trò',
    exceptions: 'Ngoại lệ đã quyết',
    people: 'Nhân sự',
    casework: 'Sự việc và quy trình',
    groupsChanged: 'Nhóm có thay đổi',
    nothing: 'Không có thay đổi nào giữa hai bên.',
    shownOf: 'Đang hiện {{shown}} trên {{total}} nhóm.',
    showAll: 'Hiện tất cả {{count}} nhóm',
    arrow: '{{from}} → {{to}}',
  },
};
