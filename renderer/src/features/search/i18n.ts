/**
 * UI strings of the command palette, in every language.
 * The English table defines the shape; zh-CN and vi are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/index.ts merges the
 * tables into one), and plural forms keep `_one` / `_other` in every language.
 */
import type { Messages } from '../../i18n/messages';

const en = {
  palette: {
    title: 'Search the registry',
    placeholder: 'Name, pinyin (lw, liwei), Vietnamese without accents, phone or handle',
    people: 'People',
    groups: 'Groups',
    empty: 'Nothing in the registry matches “{{query}}”.',
    start: 'Type at least one letter to search people and groups.',
    hintMove: 'to move',
    hintOpen: 'to open',
    hintClose: 'to close',
    searching: 'Searching…',
  },
  insights: {
    palette: {
      pages: 'Go to',
      actions: 'Actions',
      startHint:
        'Type a name, pinyin, phone or handle, or words of an incident’s summary — or pick a page or an action.',
      action: {
        newPerson: 'New person',
        newGroup: 'New group',
        importPeople: 'Import people from a file (CSV, Excel)',
        scopeCreep: 'Scope-creep report: members outside the charter',
      },
      goTo: 'Go to {{page}}',
    },
  },
};

const zhCN: Messages<typeof en> = {
  palette: {
    title: '搜索台账',
    placeholder: '姓名、拼音（lw、liwei）、手机号或微信号',
    people: '人员',
    groups: '工作群',
    empty: '台账中没有与“{{query}}”匹配的内容。',
    start: '输入至少一个字即可搜索人员和工作群。',
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

const vi: Messages<typeof en> = {
  palette: {
    title: 'Tìm trong sổ',
    placeholder: 'Họ tên (có thể gõ không dấu), số điện thoại hoặc tài khoản',
    people: 'Nhân sự',
    groups: 'Nhóm',
    empty: 'Không có kết quả nào khớp với “{{query}}”.',
    start: 'Gõ ít nhất một ký tự để tìm nhân sự và nhóm.',
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

export const messages = { en, 'zh-CN': zhCN, vi };
