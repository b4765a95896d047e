/** The Chinese (zh-CN) strings of features/diff/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  diff: {
    title: '变更对比',
    description:
      '对比两个快照、快照与当前、或台账中两个日期之间的变化：各群谁入群、谁退群及原因，角色和章程变更，例外审批，人员新增、变更、离职，事件和操作流程。',
    from: '起',
    to: '止',
    kind: { date: '某日', snapshot: '快照文件', now: '当前' },
    chooseFile: '选择快照文件…',
    chosen: '{{file}} · 导出于 {{date}}',
    noFile: '尚未选择文件',
    group: '群',
    unit: '单位',
    allGroups: '全部群',
    allUnits: '全部单位',
    compare: '对比',
    print: '打印',
    workbook: '台账工作簿',
    openAction: '对比两个日期或快照',
    generated: '{{org}} · 打印日期 {{date}}',
    checking: '正在校验“{{side}}”的快照文件（指纹、签名、历史记录）…',
    comparing: '正在对比…',
    stop: '停止',
    needFile: '请先为“{{side}}”选择快照文件。',
    joined: '入群',
    left: '退群',
    roles: '角色变更',
    exceptions: '例外审批',
    people: '人员',
    casework: '事件与操作流程',
    groupsChanged: '有变更的群',
    nothing: '两者之间没有变更。',
    shownOf: '已显示 {{shown}} / {{total}} 个群。',
    showAll: '显示全部 {{count}} 个群',
    arrow: '{{from}} → {{to}}',
  },
};
