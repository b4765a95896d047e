/** The Vietnamese strings of features/search/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  palette: {
    title: 'Tìm trong sổ',
    placeholder: 'Họ tên (có thể gõ không dấu), số điện thoại hoặc tài khoản',
    people: 'Nhân sự',
    groups: 'Nhóm',
    empty: 'Không có kết quả nào khớp với “{{query}}”.',
    start: 'Gõ ít nhất một ký tự để tìm nhân sự, nhóm và sự việc.',
    hintMove: 'để di chuyển',
    hintOpen: 'để mở',
    hintClose: 'để đóng',
    searching: 'Đang tìm…',
  },
  insights: {
    palette: {
      pages: 'Đi tới',
      actions: 'Thao tác',
      startHint:
        'Gõ họ tên (không dấu cũng được), số điện thoại, tài khoản hoặc từ trong tóm tắt sự việc — hoặc chọn một trang, một thao tác.',
      action: {
        newPerson: 'Thêm nhân sự',
        newGroup: 'Tạo nhóm mới',
        importPeople: 'Nhập nhân sự từ tệp (CSV, Excel)',
        scopeCreep: 'Báo cáo thành viên ngoài quy chế',
      },
      goTo: 'Đi tới: {{page}}',
    },
  },
};
