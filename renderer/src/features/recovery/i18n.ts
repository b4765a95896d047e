/** UI strings of the recovery page, in every language (see snapshots/i18n.ts for the conventions). */
import type { Messages } from '../../i18n/messages';

const en = {
  recovery: {
    titleDamaged: 'The ledger cannot be opened: its file is damaged',
    titleUnavailable: 'The ledger cannot be used right now',
    file: 'File: {{path}}',
    untouched: 'Nothing has been changed or deleted: the file is kept exactly as it was found.',
    restoreTitle: 'Restore the newest backup that verifies',
    backupTime: 'Backup taken',
    organisation: 'Organisation',
    holds: 'It holds',
    counts: '{{people}} people, {{groups}} groups, {{events}} history entries',
    size: 'Size',
    lost: 'Everything changed after {{time}} will be lost. The damaged file is moved aside (renamed with the time), not deleted.',
    restoreButton: 'Restore this backup',
    confirmTitle: 'Restore the backup?',
    confirmBody:
      'The ledger goes back to how it was on {{time}}; changes made after that are lost. The damaged file is kept beside it under a new name.',
    restored: 'The ledger was restored as it was on {{time}}.',
    restoredMoved: 'The ledger was restored as it was on {{time}}. The damaged file was kept as {{path}}.',
    noBackup:
      'No backup of this ledger verifies, so none can be restored. Open another data folder, or quit and ask for help.',
    folderTitle: 'Open another data folder',
    noOtherFolder: 'This app knows no other data folder.',
    openFolder: 'Open',
    emptyLedger: 'Empty ledger',
    retry: 'Try again',
    quit: 'Quit',
    quitHint: 'Quitting changes nothing; the same page appears at the next start.',
  },
};

const zhCN: Messages<typeof en> = {
  recovery: {
    titleDamaged: '无法打开台账：台账文件已损坏',
    titleUnavailable: '台账现在无法使用',
    file: '文件：{{path}}',
    untouched: '没有更改或删除任何内容：文件保持发现时的原样。',
    restoreTitle: '恢复最新一份通过校验的备份',
    backupTime: '备份时间',
    organisation: '单位',
    holds: '内容',
    counts: '{{people}} 人，{{groups}} 个群，{{events}} 条历史记录',
    size: '大小',
    lost: '{{time}} 之后的所有更改都将丢失。损坏的文件会被移到一旁（文件名加上时间），不会删除。',
    restoreButton: '恢复此备份',
    confirmTitle: '确定恢复此备份？',
    confirmBody: '台账将回到 {{time}} 时的状态，此后的更改将丢失。损坏的文件会以新名称保留在旁边。',
    restored: '台账已恢复到 {{time}} 时的状态。',
    restoredMoved: '台账已恢复到 {{time}} 时的状态。损坏的文件已保留为 {{path}}。',
    noBackup: '此台账没有一份备份通过校验，因此无法恢复。请打开其他数据文件夹，或退出并寻求帮助。',
    folderTitle: '打开其他数据文件夹',
    noOtherFolder: '本程序不知道其他数据文件夹。',
    openFolder: '打开',
    emptyLedger: '空台账',
    retry: '重试',
    quit: '退出',
    quitHint: '退出不会更改任何内容；下次启动时仍会显示此页面。',
  },
};

const vi: Messages<typeof en> = {
  recovery: {
    titleDamaged: 'Không mở được sổ: tệp sổ bị hỏng',
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

export const messages = { en, 'zh-CN': zhCN, vi };
