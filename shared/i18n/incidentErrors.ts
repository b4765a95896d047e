/**
 * Error messages and words of the incidents capability (issue 10), in every UI language; joined
 * into the tables of errors.ts. `{{incident}}` is the incident as the administrator knows it:
 * its group and the start of the summary; `{{to}}`, `{{by}}` are names or positions.
 */
import type { Locale } from '../domain';

export const INCIDENT_ERROR_CODES = [
  'incident_final',
  'incident_not_final',
  'incident_not_escalated',
  'incident_step_waiting',
  'incident_step_decided',
  'incident_already_decided',
  'incident_reason_required',
  'incident_kind_label',
  'incident_kind_duplicate',
  'incident_kind_retired_duplicate',
  'incident_kind_retired',
  'incident_kind_builtin',
  'incident_kind_last',
] as const;
export type IncidentErrorCode = (typeof INCIDENT_ERROR_CODES)[number];

export const INCIDENT_ERROR_MESSAGES: Record<Locale, Record<IncidentErrorCode, string>> = {
  en: {
    incident_final:
      'The incident “{{incident}}” (noticed {{noticed}}) is {{status}} and can no longer change. Reopen it, with the reason, if there is more to record.',
    incident_not_final:
      'The incident “{{incident}}” (noticed {{noticed}}) is {{status}}; only a closed or dismissed incident can be reopened.',
    incident_not_escalated:
      'No escalation step of the incident “{{incident}}” (noticed {{noticed}}) is waiting for a decision. Record to whom it was escalated first, then the decision.',
    incident_step_waiting:
      'The incident “{{incident}}” cannot be closed: the step put to {{to}} on {{since}} has been waiting {{days}} day(s) for a decision. Record the decision first.',
    incident_step_decided:
      'The step put to {{to}} on {{since}} was already decided by {{by}} on {{date}}; a decision is final. Record a new escalation step if the matter goes further.',
    incident_already_decided:
      'The incident “{{incident}}” was already decided by {{by}} on {{date}}. Close it once the decision is carried out rather than dismissing it.',
    incident_reason_required: 'Give the reason why the incident “{{incident}}” is {{status}}.',
    incident_kind_label: 'The name of an incident kind must have 1 to {{max}} characters (“{{label}}” has {{length}}).',
    incident_kind_duplicate: 'There is already an incident kind named “{{label}}”. Choose another name.',
    incident_kind_retired_duplicate:
      'The retired incident kind “{{label}}” has this name. Offer it again in Settings instead of adding it twice.',
    incident_kind_retired:
      'The incident kind “{{label}}” is no longer offered for incidents. Choose another kind, or offer it again in Settings.',
    incident_kind_builtin:
      'The built-in kind “{{label}}” keeps its name in every language. Hide it and add a kind of your own instead.',
    incident_kind_last: 'At least one incident kind must stay offered for new incidents.',
  },
  'zh-CN': {
    incident_final:
      '事件“{{incident}}”（{{noticed}} 发现）已{{status}}，不能再更改。如有新情况，请先注明理由重新打开。',
    incident_not_final:
      '事件“{{incident}}”（{{noticed}} 发现）目前为“{{status}}”，只有已结案或已撤销的事件才能重新打开。',
    incident_not_escalated:
      '事件“{{incident}}”（{{noticed}} 发现）没有等待决定的上报记录。请先记录向谁上报，再记录决定。',
    incident_step_waiting: '事件“{{incident}}”不能结案：{{since}} 向{{to}}的上报已等待决定 {{days}} 天。请先记录决定。',
    incident_step_decided:
      '{{since}} 向{{to}}的上报已由{{by}}于 {{date}} 作出决定，决定不能更改。如需进一步处理，请新增一次上报。',
    incident_already_decided: '事件“{{incident}}”已由{{by}}于 {{date}} 作出决定。决定落实后请结案，而不是撤销。',
    incident_reason_required: '请填写事件“{{incident}}”{{status}}的理由。',
    incident_kind_label: '事件类型名称须为 1 到 {{max}} 个字（“{{label}}”有 {{length}} 个字）。',
    incident_kind_duplicate: '已有名为“{{label}}”的事件类型，请换一个名称。',
    incident_kind_retired_duplicate: '已停用的事件类型“{{label}}”使用了这个名称。请在设置中重新启用它，不要重复添加。',
    incident_kind_retired: '事件类型“{{label}}”已不再使用。请选择其他类型，或在设置中重新启用。',
    incident_kind_builtin: '内置类型“{{label}}”在各语言中的名称固定，不能改名。可以隐藏它，另外添加自己的类型。',
    incident_kind_last: '至少要保留一个可用于新事件的事件类型。',
  },
  vi: {
    incident_final:
      'Sự việc “{{incident}}” (phát hiện ngày {{noticed}}) đã {{status}} và không thể thay đổi nữa. Nếu có tình tiết mới, hãy mở lại kèm lý do.',
    incident_not_final:
      'Sự việc “{{incident}}” (phát hiện ngày {{noticed}}) đang ở trạng thái “{{status}}”; chỉ sự việc đã kết thúc hoặc đã bác bỏ mới mở lại được.',
    incident_not_escalated:
      'Sự việc “{{incident}}” (phát hiện ngày {{noticed}}) không có lần báo cáo nào đang chờ quyết định. Hãy ghi báo cáo lên ai trước, sau đó mới ghi quyết định.',
    incident_step_waiting:
      'Chưa thể kết thúc sự việc “{{incident}}”: lần báo cáo lên {{to}} ngày {{since}} đã chờ quyết định {{days}} ngày. Hãy ghi quyết định trước.',
    incident_step_decided:
      'Lần báo cáo lên {{to}} ngày {{since}} đã được {{by}} quyết định ngày {{date}}; quyết định là cuối cùng. Nếu cần xử lý tiếp, hãy ghi một lần báo cáo mới.',
    incident_already_decided:
      'Sự việc “{{incident}}” đã được {{by}} quyết định ngày {{date}}. Hãy kết thúc sau khi thực hiện quyết định, không bác bỏ.',
    incident_reason_required: 'Hãy ghi lý do sự việc “{{incident}}” được {{status}}.',
    incident_kind_label: 'Tên loại sự việc phải có từ 1 đến {{max}} ký tự (“{{label}}” có {{length}}).',
    incident_kind_duplicate: 'Đã có loại sự việc tên “{{label}}”. Hãy chọn tên khác.',
    incident_kind_retired_duplicate:
      'Loại sự việc đã ngừng dùng “{{label}}” có tên này. Hãy dùng lại loại đó trong Cài đặt thay vì thêm lần nữa.',
    incident_kind_retired:
      'Loại sự việc “{{label}}” không còn được dùng cho sự việc mới. Hãy chọn loại khác hoặc dùng lại loại này trong Cài đặt.',
    incident_kind_builtin:
      'Loại có sẵn “{{label}}” giữ nguyên tên trong mọi ngôn ngữ, không đổi tên được. Hãy ẩn nó và thêm loại của riêng bạn.',
    incident_kind_last: 'Phải giữ ít nhất một loại sự việc dùng được cho sự việc mới.',
  },
};

/** Record kinds, statuses and the dates a date is checked against, joined into the tables of errors.ts. */
export const INCIDENT_WORDS: Record<
  Locale,
  { kinds: Record<string, string>; events: Record<string, string>; issues: Record<string, string> }
> = {
  en: {
    kinds: {
      incident: 'incident',
      incident_kind: 'incident kind',
      escalation_step: 'escalation step',
      open: 'open',
      escalated: 'escalated',
      decided: 'decided',
      closed: 'closed',
      dismissed: 'dismissed',
      reopened: 'reopened',
    },
    events: {
      incident_occurred: 'the day the incident occurred',
      incident_noticed: 'the day the incident was noticed',
      step_escalated: 'the day of the escalation',
      incident_decided: 'the day of the last decision',
      incident_closed: 'the day it was closed or dismissed',
    },
    issues: {
      'text.control':
        'contains control or text-direction characters; type the text again instead of pasting it from a chat',
    },
  },
  'zh-CN': {
    kinds: {
      incident: '事件',
      incident_kind: '事件类型',
      escalation_step: '上报记录',
      open: '待处理',
      escalated: '已上报',
      decided: '已决定',
      closed: '结案',
      dismissed: '撤销',
      reopened: '重新打开',
    },
    events: {
      incident_occurred: '事件发生之日',
      incident_noticed: '发现事件之日',
      step_escalated: '上报之日',
      incident_decided: '最后一次决定之日',
      incident_closed: '结案或撤销之日',
    },
    issues: { 'text.control': '含有控制字符或改变文字方向的字符，请直接输入，不要从聊天记录中粘贴' },
  },
  vi: {
    kinds: {
      incident: 'sự việc',
      incident_kind: 'loại sự việc',
      escalation_step: 'lần báo cáo',
      open: 'đang mở',
      escalated: 'đã báo cáo',
      decided: 'đã có quyết định',
      closed: 'kết thúc',
      dismissed: 'bác bỏ',
      reopened: 'mở lại',
    },
    events: {
      incident_occurred: 'ngày xảy ra sự việc',
      incident_noticed: 'ngày phát hiện sự việc',
      step_escalated: 'ngày báo cáo',
      incident_decided: 'ngày quyết định cuối cùng',
      incident_closed: 'ngày kết thúc hoặc bác bỏ',
    },
    issues: {
      'text.control': 'có ký tự điều khiển hoặc ký tự đổi chiều văn bản; hãy gõ lại, đừng dán từ tin nhắn',
    },
  },
};
