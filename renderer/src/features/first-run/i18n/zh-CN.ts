/** The Chinese (zh-CN) strings of features/first-run/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  firstRun: {
    title: '欢迎使用 GroupLedger 群台账',
    subtitle: '为本单位的工作群建立台账：每个群里有谁、应该有谁、每个人因何入群，以及发生过什么。',
    languageStep: '语言',
    languageHint: '之后可在“设置”中更改。',
    adminName: '您的姓名和职务',
    adminNameHint: '您记录的每一项更改都会在历史记录中以此署名（如“张敏 办公室管理员”）。',
    adminNameRequired: '请填写为更改署名的姓名。',
    setupStep: '单位',
    createTitle: '新建单位',
    createDescription: '为本单位建立一本空台账，随后添加部门、人员和工作群。',
    orgName: '单位名称',
    orgNamePlaceholder: '例如：某某县自然资源局',
    orgNameRequired: '请输入单位名称。',
    createButton: '新建单位',
    demoTitle: '载入示例单位',
    demoDescription: '用一个根据真实案例编写的示例单位体验 GroupLedger，之后可以重新开始。',
    demoCounty: '县局',
    demoCountyDescription: '某县局办公室的微信工作群：原本只为 20 名中层干部建的群，三天内涨到了约 100 人。',
    demoYouth: '省直团委',
    demoYouthDescription:
      '越南某省直属机关团委（Đoàn khối）：按第 129 号通知设立的三个 Zalo 工作群，只有群主可以拉人，例外须经书记同意。',
    loadDemoButton: '载入示例',
    or: '或',
    privacy: 'GroupLedger 离线运行，数据不会离开本机，也从不连接任何聊天平台。',
    created: '单位“{{name}}”已就绪。',
    restoreLink: '从快照恢复台账…',
  },
};
