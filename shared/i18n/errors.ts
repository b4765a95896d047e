/**
 * Error messages in every UI language. Main translates an error before it crosses the process
 * boundary; the renderer loads the same table as the i18next namespace `errors`.
 */
import type { Locale } from '../domain';
import { defineTexts, interpolate } from './texts';
import { doctorText } from './doctor';
import type { ErrorCode, ErrorParams } from '../errors';
import { HISTORY_ERROR_MESSAGES } from './historyErrors';
import { INCIDENT_ERROR_MESSAGES, INCIDENT_WORDS } from './incidentErrors';
import { paperText, type PaperKey } from './paper';
import { SNAPSHOT_DATE_WORDS } from './snapshotDates';
import { SNAPSHOT_TEXT_WORDS } from './snapshotTexts';
import { SNAPSHOT_ERROR_MESSAGES, snapshotLimitParams } from './snapshotErrors';

type Table = Record<ErrorCode, string>;

const en: Table = {
  invalid_input: 'Some of the information is not valid: {{detail}}',
  bad_argument: 'The option {{arg}} needs the path of a folder, for example {{arg}} "D:\\GroupLedger".',
  forbidden_sender: 'This request did not come from GroupLedger’s own window and was refused.',
  unknown_channel: 'GroupLedger does not know the request “{{channel}}”.',
  not_found: 'No {{kind}} with the id “{{id}}” is in the registry.',
  no_organisation: 'No organisation has been set up yet. Create one or load the demo organisation first.',
  no_registry: 'There is no GroupLedger registry in “{{dataDir}}”. Check the folder, or create one with “init”.',
  organisation_exists: 'This registry already holds an organisation.',
  registry_not_empty:
    'The registry already holds data, so nothing was imported into it. To restore a snapshot over it, use “Open or restore a ledger…” on the Snapshots page: a copy of the current registry is kept first.',
  membership_exists: '{{person}} is already a member of “{{group}}”.',
  not_a_member: '{{person}} is not a current member of “{{group}}”.',
  owner_cannot_be_removed: '{{person}} owns “{{group}}” and cannot be removed until ownership is transferred.',
  person_left: '{{person}} has left the organisation and cannot be added to a group.',
  group_closed: '“{{group}}” is {{status}}; its membership can no longer change.',
  outside_charter:
    '{{person}} is outside the charter of “{{group}}” ({{criteria}}). Request an exception: it needs the approval of {{approver}}.',
  not_allowed_to_add: 'Under the charter of “{{group}}”, only {{rule}} may add members; {{person}} may not.',
  no_approver:
    '“{{group}}” has no approver for exceptions in its charter. Name an approver (a person or a position) in the charter first.',
  exception_pending: 'An exception request for {{person}} in “{{group}}” is already waiting for a decision.',
  exception_decided: 'This exception request was already {{status}} on {{date}}; a decision is final.',
  not_the_approver: '{{person}} is not the approver of this exception; it must be decided by {{approver}}.',
  already_owner: '{{person}} already owns “{{group}}”.',
  within_charter:
    '{{person}} is within the charter of “{{group}}” ({{via}}) and can be added directly; no exception is needed.',
  owner_via_transfer:
    'The owner of “{{group}}” is not changed by editing the group. Use “Transfer ownership”, which records the reason.',
  date_too_early: 'The date {{date}} is too early: it cannot be before {{since}}, {{event}}.',
  date_in_future:
    'The date {{date}} has not come yet (today is {{today}}). The ledger records what has happened: enter it on the day.',
  owner_required: 'A group needs an owner: choose the person who owns it on the platform.',
  in_use: '“{{name}}” is still used by {{count}} record(s) ({{detail}}) and cannot be deleted.',
  unit_cycle: '“{{name}}” cannot be placed under itself or under one of its own sub-units.',
  duplicate_person:
    '{{name}} is already in the registry in {{unit}}. Open that record instead, or confirm that this is a different person.',
  duplicate_contact:
    '{{name}} ({{unit}}) already has the {{field}} {{value}}. The same number or handle is the same person: open that record instead.',
  left_on_required: 'Enter the date {{person}} left the organisation (YYYY-MM-DD).',
  rules_version_unknown: '“{{group}}” has no rules version {{version}}.',
  import_expired: 'The file to import is no longer open. Choose the file again.',
  import_unreadable:
    'The file “{{file}}” could not be read as a spreadsheet ({{detail}}). Save it as CSV or XLSX and try again.',
  import_too_large: 'The file is too large ({{size}}); files up to {{max}} can be imported.',
  import_cancelled: 'Reading the file was stopped. Nothing was imported.',
  import_limit: 'The file “{{file}}” is over a limit of what can be imported: {{detail}}. Nothing was imported.',
  import_empty: 'The file “{{file}}” has no rows of people under its header row.',
  import_no_name_column: 'No column is mapped to the name. Choose which column holds each person’s name.',
  import_has_errors:
    '{{count}} row(s) have errors. Nothing was imported: correct the file (or the column mapping) and try again.',
  import_same_name_unconfirmed:
    '{{count}} pair(s) of people have the same name in the same unit and have not been confirmed as different people. Nothing was imported: confirm each pair, or correct the file.',
  snapshot_unreadable: 'The file “{{path}}” could not be read ({{detail}}).',
  snapshot_truncated: 'The snapshot file is incomplete — it ends before the data does. Nothing was imported.',
  snapshot_not_json: 'The file is not a GroupLedger snapshot: it is not valid JSON ({{detail}}). Nothing was imported.',
  snapshot_checksum:
    'The snapshot’s checksum does not match its content — it was changed or damaged after export {{detail}}. Nothing was imported.',
  snapshot_version:
    'The snapshot is format version {{found}}; this GroupLedger reads version {{supported}}. Update GroupLedger to import it. Nothing was imported.',
  snapshot_schema: 'The snapshot does not follow the snapshot format ({{detail}}). Nothing was imported.',
  snapshot_cancelled: 'The import was cancelled.',
  snapshot_too_large:
    'The file is too large ({{size}}): a snapshot chosen in the browser can be at most {{max}}. Nothing was read. Restore a larger snapshot with the command line: group-ledger import snapshot FILE --replace.',
  registry_changed:
    'The registry changed while its copy was being made (another GroupLedger window or the command line wrote to it). Nothing was replaced; the copy in {{path}} was kept. Try again.',
  backup_unknown: 'There is no backup named “{{file}}” in this data folder.',
  registry_damaged:
    'The registry {{path}} cannot be used: {{problem}} Nothing was changed. Restore a backup (group-ledger backup restore) or open the app to recover.',
  backup_failed:
    'The copy of the current registry could not be written or did not verify ({{detail}}). No copy was kept and nothing was changed.',
  registry_locked: 'The registry is busy in another GroupLedger window or command. Try again in a moment.',
  registry_newer:
    'This registry was written by a newer GroupLedger (schema {{found}}; this one knows {{supported}}). Update GroupLedger to open it.',
  snapshot_event:
    'Event {{seq}} of the snapshot’s history ({{kind}}) does not have the content its kind requires ({{detail}}). Nothing was imported.',
  snapshot_future_date:
    'The snapshot holds a date that has not come yet — {{record}}: {{field}} {{value}} (today is {{today}}). A snapshot records only what has happened: it was written on a computer with a wrong clock, or changed afterwards. Nothing was imported.',
  migration_failed:
    'The registry could not be upgraded to this version of GroupLedger (step {{version}}, {{name}}: {{detail}}). The file was left exactly as it was; keep using the previous version and report this.',
  runbook_group_busy: '“{{group}}” already has a runbook that has not ended. Finish or cancel that one first.',
  runbook_not_draft: 'Only a draft runbook can be changed or started; this one has already started or ended.',
  runbook_not_running:
    'Steps can only be recorded or undone while the runbook is in progress (it is paused, a draft, or has ended).',
  runbook_not_paused: 'The runbook is not paused, so it cannot be resumed.',
  runbook_ended: 'The runbook has already ended (finished or cancelled) and cannot change any more.',
  runbook_owner_last:
    '{{person}} owns “{{group}}” and leaves last: record every other step first ({{left}} still open).',
  runbook_step_drift:
    '{{person}}’s membership of “{{group}}” was changed outside this runbook since it was planned. Nothing was overwritten: check the group, then skip this step with a reason.',
  runbook_step_recorded:
    'The step for {{person}} in “{{group}}” already has an outcome. Undo it first to record another.',
  runbook_unknown_step: 'This runbook has no step {{ord}}.',
  runbook_nothing_to_undo: 'No step of this runbook has been recorded yet, so there is nothing to undo.',
  runbook_no_steps: 'There is nothing to do: nobody fits this runbook for {{target}}.',
  runbook_successor_needed:
    '{{person}} owns “{{group}}”. Name a successor among its members; the ownership transfer is recorded before {{person}} leaves.',
  runbook_successor_invalid:
    '{{successor}} cannot take over “{{group}}”: the successor must be an active, current member other than {{person}}.',
  runbook_no_snapshot:
    '“{{group}}” cannot be rebuilt: it is not dissolved, or no finished dissolution left a snapshot of its members.',
  runbook_not_planned:
    '{{person}} cannot be pruned from “{{group}}”: only current members outside its charter can, never the owner or a deputy.',
  runbook_skip_reason: 'Give a reason for skipping the step for {{person}}.',
  group_not_adhoc: '“{{group}}” is a standing group: only an ad-hoc group has an end date to extend.',
  end_date_not_later: 'The new end date {{date}} must be later than the current one, {{current}}.',
  end_date_past:
    'The new end date {{date}} has already passed (today is {{today}}), so the group would still be expired. Choose today or a later day.',
  group_has_members:
    '“{{group}}” cannot be archived while people are still in it ({{count}}). Dissolve it first — everyone leaves, the owner last — then archive it.',
  group_archived: '“{{group}}” is already archived.',
  font_missing:
    'No font that can print Chinese and Vietnamese was found on this computer, so the PDF was not written. Install the free font “{{font}}” (or Microsoft YaHei on Windows), then export again. Looked in: {{places}}.',
  io_error: 'The file “{{path}}” could not be opened or written ({{detail}}).',
  internal: 'Something went wrong inside GroupLedger. Nothing was changed. Details are in the log.',
  internal_logged: 'Something went wrong inside GroupLedger. Nothing was changed. The details were written to {{log}}.',
  disk_full: 'The disk is full: nothing was saved. Free some space on the drive that holds {{path}}, then try again.',
  ...INCIDENT_ERROR_MESSAGES.en,
  ...SNAPSHOT_ERROR_MESSAGES.en,
  ...HISTORY_ERROR_MESSAGES.en,
};

const zhCN: Table = {
  invalid_input: '输入的信息有误：{{detail}}',
  bad_argument: '选项 {{arg}} 后面需要一个文件夹路径，例如 {{arg}} "D:\\GroupLedger"。',
  forbidden_sender: '该请求不是来自 GroupLedger 自己的窗口，已被拒绝。',
  unknown_channel: 'GroupLedger 不认识请求“{{channel}}”。',
  not_found: '台账中没有编号为“{{id}}”的{{kind}}。',
  no_organisation: '尚未设置单位。请先新建单位或载入示例单位。',
  no_registry: '“{{dataDir}}”中没有 GroupLedger 台账。请检查目录，或用“init”新建。',
  organisation_exists: '此台账已经有一个单位。',
  registry_not_empty:
    '台账中已有数据，未导入任何内容。如要用快照覆盖恢复，请在“快照”页使用“打开或恢复台账…”：会先保留一份当前台账的副本。',
  membership_exists: '{{person}} 已经是“{{group}}”的成员。',
  not_a_member: '{{person}} 目前不是“{{group}}”的成员。',
  owner_cannot_be_removed: '{{person}} 是“{{group}}”的群主，须先转让群主才能移出。',
  person_left: '{{person}} 已离开本单位，不能加入群。',
  group_closed: '“{{group}}”状态为{{status}}，成员不能再变动。',
  outside_charter: '{{person}} 不在“{{group}}”的建群范围内（{{criteria}}）。请提出例外申请，须经{{approver}}批准。',
  not_allowed_to_add: '按“{{group}}”的章程，只有{{rule}}可以拉人进群；{{person}} 不可以。',
  no_approver: '“{{group}}”的章程没有指定例外审批人。请先在章程中指定审批人（某人或某职务）。',
  exception_pending: '{{person}} 加入“{{group}}”的例外申请已在等待审批。',
  exception_decided: '该例外申请已于 {{date}} {{status}}，审批结果不可更改。',
  not_the_approver: '{{person}} 不是该例外申请的审批人，须由{{approver}}审批。',
  already_owner: '{{person}} 已经是“{{group}}”的群主。',
  within_charter: '{{person}} 符合“{{group}}”的建群范围（{{via}}），可以直接加入，无需例外申请。',
  owner_via_transfer: '编辑群信息不能更换“{{group}}”的群主。请使用“转让群主”，并写明原因。',
  date_too_early: '日期 {{date}} 过早：不能早于 {{since}}（{{event}}）。',
  date_in_future: '日期 {{date}} 还没到（今天是 {{today}}）。台账只记录已经发生的事，请到当天再登记。',
  owner_required: '群必须有群主：请选择在平台上担任群主的人。',
  in_use: '“{{name}}”仍被 {{count}} 条记录使用（{{detail}}），不能删除。',
  unit_cycle: '“{{name}}”不能放在它自己或它的下级部门之下。',
  duplicate_person: '台账中已有{{unit}}的 {{name}}。请打开该记录，或确认这是另一个人。',
  duplicate_contact: '台账中{{unit}}的 {{name}} 已登记{{field}} {{value}}。同一号码或账号就是同一个人：请打开该记录。',
  left_on_required: '请填写 {{person}} 离开本单位的日期（YYYY-MM-DD）。',
  rules_version_unknown: '“{{group}}”没有第 {{version}} 版群规。',
  import_expired: '要导入的文件已关闭，请重新选择文件。',
  import_unreadable: '无法把文件“{{file}}”读作表格（{{detail}}）。请另存为 CSV 或 XLSX 后重试。',
  import_too_large: '文件过大（{{size}}），最多可导入 {{max}} 的文件。',
  import_cancelled: '已停止读取文件，未导入任何内容。',
  import_limit: '文件“{{file}}”超出了可导入的限度：{{detail}}。未导入任何内容。',
  import_empty: '文件“{{file}}”的表头下面没有人员数据。',
  import_no_name_column: '没有指定“姓名”列。请选择哪一列是每个人的姓名。',
  import_has_errors: '有 {{count}} 行存在错误，未导入任何内容。请修改文件（或列对应关系）后重试。',
  import_same_name_unconfirmed:
    '有 {{count}} 对同单位同名的人员尚未确认是不同的人，未导入任何内容。请逐对确认，或修改文件。',
  snapshot_unreadable: '无法读取文件“{{path}}”（{{detail}}）。',
  snapshot_truncated: '快照文件不完整——数据没有写完就结束了。未导入任何内容。',
  snapshot_not_json: '该文件不是 GroupLedger 快照：不是有效的 JSON（{{detail}}）。未导入任何内容。',
  snapshot_checksum: '快照的校验和与内容不符——导出后被修改或损坏 {{detail}}。未导入任何内容。',
  snapshot_version:
    '快照格式版本为 {{found}}，本程序只能读取版本 {{supported}}。请升级 GroupLedger 后再导入。未导入任何内容。',
  snapshot_schema: '快照不符合快照格式（{{detail}}）。未导入任何内容。',
  snapshot_cancelled: '已取消导入。',
  snapshot_too_large:
    '文件过大（{{size}}）：在浏览器中选择的快照最大为 {{max}}。未读取任何内容。较大的快照请用命令行恢复：group-ledger import snapshot 文件 --replace。',
  registry_changed:
    '制作副本期间台账发生了变化（另一个 GroupLedger 窗口或命令行写入了数据）。未替换任何内容；副本 {{path}} 已保留。请重试。',
  backup_unknown: '此数据文件夹中没有名为“{{file}}”的备份。',
  registry_damaged:
    '台账 {{path}} 无法使用：{{problem}}未做任何更改。请恢复一份备份（group-ledger backup restore），或打开应用进行恢复。',
  backup_failed: '当前台账的副本无法写入或未通过校验（{{detail}}）。未保留副本，也未做任何更改。',
  registry_locked: '台账正被另一个 GroupLedger 窗口或命令使用，请稍后再试。',
  registry_newer:
    '此台账由更新版本的 GroupLedger 写入（结构版本 {{found}}，本程序支持 {{supported}}）。请升级后再打开。',
  snapshot_event: '快照历史中的第 {{seq}} 条记录（{{kind}}）内容不符合该类记录的格式（{{detail}}），未导入任何内容。',
  snapshot_future_date:
    '快照中有尚未到来的日期——{{record}}：{{field}} {{value}}（今天是 {{today}}）。快照只记录已经发生的事，它可能是在时钟不准的电脑上写出的，或事后被改动过。未导入任何内容。',
  migration_failed:
    '台账无法升级到此版本的 GroupLedger（第 {{version}} 步，{{name}}：{{detail}}）。文件保持原样未被改动；请继续使用旧版本并报告此问题。',
  runbook_group_busy: '“{{group}}”已有一个尚未结束的操作流程，请先完成或取消该流程。',
  runbook_not_draft: '只有草稿状态的操作流程可以修改或开始；该流程已经开始或已结束。',
  runbook_not_running: '只有进行中的操作流程才能记录或撤销步骤（该流程已暂停、仍是草稿或已结束）。',
  runbook_not_paused: '该操作流程没有暂停，无法继续。',
  runbook_ended: '该操作流程已结束（已完成或已取消），不能再更改。',
  runbook_owner_last: '{{person}} 是“{{group}}”的群主，须最后退出：请先记录其他所有步骤（还有 {{left}} 步未完成）。',
  runbook_step_drift:
    '{{person}} 在“{{group}}”中的成员身份在计划之后被流程外的操作改变，未作覆盖。请核对该群，然后填写原因跳过此步。',
  runbook_step_recorded: '{{person}} 在“{{group}}”的这一步已有结果。如需改记，请先撤销。',
  runbook_unknown_step: '该操作流程没有第 {{ord}} 步。',
  runbook_nothing_to_undo: '该操作流程还没有记录任何步骤，无可撤销。',
  runbook_no_steps: '没有需要处理的人员：{{target}} 没有符合该流程的成员。',
  runbook_successor_needed:
    '{{person}} 是“{{group}}”的群主。请从群成员中指定接任群主；转让群主会在 {{person}} 退出之前记录。',
  runbook_successor_invalid:
    '{{successor}} 不能接任“{{group}}”的群主：接任人须为该群的在职现有成员，且不是 {{person}}。',
  runbook_no_snapshot: '“{{group}}”无法重建：该群未解散，或没有已完成的解散流程留下的成员快照。',
  runbook_not_planned: '不能将 {{person}} 从“{{group}}”清理出群：只能清理不在建群范围内的现有成员，群主和副群主除外。',
  runbook_skip_reason: '跳过 {{person}} 这一步须填写原因。',
  group_not_adhoc: '“{{group}}”是常设群，只有临时群才有可延长的结束日期。',
  end_date_not_later: '新的结束日期 {{date}} 必须晚于当前的结束日期 {{current}}。',
  end_date_past: '新的结束日期 {{date}} 已经过去（今天是 {{today}}），该群仍会是已到期状态。请选择今天或之后的日期。',
  group_has_members: '“{{group}}”还有 {{count}} 名成员，不能归档。请先解散该群（成员逐一移出，群主最后），再归档。',
  group_archived: '“{{group}}”已经归档。',
  font_missing:
    '本机未找到可显示中文和越南文的字体，未生成 PDF。请安装免费字体“{{font}}”（Windows 也可用微软雅黑），然后重新导出。已查找：{{places}}。',
  io_error: '无法打开或写入文件“{{path}}”（{{detail}}）。',
  internal: 'GroupLedger 内部出错，未做任何更改。详情见日志。',
  internal_logged: 'GroupLedger 内部出错，未做任何更改。详情已写入 {{log}}。',
  disk_full: '磁盘已满，未保存任何内容。请先清理 {{path}} 所在磁盘的空间，再重试。',
  ...INCIDENT_ERROR_MESSAGES['zh-CN'],
  ...SNAPSHOT_ERROR_MESSAGES['zh-CN'],
  ...HISTORY_ERROR_MESSAGES['zh-CN'],
};

const vi: Table = {
  invalid_input: 'Thông tin nhập chưa hợp lệ: {{detail}}',
  bad_argument: 'Tùy chọn {{arg}} cần đường dẫn tới một thư mục, ví dụ {{arg}} "D:\\GroupLedger".',
  forbidden_sender: 'Yêu cầu này không đến từ cửa sổ của GroupLedger nên đã bị từ chối.',
  unknown_channel: 'GroupLedger không nhận ra yêu cầu “{{channel}}”.',
  not_found: 'Không có {{kind}} với mã “{{id}}” trong sổ.',
  no_organisation: 'Chưa thiết lập đơn vị. Hãy tạo đơn vị mới hoặc tải đơn vị mẫu trước.',
  no_registry: 'Không có sổ GroupLedger trong “{{dataDir}}”. Hãy kiểm tra thư mục, hoặc tạo sổ bằng lệnh “init”.',
  organisation_exists: 'Sổ này đã có một đơn vị.',
  registry_not_empty:
    'Sổ đã có dữ liệu nên chưa nhập gì vào sổ. Để khôi phục một bản chụp đè lên sổ này, hãy dùng “Mở hoặc khôi phục sổ…” ở trang Bản chụp: một bản sao của sổ hiện tại sẽ được giữ lại trước.',
  membership_exists: '{{person}} đã là thành viên của “{{group}}”.',
  not_a_member: '{{person}} hiện không phải thành viên của “{{group}}”.',
  owner_cannot_be_removed: '{{person}} là trưởng nhóm “{{group}}”, phải chuyển quyền trưởng nhóm trước khi xóa.',
  person_left: '{{person}} đã rời đơn vị, không thể thêm vào nhóm.',
  group_closed: 'Nhóm “{{group}}” đang ở trạng thái {{status}}, không thể thay đổi thành viên.',
  outside_charter:
    '{{person}} không thuộc thành phần của nhóm “{{group}}” ({{criteria}}). Hãy đề nghị ngoại lệ: cần {{approver}} phê duyệt.',
  not_allowed_to_add: 'Theo quy chế nhóm “{{group}}”, chỉ {{rule}} được thêm thành viên; {{person}} không được thêm.',
  no_approver:
    'Quy chế nhóm “{{group}}” chưa có người phê duyệt ngoại lệ. Hãy chỉ định người phê duyệt (một người hoặc một chức vụ) trước.',
  exception_pending: 'Đề nghị ngoại lệ cho {{person}} vào nhóm “{{group}}” đang chờ quyết định.',
  exception_decided: 'Đề nghị ngoại lệ này đã được {{status}} ngày {{date}}; quyết định không thể thay đổi.',
  not_the_approver: '{{person}} không phải người phê duyệt ngoại lệ này; phải do {{approver}} quyết định.',
  already_owner: '{{person}} đã là trưởng nhóm “{{group}}”.',
  within_charter:
    '{{person}} thuộc thành phần của nhóm “{{group}}” ({{via}}) nên có thể thêm trực tiếp, không cần đề nghị ngoại lệ.',
  owner_via_transfer:
    'Không đổi trưởng nhóm “{{group}}” bằng cách sửa thông tin nhóm. Hãy dùng “Chuyển quyền trưởng nhóm” và ghi rõ lý do.',
  date_too_early: 'Ngày {{date}} quá sớm: không thể trước ngày {{since}} ({{event}}).',
  date_in_future:
    'Ngày {{date}} chưa đến (hôm nay là {{today}}). Sổ chỉ ghi những việc đã xảy ra: hãy ghi vào đúng ngày đó.',
  owner_required: 'Nhóm phải có trưởng nhóm: hãy chọn người làm trưởng nhóm trên nền tảng.',
  in_use: '“{{name}}” vẫn được {{count}} bản ghi sử dụng ({{detail}}) nên không thể xóa.',
  unit_cycle: 'Không thể đặt “{{name}}” dưới chính nó hoặc dưới một đơn vị con của nó.',
  duplicate_person: '{{name}} thuộc {{unit}} đã có trong sổ. Hãy mở bản ghi đó, hoặc xác nhận đây là người khác.',
  duplicate_contact:
    '{{name}} ({{unit}}) đã có {{field}} {{value}} trong sổ. Cùng số hoặc tài khoản là cùng một người: hãy mở bản ghi đó.',
  left_on_required: 'Hãy nhập ngày {{person}} rời đơn vị (YYYY-MM-DD).',
  rules_version_unknown: 'Nhóm “{{group}}” không có nội quy phiên bản {{version}}.',
  import_expired: 'Tệp cần nhập không còn mở. Hãy chọn lại tệp.',
  import_unreadable:
    'Không đọc được tệp “{{file}}” dưới dạng bảng tính ({{detail}}). Hãy lưu thành CSV hoặc XLSX rồi thử lại.',
  import_too_large: 'Tệp quá lớn ({{size}}); chỉ nhập được tệp tối đa {{max}}.',
  import_cancelled: 'Đã dừng đọc tệp. Chưa nhập gì.',
  import_limit: 'Tệp “{{file}}” vượt quá giới hạn có thể nhập: {{detail}}. Chưa nhập gì cả.',
  import_empty: 'Tệp “{{file}}” không có dòng dữ liệu nào dưới dòng tiêu đề.',
  import_no_name_column: 'Chưa chọn cột họ tên. Hãy chọn cột chứa họ tên của từng người.',
  import_has_errors: '{{count}} dòng có lỗi. Chưa nhập gì: hãy sửa tệp (hoặc cách ghép cột) rồi thử lại.',
  import_same_name_unconfirmed:
    '{{count}} cặp người trùng họ tên trong cùng đơn vị chưa được xác nhận là hai người khác nhau. Chưa nhập gì: hãy xác nhận từng cặp, hoặc sửa tệp.',
  snapshot_unreadable: 'Không đọc được tệp “{{path}}” ({{detail}}).',
  snapshot_truncated: 'Tệp bản chụp không đầy đủ — tệp kết thúc trước khi hết dữ liệu. Chưa nhập gì.',
  snapshot_not_json: 'Tệp không phải bản chụp GroupLedger: không phải JSON hợp lệ ({{detail}}). Chưa nhập gì.',
  snapshot_checksum:
    'Mã kiểm tra của bản chụp không khớp với nội dung — tệp đã bị sửa hoặc hỏng sau khi xuất {{detail}}. Chưa nhập gì.',
  snapshot_version:
    'Bản chụp có định dạng phiên bản {{found}}; GroupLedger này đọc được phiên bản {{supported}}. Hãy cập nhật GroupLedger. Chưa nhập gì.',
  snapshot_schema: 'Bản chụp không đúng định dạng ({{detail}}). Chưa nhập gì.',
  snapshot_cancelled: 'Đã hủy nhập.',
  snapshot_too_large:
    'Tệp quá lớn ({{size}}): bản chụp chọn trong trình duyệt chỉ được tối đa {{max}}. Chưa đọc gì. Hãy khôi phục bản chụp lớn hơn bằng dòng lệnh: group-ledger import snapshot TỆP --replace.',
  registry_changed:
    'Sổ đã thay đổi trong lúc tạo bản sao (một cửa sổ GroupLedger khác hoặc dòng lệnh đã ghi vào). Chưa thay thế gì; bản sao {{path}} vẫn được giữ. Hãy thử lại.',
  backup_unknown: 'Thư mục dữ liệu này không có bản sao lưu nào tên “{{file}}”.',
  registry_damaged:
    'Không dùng được sổ {{path}}: {{problem}} Chưa thay đổi gì. Hãy khôi phục một bản sao lưu (group-ledger backup restore) hoặc mở ứng dụng để khôi phục.',
  backup_failed:
    'Không ghi được hoặc không kiểm tra được bản sao của sổ hiện tại ({{detail}}). Không giữ bản sao nào và chưa thay đổi gì.',
  registry_locked: 'Sổ đang được một cửa sổ hoặc lệnh GroupLedger khác sử dụng. Vui lòng thử lại sau.',
  registry_newer:
    'Sổ này được ghi bởi GroupLedger mới hơn (lược đồ {{found}}; bản này hỗ trợ {{supported}}). Hãy cập nhật để mở.',
  snapshot_event:
    'Bản ghi lịch sử số {{seq}} của bản sao lưu ({{kind}}) không có nội dung đúng với loại của nó ({{detail}}). Không có gì được nhập.',
  snapshot_future_date:
    'Bản chụp có một ngày chưa đến — {{record}}: {{field}} {{value}} (hôm nay là {{today}}). Bản chụp chỉ ghi những việc đã xảy ra: có thể nó được ghi trên máy có đồng hồ sai hoặc đã bị sửa sau đó. Không có gì được nhập.',
  migration_failed:
    'Không nâng cấp được sổ lên phiên bản GroupLedger này (bước {{version}}, {{name}}: {{detail}}). Tệp được giữ nguyên như cũ; hãy tiếp tục dùng phiên bản trước và báo lại lỗi này.',
  runbook_group_busy: 'Nhóm “{{group}}” đã có một quy trình chưa kết thúc. Hãy hoàn tất hoặc hủy quy trình đó trước.',
  runbook_not_draft:
    'Chỉ quy trình ở dạng nháp mới có thể sửa hoặc bắt đầu; quy trình này đã bắt đầu hoặc đã kết thúc.',
  runbook_not_running:
    'Chỉ ghi nhận hoặc hoàn tác bước khi quy trình đang thực hiện (quy trình đang tạm dừng, còn là nháp hoặc đã kết thúc).',
  runbook_not_paused: 'Quy trình không tạm dừng nên không thể tiếp tục.',
  runbook_ended: 'Quy trình đã kết thúc (hoàn tất hoặc đã hủy) và không thể thay đổi nữa.',
  runbook_owner_last:
    '{{person}} là trưởng nhóm “{{group}}” và rời nhóm sau cùng: hãy ghi nhận mọi bước khác trước (còn {{left}} bước).',
  runbook_step_drift:
    'Tư cách thành viên của {{person}} trong nhóm “{{group}}” đã bị thay đổi ngoài quy trình này kể từ khi lập kế hoạch. Không có gì bị ghi đè: hãy kiểm tra nhóm rồi bỏ qua bước này kèm lý do.',
  runbook_step_recorded:
    'Bước của {{person}} trong nhóm “{{group}}” đã có kết quả. Hãy hoàn tác trước khi ghi kết quả khác.',
  runbook_unknown_step: 'Quy trình này không có bước {{ord}}.',
  runbook_nothing_to_undo: 'Quy trình chưa ghi nhận bước nào nên không có gì để hoàn tác.',
  runbook_no_steps: 'Không có việc cần làm: không ai thuộc quy trình này đối với {{target}}.',
  runbook_successor_needed:
    '{{person}} là trưởng nhóm “{{group}}”. Hãy chọn người kế nhiệm trong số thành viên; việc chuyển quyền được ghi nhận trước khi {{person}} rời nhóm.',
  runbook_successor_invalid:
    '{{successor}} không thể tiếp quản nhóm “{{group}}”: người kế nhiệm phải là thành viên hiện tại đang công tác, khác {{person}}.',
  runbook_no_snapshot:
    'Không thể tái lập nhóm “{{group}}”: nhóm chưa giải thể, hoặc không có quy trình giải thể hoàn tất nào để lại danh sách thành viên.',
  runbook_not_planned:
    'Không thể loại {{person}} khỏi nhóm “{{group}}”: chỉ loại được thành viên hiện tại ngoài quy chế, không bao giờ là trưởng hay phó nhóm.',
  runbook_skip_reason: 'Hãy ghi lý do bỏ qua bước của {{person}}.',
  group_not_adhoc: 'Nhóm “{{group}}” là nhóm thường trực: chỉ nhóm tạm thời mới có ngày kết thúc để gia hạn.',
  end_date_not_later: 'Ngày kết thúc mới {{date}} phải sau ngày kết thúc hiện tại ({{current}}).',
  end_date_past:
    'Ngày kết thúc mới {{date}} đã qua (hôm nay là {{today}}), nhóm vẫn sẽ ở trạng thái hết hạn. Hãy chọn hôm nay hoặc một ngày sau đó.',
  group_has_members:
    'Không thể lưu trữ nhóm “{{group}}” khi vẫn còn người trong nhóm ({{count}} người). Hãy giải thể nhóm trước — lần lượt từng người rời nhóm, trưởng nhóm sau cùng — rồi mới lưu trữ.',
  group_archived: 'Nhóm “{{group}}” đã được lưu trữ.',
  font_missing:
    'Máy này không có phông chữ hiển thị được tiếng Trung và tiếng Việt nên chưa tạo PDF. Hãy cài phông miễn phí “{{font}}” (hoặc Microsoft YaHei trên Windows) rồi xuất lại. Đã tìm trong: {{places}}.',
  io_error: 'Không mở hoặc ghi được tệp “{{path}}” ({{detail}}).',
  internal: 'GroupLedger gặp lỗi nội bộ. Không có gì bị thay đổi. Chi tiết trong nhật ký.',
  internal_logged: 'GroupLedger gặp lỗi nội bộ. Không có gì bị thay đổi. Chi tiết đã được ghi vào {{log}}.',
  disk_full: 'Ổ đĩa đã đầy: chưa lưu được gì. Hãy giải phóng dung lượng trên ổ chứa {{path}} rồi thử lại.',
  ...INCIDENT_ERROR_MESSAGES.vi,
  ...SNAPSHOT_ERROR_MESSAGES.vi,
  ...HISTORY_ERROR_MESSAGES.vi,
};

export const ERROR_MESSAGES = defineTexts<Table>(en, zhCN, vi);

/** Fills `{{name}}` placeholders; a missing parameter becomes empty rather than a raw brace. */
export { interpolate };

export function errorMessage(locale: Locale, code: ErrorCode, params: ErrorParams = {}): string {
  // Vocabulary parameters (what kind of record, a group's status) are words of the UI language too.
  const localized = { ...params };
  for (const key of ['kind', 'status'] as const) {
    const value = params[key];
    if (typeof value === 'string') localized[key] = localizedKind(locale, value);
  }
  // A built-in incident kind is named in the language of the message (a kind of one's own by its label).
  if (typeof params.builtinKind === 'string') {
    localized.label = paperText(locale, `ikind.${params.builtinKind}` as PaperKey);
  }
  // Charter words: who may add, why someone is eligible, which date a date was checked against.
  for (const key of ['rule', 'via', 'event'] as const) {
    const value = params[key];
    if (typeof value === 'string') localized[key] = CHARTER_WORDS[locale][key][value] ?? value;
  }
  // The failed criteria of a charter check, e.g. mismatches "tier,unit", in words.
  if (code === 'outside_charter') {
    localized.criteria = charterMismatchText(locale, String(params.mismatches ?? ''));
    if (!params.approver) localized.approver = CHARTER_WORDS[locale].fallback.approver!;
  }
  // Directory words: the contact a duplicate shares, what still uses a unit or tier, and an issue
  // code (`issue`) spelled out as the detail of invalid input or a bad file; its text names the field.
  if (code === 'duplicate_contact' && typeof params.field === 'string') {
    localized.field = DIRECTORY_WORDS[locale].field[params.field] ?? params.field;
  }
  if (code === 'in_use' && params.detail === undefined) localized.detail = usesText(locale, params);
  // A copy whose history chain breaks: where and how, as the doctor says it.
  if (code === 'backup_failed' && typeof params.chainSeq === 'number' && typeof params.chainReason === 'string') {
    const reason = params.chainReason;
    if (reason === 'gap' || reason === 'previous' || reason === 'content') {
      localized.detail = doctorText(locale, `chain_${reason}`, { seq: params.chainSeq }).replace(/[.。]$/, '');
    }
  }
  if (code === 'snapshot_future_date' && typeof params.field === 'string') {
    localized.field = (SNAPSHOT_DATE_WORDS[locale] as Record<string, string>)[params.field] ?? params.field;
  }
  if (code === 'snapshot_text' && typeof params.list === 'string') {
    localized.list = (SNAPSHOT_TEXT_WORDS[locale] as Record<string, string>)[params.list] ?? params.list;
  }
  if (code === 'snapshot_limit') {
    Object.assign(
      localized,
      snapshotLimitParams(locale, params, (text, values) => interpolate(text, values as ErrorParams)),
    );
  }
  // The figures of a limit as the language writes numbers (20,000 · 20.000 · 20000).
  if (code === 'import_limit') {
    for (const key of ['found', 'max', 'row'] as const) {
      const value = params[key];
      if (typeof value === 'number') localized[key] = new Intl.NumberFormat(locale).format(value);
    }
  }
  if (typeof params.issue === 'string' && params.detail === undefined) {
    localized.detail = describeIssue(locale, {
      path: [],
      code: params.issue,
      message: params.issue,
      params: code === 'import_limit' ? localized : params,
    });
  }
  // An empty optional parameter leaves a gap before the full stop; close it.
  return interpolate(ERROR_MESSAGES[locale][code], localized)
    .replace(/\s+([。.])/g, '$1')
    .replace(/ {2,}/g, ' ');
}

const KINDS: Record<Locale, Record<string, string>> = {
  en: {
    person: 'person',
    group: 'group',
    unit: 'unit',
    tier: 'tier',
    membership: 'membership',
    runbook: 'runbook',
    active: 'active',
    dissolving: 'being dissolved',
    dissolved: 'dissolved',
    archived: 'archived',
    approved: 'approved',
    rejected: 'rejected',
    pending: 'pending',
    exception: 'exception request',
    rules: 'rules',
    ...INCIDENT_WORDS.en.kinds,
  },
  'zh-CN': {
    person: '人员',
    group: '群',
    unit: '部门',
    tier: '层级',
    membership: '成员关系',
    runbook: '操作流程',
    active: '在用',
    dissolving: '解散中',
    dissolved: '已解散',
    archived: '已归档',
    approved: '批准',
    rejected: '驳回',
    pending: '待审批',
    exception: '例外申请',
    rules: '群规',
    ...INCIDENT_WORDS['zh-CN'].kinds,
  },
  vi: {
    person: 'người',
    group: 'nhóm',
    unit: 'đơn vị',
    tier: 'cấp',
    membership: 'thành viên',
    runbook: 'quy trình',
    active: 'đang hoạt động',
    dissolving: 'đang giải tán',
    dissolved: 'đã giải tán',
    archived: 'đã lưu trữ',
    approved: 'phê duyệt',
    rejected: 'từ chối',
    pending: 'chờ duyệt',
    exception: 'đề nghị ngoại lệ',
    rules: 'nội quy',
    ...INCIDENT_WORDS.vi.kinds,
  },
};

/** What a schema issue says, in the UI language, keyed by zod issue code or our own message keys. */
const ISSUES: Record<Locale, Record<string, string>> = {
  en: {
    'date.format': 'use the date format YYYY-MM-DD',
    'date.invalid': 'that date does not exist',
    'days.range': 'must be a whole number of days from 1 to 365',
    'retention.range': 'is outside the allowed range',
    'backup.name': 'is not the name of a backup',
    ...INCIDENT_WORDS.en.issues,
    too_small: 'is missing or too short',
    too_big: 'is too long',
    invalid_type: 'has the wrong type or is missing',
    invalid_format: 'has the wrong format',
    invalid_value: 'is not one of the allowed values',
    unrecognized_keys: 'contains fields that are not allowed',
    other: 'is not valid',
    'phone.format': 'a phone number holds only digits, spaces, +, - and parentheses, with 5 to 20 digits (“{{value}}”)',
    'tiers.order': 'list every tier exactly once, highest first',
    'tier.limit': 'there can be at most {{max}} tiers',
    'import.binary': 'it is not a text file',
    'import.encoding': 'the text is not valid UTF-8',
    'import.quote': 'a quotation mark opened in row {{row}} is never closed',
    'import.xls': 'it is in the old Excel 97–2003 format (.xls); open it in Excel or WPS and save it as XLSX',
    'import.encrypted': 'the workbook is protected with a password; remove the password in Excel or WPS first',
    'import.ods': 'it is an OpenDocument spreadsheet (.ods, from LibreOffice or WPS); save it as XLSX',
    'import.html':
      'it is a web page (HTML or XML) saved with a spreadsheet’s name; open it in Excel or WPS and save it as XLSX',
    'import.xlsx_broken': 'the XLSX file is damaged or is not a workbook',
    'import.mixed_encoding':
      'its rows are saved in two different text encodings (UTF-8 and GBK/GB18030), the first different one is row {{row}}; open the file in Excel or WPS and save it again as “CSV UTF-8”',
    'import.limit.unpackedSize': 'its worksheet unpacks to more than {{max}}, the most that is read',
    'import.limit.rows':
      'it has more than {{max}} rows of people (row {{row}} is one too many); split it into several files',
    'import.limit.columns':
      'row {{row}} reaches column {{found}}, but at most {{max}} columns are read; delete the columns that are not needed',
    'import.limit.cellLength':
      'the cell in row {{row}}, column {{column}} holds {{found}} characters, but one cell can hold at most {{max}}',
    'text.direction':
      'it contains the invisible direction-changing character {{value}}, which makes text display differently from what is stored; remove it',
    'text.control_char':
      'it contains the control character {{value}}, which is not shown but can make a terminal or another program act on it; type the text again instead of pasting it',
    'text.broken_char':
      'it contains half of a character ({{value}}), which cannot be stored as it is; type the text again instead of pasting it',
    'import.mapping_unknown': 'the file has no column “{{value}}”',
  },
  'zh-CN': {
    'date.format': '日期格式应为 YYYY-MM-DD',
    'date.invalid': '该日期不存在',
    'days.range': '须为 1 到 365 之间的整数天数',
    'retention.range': '超出允许的范围',
    'backup.name': '不是备份的名称',
    ...INCIDENT_WORDS['zh-CN'].issues,
    too_small: '缺失或过短',
    too_big: '过长',
    invalid_type: '类型错误或缺失',
    invalid_format: '格式不正确',
    invalid_value: '不是允许的取值',
    unrecognized_keys: '包含不允许的字段',
    other: '无效',
    'phone.format': '电话号码只能包含数字、空格、+、- 和括号，数字为 5 到 20 位（“{{value}}”）',
    'tiers.order': '须列出全部层级，每个一次，从高到低',
    'tier.limit': '层级最多 {{max}} 个',
    'import.binary': '不是文本文件',
    'import.encoding': '文本不是有效的 UTF-8 编码',
    'import.quote': '第 {{row}} 行的引号没有闭合',
    'import.xls': '这是旧版 Excel 97–2003 格式（.xls）的文件，请用 Excel 或 WPS 打开后另存为 XLSX',
    'import.encrypted': '工作簿设置了密码，请先在 Excel 或 WPS 中取消密码',
    'import.ods': '这是 OpenDocument 表格（.ods，LibreOffice 或 WPS 保存），请另存为 XLSX',
    'import.html': '这是以表格文件名保存的网页（HTML 或 XML），请用 Excel 或 WPS 打开后另存为 XLSX',
    'import.xlsx_broken': 'XLSX 文件已损坏或不是工作簿',
    'import.mixed_encoding':
      '各行使用了两种不同的文字编码（UTF-8 和 GBK/GB18030），第一处不同在第 {{row}} 行；请用 Excel 或 WPS 打开后重新另存为“CSV UTF-8”',
    'import.limit.unpackedSize': '工作表解压后超过 {{max}}，超出可读取的上限',
    'import.limit.rows': '人员超过 {{max}} 行（第 {{row}} 行已超出），请拆分为几个文件',
    'import.limit.columns': '第 {{row}} 行用到了第 {{found}} 列，最多只读取 {{max}} 列；请删除不需要的列',
    'import.limit.cellLength': '第 {{row}} 行 {{column}} 列的单元格有 {{found}} 个字符，一个单元格最多 {{max}} 个字符',
    'text.direction': '含有会改变文字方向的不可见字符 {{value}}，显示出的内容会与实际保存的不同，请删除该字符',
    'text.control_char': '含有控制字符 {{value}}，它不显示，却可能让终端或其他程序执行操作，请直接输入，不要粘贴',
    'text.broken_char': '含有残缺的字符（{{value}}），无法按原样保存，请直接输入，不要粘贴',
    'import.mapping_unknown': '文件中没有“{{value}}”列',
  },
  vi: {
    'date.format': 'ngày phải theo định dạng YYYY-MM-DD',
    'date.invalid': 'ngày này không tồn tại',
    'days.range': 'phải là số ngày nguyên từ 1 đến 365',
    'retention.range': 'nằm ngoài khoảng cho phép',
    'backup.name': 'không phải tên của một bản sao lưu',
    ...INCIDENT_WORDS.vi.issues,
    too_small: 'bị thiếu hoặc quá ngắn',
    too_big: 'quá dài',
    invalid_type: 'sai kiểu hoặc bị thiếu',
    invalid_format: 'sai định dạng',
    invalid_value: 'không thuộc các giá trị cho phép',
    unrecognized_keys: 'có trường không được phép',
    other: 'không hợp lệ',
    'phone.format': 'số điện thoại chỉ gồm chữ số, dấu cách, +, - và dấu ngoặc, có từ 5 đến 20 chữ số (“{{value}}”)',
    'tiers.order': 'hãy liệt kê mỗi cấp đúng một lần, từ cao xuống thấp',
    'tier.limit': 'chỉ có tối đa {{max}} cấp',
    'import.binary': 'đây không phải tệp văn bản',
    'import.encoding': 'nội dung không phải UTF-8 hợp lệ',
    'import.quote': 'dấu ngoặc kép mở ở dòng {{row}} không được đóng',
    'import.xls': 'đây là tệp định dạng Excel 97–2003 cũ (.xls); hãy mở bằng Excel hoặc WPS rồi lưu lại dạng XLSX',
    'import.encrypted': 'bảng tính được đặt mật khẩu; hãy bỏ mật khẩu trong Excel hoặc WPS trước',
    'import.ods': 'đây là bảng tính OpenDocument (.ods, từ LibreOffice hoặc WPS); hãy lưu lại dạng XLSX',
    'import.html':
      'đây là trang web (HTML hoặc XML) được lưu với tên bảng tính; hãy mở bằng Excel hoặc WPS rồi lưu lại dạng XLSX',
    'import.xlsx_broken': 'tệp XLSX bị hỏng hoặc không phải bảng tính',
    'import.mixed_encoding':
      'các dòng được lưu bằng hai bảng mã khác nhau (UTF-8 và GBK/GB18030), dòng khác đầu tiên là dòng {{row}}; hãy mở tệp bằng Excel hoặc WPS rồi lưu lại dạng “CSV UTF-8”',
    'import.limit.unpackedSize': 'trang tính sau khi giải nén lớn hơn {{max}}, mức tối đa được đọc',
    'import.limit.rows': 'tệp có hơn {{max}} dòng nhân sự (dòng {{row}} đã vượt quá); hãy tách thành nhiều tệp',
    'import.limit.columns':
      'dòng {{row}} dùng đến cột thứ {{found}}, nhưng chỉ đọc tối đa {{max}} cột; hãy xóa các cột không cần',
    'import.limit.cellLength':
      'ô ở dòng {{row}}, cột {{column}} có {{found}} ký tự, nhưng một ô chỉ chứa được tối đa {{max}} ký tự',
    'text.direction':
      'có ký tự ẩn {{value}} làm đổi chiều văn bản, khiến nội dung hiển thị khác với nội dung được lưu; hãy xóa ký tự này',
    'text.control_char':
      'có ký tự điều khiển {{value}}: ký tự này không hiển thị nhưng có thể khiến cửa sổ lệnh hoặc chương trình khác thực hiện thao tác; hãy gõ lại, đừng dán',
    'text.broken_char': 'có một nửa ký tự ({{value}}) không lưu được nguyên dạng; hãy gõ lại, đừng dán',
    'import.mapping_unknown': 'tệp không có cột “{{value}}”',
  },
};

const CHARTER_WORDS: Record<
  Locale,
  Record<'rule' | 'via' | 'event' | 'mismatch' | 'fallback', Record<string, string>>
> = {
  en: {
    rule: {
      owner: 'the group owner',
      owner_and_deputies: 'the owner and deputies',
      administrator: 'the administrator',
    },
    via: {
      owner: 'the group owner',
      deputy: 'a deputy',
      named: 'named in the charter',
      criteria: 'meets the charter',
      open: 'the charter names no composition',
    },
    event: {
      joined: 'the day the member joined',
      group_created: 'the day the group was created',
      requested: 'the day the exception was requested',
      decided: 'the day of the decision',
      ...INCIDENT_WORDS.en.events,
    },
    mismatch: {
      tier: 'not in an eligible tier',
      unit: 'not in an eligible unit',
      position: 'not in an eligible position',
      left: 'has left the organisation',
      not_named: 'not among the people the charter names',
      none: 'not named in the charter',
      separator: '; ',
    },
    fallback: { approver: 'the approver named in the charter' },
  },
  'zh-CN': {
    rule: { owner: '群主', owner_and_deputies: '群主和群管理员', administrator: '台账管理员' },
    via: {
      owner: '群主',
      deputy: '群管理员',
      named: '章程点名人员',
      criteria: '符合章程条件',
      open: '章程未限定成员范围',
    },
    event: {
      joined: '该成员入群之日',
      group_created: '建群之日',
      requested: '提出例外申请之日',
      decided: '审批之日',
      ...INCIDENT_WORDS['zh-CN'].events,
    },
    mismatch: {
      tier: '层级不符',
      unit: '部门不符',
      position: '职务不符',
      left: '已离开本单位',
      not_named: '不在章程点名的人员之列',
      none: '不在章程点名人员之列',
      separator: '、',
    },
    fallback: { approver: '章程指定的审批人' },
  },
  vi: {
    rule: { owner: 'trưởng nhóm', owner_and_deputies: 'trưởng nhóm và phó nhóm', administrator: 'người quản trị sổ' },
    via: {
      owner: 'trưởng nhóm',
      deputy: 'phó nhóm',
      named: 'có tên trong quy chế',
      criteria: 'đúng thành phần quy định',
      open: 'quy chế chưa quy định thành phần',
    },
    event: {
      joined: 'ngày thành viên vào nhóm',
      group_created: 'ngày lập nhóm',
      requested: 'ngày đề nghị ngoại lệ',
      decided: 'ngày quyết định',
      ...INCIDENT_WORDS.vi.events,
    },
    mismatch: {
      tier: 'không thuộc cấp được tham gia',
      unit: 'không thuộc đơn vị được tham gia',
      position: 'không giữ chức vụ được tham gia',
      left: 'đã rời đơn vị',
      not_named: 'không có trong danh sách quy chế nêu tên',
      none: 'không có tên trong quy chế',
      separator: '; ',
    },
    fallback: { approver: 'người phê duyệt ghi trong quy chế' },
  },
};

/** Mismatch codes ("tier,unit") as words of the UI language; none means "not named in the charter". */
export function charterMismatchText(locale: Locale, mismatches: string): string {
  const words = CHARTER_WORDS[locale].mismatch;
  const codes = mismatches
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (codes.length === 0) return words.none!;
  return codes.map((c) => words[c] ?? c).join(words.separator);
}

const DIRECTORY_WORDS: Record<
  Locale,
  { field: Record<string, string>; uses: Record<string, string>; separator: string }
> = {
  en: {
    field: {
      phone: 'phone number',
      'handles.wechat': 'WeChat ID',
      'handles.wecom': 'WeCom ID',
      'handles.zalo': 'Zalo number',
      'handles.dingtalk': 'DingTalk ID',
      'handles.teams': 'Teams account',
      'handles.telegram': 'Telegram account',
      'handles.other': 'handle',
    },
    uses: {
      people: '{{n}} active staff',
      leavers: '{{n}} former staff',
      subUnits: '{{n}} sub-unit(s)',
      charters: '{{n}} group charter(s)',
    },
    separator: ', ',
  },
  'zh-CN': {
    field: {
      phone: '电话',
      'handles.wechat': '微信号',
      'handles.wecom': '企业微信号',
      'handles.zalo': 'Zalo 号',
      'handles.dingtalk': '钉钉号',
      'handles.teams': 'Teams 账号',
      'handles.telegram': 'Telegram 账号',
      'handles.other': '账号',
    },
    uses: {
      people: '人员 {{n}} 人',
      leavers: '已离开人员 {{n}} 人',
      subUnits: '下级部门 {{n}} 个',
      charters: '群章程 {{n}} 个',
    },
    separator: '、',
  },
  vi: {
    field: {
      phone: 'số điện thoại',
      'handles.wechat': 'tài khoản WeChat',
      'handles.wecom': 'tài khoản WeCom',
      'handles.zalo': 'số Zalo',
      'handles.dingtalk': 'tài khoản DingTalk',
      'handles.teams': 'tài khoản Teams',
      'handles.telegram': 'tài khoản Telegram',
      'handles.other': 'tài khoản',
    },
    uses: {
      people: '{{n}} người',
      leavers: '{{n}} người đã nghỉ',
      subUnits: '{{n}} đơn vị con',
      charters: '{{n}} quy chế nhóm',
    },
    separator: '; ',
  },
};

/** What still uses a unit or tier (params people / leavers / subUnits / charters), in words. */
function usesText(locale: Locale, params: ErrorParams): string {
  const words = DIRECTORY_WORDS[locale];
  return (['people', 'leavers', 'subUnits', 'charters'] as const)
    .filter((key) => typeof params[key] === 'number' && params[key] > 0)
    .map((key) => interpolate(words.uses[key]!, { n: params[key]! }))
    .join(words.separator);
}

export function localizedKind(locale: Locale, kind: string): string {
  return KINDS[locale][kind] ?? kind;
}

/** One schema issue as "field: what is wrong", in the UI language (its params, e.g. a code point, filled in). */
export function describeIssue(
  locale: Locale,
  issue: { path: PropertyKey[]; code: string; message: string; params?: Record<string, unknown> },
): string {
  const table = ISSUES[locale];
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).filter((e): e is [string, string | number] =>
      ['string', 'number'].includes(typeof e[1]),
    ),
  );
  const text = interpolate(table[issue.message] ?? table[issue.code] ?? table.other!, params);
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${text}` : text;
}
