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
    description: 'Language, appearance, who you are in the history, and about this installation.',
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
  },
};

const zhCN: Messages<typeof en> = {
  settings: {
    title: '设置',
    description: '界面语言和外观、您在历史记录中的署名，以及本机安装信息。',
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
  },
};

const vi: Messages<typeof en> = {
  settings: {
    title: 'Cài đặt',
    description: 'Ngôn ngữ, giao diện, tên của bạn trong lịch sử và thông tin về bản cài đặt này.',
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
  },
};

export const messages = { en, 'zh-CN': zhCN, vi };
