/** The Chinese (zh-CN) strings of features/settings/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
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
