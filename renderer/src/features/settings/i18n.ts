/**
 * UI strings of the settings page, in every language.
 * The English table defines the shape; zh-CN and vi are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/index.ts merges the
 * tables into one), and plural forms keep `_one` / `_other` in every language.
 */
import type { Messages } from '../../i18n/messages';

const en = {
  settings: {
    title: 'Settings',
    description:
      'Language, appearance, who you are in the history, escalations and incident kinds, and about this installation.',
    appearance: 'Language and appearance',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    administrator: 'Administrator',
    adminName: 'Your name',
    adminNameHelp: 'Written as the author of every change you make, in the history.',
    adminNamePlaceholder: 'e.g. 李伟',
    about: 'About this installation',
    version: 'Version',
    mode: 'Mode',
    modeElectron: 'Desktop app',
    modeBrowser: 'Browser (test harness)',
    dataDir: 'Data folder',
    registryPath: 'Registry file',
    sqlite: 'SQLite',
    node: 'Node.js',
    revision: 'Registry revision',
    escalations: 'Escalations',
    waitDays: 'Call out escalations waiting longer than',
    waitDaysUnit: 'days',
    waitDaysHelp:
      'The dashboard and the escalations page list the escalation steps that have waited longer than this for a decision.',
    waitDaysRange: 'Enter a whole number of days from {{min}} to {{max}}.',
  },
};

const zhCN: Messages<typeof en> = {
  settings: {
    title: '设置',
    description: '界面语言和外观、您在历史记录中的署名、事件上报和事件类型，以及本机安装信息。',
    appearance: '语言和外观',
    language: '界面语言',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    administrator: '管理员',
    adminName: '您的姓名',
    adminNameHelp: '您所做的每项变动都会以此署名记入历史。',
    adminNamePlaceholder: '例如：李伟',
    about: '关于本机安装',
    version: '版本',
    mode: '运行方式',
    modeElectron: '桌面应用',
    modeBrowser: '浏览器（测试环境）',
    dataDir: '数据文件夹',
    registryPath: '台账文件',
    sqlite: 'SQLite',
    node: 'Node.js',
    revision: '台账版本号',
    escalations: '事件上报',
    waitDays: '上报等待决定超过',
    waitDaysUnit: '天时提醒',
    waitDaysHelp: '首页和事件上报页会列出等待决定超过此天数的上报。',
    waitDaysRange: '请输入 {{min}} 到 {{max}} 之间的整数天数。',
  },
};

const vi: Messages<typeof en> = {
  settings: {
    title: 'Cài đặt',
    description:
      'Ngôn ngữ, giao diện, tên của bạn trong lịch sử, báo cáo và loại sự việc, và thông tin về bản cài đặt này.',
    appearance: 'Ngôn ngữ và giao diện',
    language: 'Ngôn ngữ',
    theme: 'Giao diện',
    themeLight: 'Sáng',
    themeDark: 'Tối',
    administrator: 'Quản trị viên',
    adminName: 'Tên của bạn',
    adminNameHelp: 'Được ghi là người thực hiện mọi thay đổi của bạn trong lịch sử.',
    adminNamePlaceholder: 'Ví dụ: Nguyễn Trọng Nhân',
    about: 'Về bản cài đặt này',
    version: 'Phiên bản',
    mode: 'Chế độ',
    modeElectron: 'Ứng dụng máy tính',
    modeBrowser: 'Trình duyệt (môi trường kiểm thử)',
    dataDir: 'Thư mục dữ liệu',
    registryPath: 'Tệp sổ',
    sqlite: 'SQLite',
    node: 'Node.js',
    revision: 'Phiên bản dữ liệu',
    escalations: 'Báo cáo sự việc',
    waitDays: 'Nhắc khi báo cáo chờ quyết định quá',
    waitDaysUnit: 'ngày',
    waitDaysHelp:
      'Trang tổng quan và trang báo cáo sự việc liệt kê các lần báo cáo đã chờ quyết định lâu hơn số ngày này.',
    waitDaysRange: 'Hãy nhập số ngày nguyên từ {{min}} đến {{max}}.',
  },
};

export const messages = { en, 'zh-CN': zhCN, vi };
