/** The Vietnamese strings of features/recovery/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  recovery: {
    titleDamaged: 'Không mở được sổ: tệp sổ bị hỏng',
    titleHistory: 'Không mở được sổ: lịch sử của sổ không đến được các thay đổi đã ghi',
    titleUnavailable: 'Hiện chưa dùng được sổ',
    file: 'Tệp: {{path}}',
    untouched: 'Chưa thay đổi hay xoá gì: tệp được giữ nguyên như lúc phát hiện.',
    restoreTitle: 'Khôi phục bản sao lưu mới nhất kiểm tra đạt',
    backupTime: 'Thời điểm sao lưu',
    organisation: 'Tổ chức',
    holds: 'Nội dung',
    counts: '{{people}} người, {{groups}} nhóm, {{events}} mục lịch sử',
    size: 'Dung lượng',
    lost: 'Mọi thay đổi sau {{time}} sẽ mất. Tệp hỏng được chuyển sang bên (đổi tên kèm thời điểm), không bị xoá.',
    lostCounted_one:
      'Thay đổi cuối cùng được ghi nhận lúc {{last}} là mục lịch sử {{recorded}}; bản sao lưu này có các mục đến {{held}}: {{count}} thay đổi sau {{time}} sẽ mất. Tệp hỏng được chuyển sang bên (đổi tên kèm thời điểm), không bị xoá.',
    lostCounted_other:
      'Thay đổi cuối cùng được ghi nhận lúc {{last}} là mục lịch sử {{recorded}}; bản sao lưu này có các mục đến {{held}}: {{count}} thay đổi sau {{time}} sẽ mất. Tệp hỏng được chuyển sang bên (đổi tên kèm thời điểm), không bị xoá.',
    lostNone:
      'Bản sao lưu này có mọi thay đổi đã ghi nhận (các mục lịch sử đến {{held}}): không mất gì cả. Tệp hỏng được chuyển sang bên (đổi tên kèm thời điểm), không bị xoá.',
    restoreButton: 'Khôi phục bản sao lưu này',
    confirmTitle: 'Khôi phục bản sao lưu?',
    confirmBody: 'Sổ sẽ trở về như lúc {{time}}; các thay đổi sau đó sẽ mất. Tệp hỏng được giữ bên cạnh với tên mới.',
    restored: 'Đã khôi phục sổ về như lúc {{time}}.',
    restoredMoved: 'Đã khôi phục sổ về như lúc {{time}}. Tệp hỏng được giữ là {{path}}.',
    noBackup:
      'Không có bản sao lưu nào của sổ này kiểm tra đạt, nên không khôi phục được. Hãy mở thư mục dữ liệu khác, hoặc thoát và nhờ hỗ trợ.',
    folderTitle: 'Mở thư mục dữ liệu khác',
    noOtherFolder: 'Ứng dụng không biết thư mục dữ liệu nào khác.',
    openFolder: 'Mở',
    emptyLedger: 'Sổ trống',
    retry: 'Thử lại',
    quit: 'Thoát',
    quitHint: 'Thoát không thay đổi gì; lần khởi động sau trang này vẫn hiện ra.',
  },
};
