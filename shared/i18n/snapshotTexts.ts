/**
 * The kinds of record of a snapshot, named as the administrator knows them, for the message that
 * refuses a snapshot holding a text the window would refuse (error `snapshot_text`, its `list`
 * parameter). Keys are the lists of the snapshot's content (electron/capabilities/snapshots/texts.ts).
 */
import type { Locale } from '../domain';

export const SNAPSHOT_TEXT_LISTS = [
  'organisation',
  'tiers',
  'units',
  'people',
  'groups',
  'memberships',
  'exceptions',
  'rules',
  'acknowledgements',
  'runbooks',
  'incidents',
  'incidentKinds',
] as const;
export type SnapshotTextList = (typeof SNAPSHOT_TEXT_LISTS)[number];

export const SNAPSHOT_TEXT_WORDS: Record<Locale, Record<SnapshotTextList, string>> = {
  en: {
    organisation: 'the organisation',
    tiers: 'a tier',
    units: 'a unit',
    people: 'a person',
    groups: 'a group',
    memberships: 'a membership',
    exceptions: 'an exception request',
    rules: 'a version of group rules',
    acknowledgements: 'an acknowledgement of group rules',
    runbooks: 'a runbook',
    incidents: 'an incident',
    incidentKinds: 'an incident kind',
  },
  'zh-CN': {
    organisation: '机构',
    tiers: '层级',
    units: '部门',
    people: '人员',
    groups: '工作群',
    memberships: '入群记录',
    exceptions: '例外申请',
    rules: '群规版本',
    acknowledgements: '群规确认',
    runbooks: '操作流程',
    incidents: '事件',
    incidentKinds: '事件类型',
  },
  vi: {
    organisation: 'tổ chức',
    tiers: 'một cấp',
    units: 'một đơn vị',
    people: 'một người',
    groups: 'một nhóm',
    memberships: 'một lần vào nhóm',
    exceptions: 'một đề nghị ngoại lệ',
    rules: 'một phiên bản nội quy',
    acknowledgements: 'một xác nhận nội quy',
    runbooks: 'một quy trình',
    incidents: 'một sự việc',
    incidentKinds: 'một loại sự việc',
  },
};
