/** The Chinese (zh-CN) strings of features/search/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  palette: {
    title: '搜索台账',
    placeholder: '姓名、拼音（lw、liwei）、手机号或微信号',
    people: '人员',
    groups: '工作群',
    empty: '台账中没有与“{{query}}”匹配的内容。',
    start: '输入至少一个字即可搜索人员、工作群和事件。',
    hintMove: '移动',
    hintOpen: '打开',
    hintClose: '关闭',
    searching: '正在搜索…',
  },
  insights: {
    palette: {
      pages: '前往',
      actions: '操作',
      startHint: '输入姓名、拼音、手机号或微信号，或事件概述中的词语（可用拼音首字母），也可在下面选择页面和操作。',
      action: {
        newPerson: '新增人员',
        newGroup: '新建工作群',
        importPeople: '从文件导入人员（CSV、Excel）',
        scopeCreep: '超范围成员报表：章程之外的成员',
      },
      goTo: '前往：{{page}}',
    },
  },
};
