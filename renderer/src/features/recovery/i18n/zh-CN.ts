/** The Chinese (zh-CN) strings of features/recovery/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  recovery: {
    titleDamaged: '无法打开台账：台账文件已损坏',
    titleHistory: '无法打开台账：历史记录缺少已经写入的更改',
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
    lostCounted_one:
      '最后记录的更改是 {{last}} 的第 {{recorded}} 条历史记录；此备份包含到第 {{held}} 条为止的记录：{{time}} 之后的 {{count}} 项更改将丢失。损坏的文件会被移到一旁（文件名加上时间），不会删除。',
    lostCounted_other:
      '最后记录的更改是 {{last}} 的第 {{recorded}} 条历史记录；此备份包含到第 {{held}} 条为止的记录：{{time}} 之后的 {{count}} 项更改将丢失。损坏的文件会被移到一旁（文件名加上时间），不会删除。',
    lostNone:
      '此备份包含已记录的全部更改（到第 {{held}} 条历史记录为止），不会丢失任何内容。损坏的文件会被移到一旁（文件名加上时间），不会删除。',
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
