/** Everything the command line prints to a person, in en, zh-CN and vi. */
import type { Locale } from '../../shared/domain';
import { defineTexts, textOf, type TextsLike } from '../../shared/i18n/texts';
import { matchLocale } from '../../shared/i18n/locale';

const en = {
  'usage.main': `Usage: group-ledger <command> [options]

Commands:
  init --org NAME [--locale L] [--demo [county-bureau|youth-union]] [--fixture small|medium|large]
                               create the organisation (or load a demo or scale fixture)
  doctor                       check the database and the history chain
  export snapshot FILE         write the whole registry to a snapshot file
  export workbook FILE         write the ledger workbook (XLSX): units, people, groups, memberships …
  export people FILE           write the people directory (FILE ending .csv or .xlsx)
  diff A B [--group G] [--unit U] [--xlsx FILE | --pdf FILE]
                               what changed from A to B (a snapshot file, a date or "now")
  import snapshot FILE [--dry-run] [--replace]
                               verify a snapshot and import it into an empty registry, or with
                               --replace over this one (a verified copy of it is kept first)
  verify FILE                  verify a snapshot file without importing it, or a report PDF;
                               says who signed it: this ledger, another (its key), or
                               unsigned or altered
  import people FILE [--dry-run] [--map FIELD=COLUMN,...] [--accept-same-name]
                               import people from a CSV or XLSX file (all rows or none)
  members GROUP [--as-of YYYY-MM-DD] [--csv FILE | --xlsx FILE]
                               list a group's members, now or on a date, against its charter
  report scope-creep           members outside each group's charter and how they got in
  search TEXT                  find people and groups by name, pinyin (lw), unaccented
                               Vietnamese, phone or handle
  runbook list [--state S] | show ID | step ID done|skip|failed [--note TEXT] | cancel ID --reason TEXT
                               walk a runbook (dissolve, prune, offboard, rebuild) one step at a time
  runbook report ID --pdf FILE | --xlsx FILE
                               the runbook's report for the director
  incident list [--group G] [--status S] [--since D] | show ID | kinds | new … | escalate ID … | decide ID … | close ID
                               incidents, their escalations and decisions
  incident report ID | --group G | --since D  --pdf FILE | --xlsx FILE
                               one incident, or all of a group or a period, as a report
  backup list [--verify] | create | verify [FILE] | restore FILE|--newest [--yes]
                               the verified backups of the registry (taken each day, before a
                               restore, a migration, a runbook or a people import, and on demand)

Options for every command:
  --data DIR     the registry folder (default: {{dataDir}})
  --json         print JSON instead of text
  --lang L       language of messages: zh-CN, vi or en
  --actor NAME   who signs the changes (default: the administrator's name set in the app)
  --read-only    open the registry read-only. Commands that only read (doctor, export snapshot,
                 verify, members, report, search, runbook list/show/report, incident
                 list/show/kinds/report) run beside an open app without it: they open the
                 registry read-only by themselves when the app has the folder. Commands that
                 change the ledger need the folder to themselves: close the app first.
  --help         help for a command`,
  'usage.init': `Usage: group-ledger init --org NAME [--locale zh-CN|vi|en] [--demo [county-bureau|youth-union]] [--data DIR] [--json]

Creates the organisation in an empty registry. With --demo, loads a demo organisation instead
(--org then renames it). With --fixture, writes a generated organisation for scale testing
(large: 10,000 people, 1,000 groups, 100,000 memberships, 200,000 history events). The default
locale is en.`,
  'usage.doctor': `Usage: group-ledger doctor [--data DIR] [--json]

Checks the database's integrity, its foreign keys, the tamper-evident history chain and the schema
version. Exits 1 when any check fails.`,
  'usage.export': `Usage: group-ledger export snapshot FILE [--format sqlite|json] [--password-file F | --encrypt] [--compress] [--data DIR] [--json]
       group-ledger export workbook FILE [--lang L] [--data DIR] [--json]
       group-ledger export people FILE.csv|FILE.xlsx [--lang L] [--data DIR] [--json]

export snapshot: writes the whole registry as one snapshot file, signed by this installation: by
default the registry's own SQLite database behind a header with its SHA-256 checksum (fast to write
and to import; docs/snapshot-container.md); --format json writes the JSON document of
docs/snapshot.schema.json instead (larger and slower, readable by other tools).
export workbook: writes the ledger as one XLSX workbook for an inspection — organisation, units,
tiers, people, groups with their charters, memberships with their intervals, exceptions, rules
and acknowledgements, incidents and runbooks — with headers in the language of --lang.
export people: writes the people directory as CSV (UTF-8 with BOM) or XLSX.
Every file is on disk before the command reports success.
--password-file F encrypts it (AES-256-GCM, key from scrypt; see docs/snapshot-encryption.md) with
the first line of F as the password (at least 8 characters); --encrypt asks for the password at the
prompt instead. --compress writes it gzip-compressed. verify and import snapshot read every form.`,
  'usage.diff': `Usage: group-ledger diff A B [--group G] [--unit U] [--xlsx FILE | --pdf FILE] [--data DIR] [--json]

Shows what changed from A to B. Each of A and B is a snapshot file, a date (YYYY-MM-DD: the
registry at the end of that day) or "now". Per group: who joined, who left and why, role, owner,
status and charter changes, exceptions decided; people added, changed (which fields) and left;
incidents and runbooks opened and closed. The earlier side is always taken as the start.
--group and --unit narrow it to one group or one unit (and the units below it).
--xlsx or --pdf writes it as a workbook or a PDF instead of printing it.`,
  'usage.import': `Usage: group-ledger import snapshot FILE [--dry-run] [--replace] [--password-file F] [--data DIR] [--json]
       group-ledger import people FILE [--dry-run] [--map FIELD=COLUMN,...] [--accept-same-name] [--data DIR] [--json]

import snapshot: verifies a snapshot and imports it, all or nothing, into an empty registry. With
--dry-run it only verifies and shows what would be imported. With --replace it restores the
snapshot over a registry that holds data: first a verified copy of the registry is written to the
data folder's backups/ (its path is printed), then everything is replaced in one transaction.

import people: reads a CSV (UTF-8, with or without BOM, or GB18030 from Chinese Excel) or XLSX
file whose first row names the columns, checks every row and prints each error with its row
number. When any row has an error nothing is imported (exit 1); otherwise every row is imported
in one step. With --dry-run it only checks. Units and tiers the registry does not have are
created. Columns are recognised by their names (姓名, 单位, Họ tên, Đơn vị, Name, Unit…);
--map says it yourself, e.g. --map name=姓名,unit=部门,phone=手机,handle.wechat=微信号
Fields: name, unit, position, tier, phone, handle.wechat, handle.wecom, handle.zalo,
handle.dingtalk, handle.teams, handle.telegram, status, leftOn.
A department written as a path (单位/执法监察大队/一中队, as WeCom and DingTalk export it) goes into
the unit tree; of several departments separated by “;” the first is the unit.
Rows with the same phone or handle are the same person (an error). Rows with only the same name in
the same unit (王伟 and 王伟) are listed as pairs: if they are different people, --accept-same-name
imports them as two people.`,
  'usage.verify': `Usage: group-ledger verify FILE [--password-file F] [--json]

Verifies a snapshot file: complete JSON, known version, checksum, schema, references and history
chain. Changes nothing. An encrypted file needs its password: from --password-file, or typed at the
prompt.`,
  'usage.members': `Usage: group-ledger members GROUP [--as-of YYYY-MM-DD] [--csv FILE | --xlsx FILE] [--data DIR] [--json]

Lists the members of a group, now or exactly as they were on a date: role, unit, tier, joined,
who added them, on what basis, and whether they are in the charter, in by exception or outside
it. GROUP is the group's id or name, or part of it as you would search (中层, zcgb).
With --csv (UTF-8 with BOM, for Excel) or --xlsx the list is written to the file instead.`,
  'usage.report': `Usage: group-ledger report scope-creep [--data DIR] [--json]

For each active group whose charter names who belongs: the members outside the charter and how
each got in (basis, who added them, who asked, when, the exception that let them in), with totals.`,
  'usage.search': `Usage: group-ledger search TEXT [--data DIR] [--json]

Finds people and groups by name, pinyin in full or by initials (liwei, lw), Vietnamese without
diacritics (nguyen trong nhan), phone or platform handle. Shows at most 20 of each.`,
  'usage.runbook': `Usage: group-ledger runbook list [--state draft|in_progress|paused|finished|cancelled] [--data DIR] [--json]
       group-ledger runbook show ID
       group-ledger runbook step ID done|skip|failed [--note TEXT]
       group-ledger runbook cancel ID --reason TEXT
       group-ledger runbook report ID --pdf FILE | --xlsx FILE

A runbook is planned and started in the app; here it is walked and reported. ID is the number
shown as #N by "runbook list". "step" records the outcome of the next step (the person shown as
next): done makes the change in the registry, skip needs --note saying why, failed may be tried
again. A runbook walked here continues in the app and back. "report" writes the report for the
director: what, why, who authorised it, every person with outcome and time.`,
  'usage.incident': `Usage: group-ledger incident list [--group G] [--status S] [--since YYYY-MM-DD] [--data DIR] [--json]
       group-ledger incident show ID
       group-ledger incident kinds
       group-ledger incident new --kind K --severity S --summary TEXT [--group G] [--occurred D] [--noticed D]
       group-ledger incident escalate ID --to PERSON_OR_POSITION [--how in_person|phone|written|chat] [--asked TEXT] [--from PERSON_OR_POSITION]
       group-ledger incident decide ID --by PERSON_OR_POSITION --decision TEXT
       group-ledger incident close ID
       group-ledger incident report ID | --group G | --since D [--until D]  --pdf FILE | --xlsx FILE

Kinds: quarrel, confidential_leak, off_topic_or_flooding, scope_creep, rule_breach, other, or the name of
a kind of your own added in Settings ("incident kinds" lists them all).
Severities: low, medium, high, critical. Statuses: open, escalated, decided, closed, dismissed.
ID is the number shown as #N by "incident list". A person is named by name or id; any other text
is a position (局长). The summary is your own account, never the messages themselves.`,
  'error.usage': 'Error: {{detail}}',
  'error.seeHelp': 'Run "group-ledger {{command}} --help" for usage.',
  'error.unknownCommand': 'unknown command "{{command}}"',
  'error.missingArg': 'missing {{what}}',
  'error.encryptNeedsPassword':
    '--encrypt asks for the password at the prompt, and this is not a terminal: give it with --password-file F',
  'password.prompt': 'Password of {{file}}: ',
  'password.new': 'Password for the snapshot (at least 8 characters): ',
  'password.repeat': 'The same password again: ',
  'password.mismatch': 'The two passwords differ. Nothing was written.',
  'password.none': 'No password was typed. Nothing was written.',
  'password.fileUnreadable': 'The password file {{path}} could not be read ({{detail}}).',
  'password.fileEmpty': 'The password file {{path}} is empty: its first line is the password.',
  'error.extraArg': 'unexpected argument "{{arg}}"',
  'error.badLocale': '--locale must be zh-CN, vi or en, not "{{value}}"',
  'error.badDemo': '--demo must be county-bureau or youth-union, not "{{value}}"',
  'error.badFixture': '--fixture must be small, medium or large, not "{{value}}"',
  'error.demoOrFixture': 'use either --demo or --fixture, not both',
  'error.badDate': '--as-of must be a date written YYYY-MM-DD, such as 2024-03-01, not "{{value}}"',
  'error.noGroup': 'No group matches "{{query}}".',
  'error.manyGroups': '"{{query}}" matches {{count}} groups. Give the id or the full name of one of them:',
  'error.badReport': 'unknown report "{{value}}"; the report is scope-creep',
  'error.badSearch': 'give the text to search for, at most 200 characters',
  'error.mapOnlyPeople': '--map is for "import people" only',
  'error.acceptOnlyPeople': '--accept-same-name is for "import people" only',
  'error.mapSyntax': '--map takes FIELD=COLUMN pairs separated by commas, not "{{part}}"',
  'error.mapField': '--map: "{{field}}" is not a field; the fields are {{fields}}',
  'error.mapHeader': '--map: the file has no column "{{header}}"; its columns are {{headers}}',
  'error.mapTwice': '--map names the field "{{field}}" twice',
  'error.mapHeaderTwice': '--map: the column "{{header}}" is given to both {{a}} and {{b}}',
  'error.mapNoName': '--map must say which column holds the name, e.g. name=姓名',
  'error.prefix': 'Error: {{message}}',
  'error.openElsewhere':
    'GroupLedger is open on this folder ({{dataDir}}) — close it or use --read-only (for commands that only read). Nothing was changed.',
  'error.readOnlyWrites': '"{{command}}" changes the ledger, so it cannot run with --read-only',
  'init.done': 'Created the organisation “{{name}}” ({{locale}}) in {{dataDir}}.',
  'init.demo':
    'Loaded the demo organisation “{{name}}”: {{people}} people, {{groups}} groups, {{memberships}} memberships.',
  'init.fixture':
    'Wrote the scale fixture “{{name}}”: {{people}} people, {{groups}} groups, {{memberships}} memberships, {{events}} history events.',
  'usage.backup': `Usage: group-ledger backup list [--verify] [--data DIR] [--json]
       group-ledger backup create [--data DIR] [--json]
       group-ledger backup verify [FILE] [--data DIR] [--json]
       group-ledger backup restore FILE | --newest [--yes] [--data DIR] [--json]

Backups are verified copies of the registry in the data folder's backups/, each with a manifest
(time, reason, size, counts, where the history ends). The app takes one at the first start of each
day, before a restore, a migration, a runbook start and a people import; "create" takes one now. Kept: 7 daily,
4 weekly, 12 monthly, and the "before …" ones for 30 days (set in the app).
"verify" checks each again (integrity and history chain). "restore" replaces the registry with a
backup: without --yes it only says what would be lost. A healthy registry is backed up first; a
damaged one is moved aside (renamed with the time), never deleted.`,
  'backup.none': 'There are no backups in {{dataDir}}.',
  'backup.noneVerifies': 'No backup in {{dataDir}} verifies.',
  'backup.col.time': 'Taken',
  'backup.col.reason': 'Why',
  'backup.col.size': 'Size',
  'backup.col.people': 'People',
  'backup.col.groups': 'Groups',
  'backup.col.verified': 'Verified',
  'backup.col.file': 'File',
  'backup.reason.daily': 'start of the day',
  'backup.reason.manual': 'by hand',
  'backup.reason.before-restore': 'before a restore',
  'backup.reason.before-migration': 'before an upgrade',
  'backup.reason.before-runbook': 'before a runbook',
  'backup.reason.before-import': 'before a people import',
  'backup.verified.ok': 'yes',
  'backup.verified.failed': 'FAILED',
  'backup.verified.unchecked': 'not checked',
  'backup.created':
    'Took a verified backup {{file}} ({{size}}; {{people}} people, {{groups}} groups; history up to entry {{seq}}).',
  'backup.verifyOk': 'All {{count}} backups verify.',
  'backup.verifyFailed': '{{failed}} of {{count}} backups do not verify.',
  'backup.confirm':
    'Restoring the backup of {{when}} would lose the {{lost}} history entries made since then (a backup of the registry as it is is taken first). To restore it, run again with --yes: group-ledger backup restore {{file}} --yes',
  'backup.confirmDamaged':
    'The registry is damaged. Restoring the backup of {{when}} loses whatever was changed after that time; the damaged file is moved aside, not deleted. To restore it, run again with --yes: group-ledger backup restore {{file}} --yes',
  'backup.confirmDamagedCounted':
    'The registry is damaged. Its last change recorded is history entry {{recorded}} ({{last}}); the backup of {{when}} holds the entries up to {{held}}: restoring it loses {{lost}} changes. The damaged file is moved aside, not deleted. To restore it, run again with --yes: group-ledger backup restore {{file}} --yes',
  'backup.restored':
    'Restored the registry as it was on {{when}}. The registry as it was just before is kept as {{before}}.',
  'backup.restoredDamaged':
    'Restored the registry as it was on {{when}}. The damaged file was moved aside to {{movedAside}}.',
  'doctor.ok': 'All checks passed.',
  'doctor.failed': 'Some checks failed.',
  'export.done':
    'Exported {{people}} people, {{groups}} groups, {{memberships}} memberships and {{events}} events to {{path}} ({{bytes}} bytes).\nChecksum: {{checksum}}',
  'verify.pdf': 'A PDF report, {{bytes}} bytes.',
  'verify.ok':
    'The snapshot is valid: “{{organisation}}”, exported {{exportedAt}}; {{people}} people, {{groups}} groups, {{memberships}} memberships, {{events}} events.\nChecksum: {{checksum}}',
  'import.dryRun':
    'Dry run: the snapshot is valid and would import {{people}} people, {{groups}} groups, {{memberships}} memberships and {{events}} events. Nothing was written.',
  'import.done':
    'Imported {{people}} people, {{groups}} groups, {{memberships}} memberships and {{events}} events into {{dataDir}}.',
  'import.notEmpty':
    'The registry in {{dataDir}} already holds data, so nothing was imported. To restore the snapshot over it, run the command again with --replace: a verified copy of the current registry is kept first.',
  'import.replaced':
    'Kept a verified copy of the registry as it was ({{oldPeople}} people, {{oldGroups}} groups, {{oldEvents}} events) in\n  {{backup}}\nThen replaced it with the snapshot: {{people}} people, {{groups}} groups, {{memberships}} memberships and {{events}} events in {{dataDir}}.',
  'members.header': '{{group}} — {{count}} members{{asOf}}',
  'members.asOf': ' on {{date}}',
  'members.count': '{{count}} members',
  'members.none': 'The group has no members.',
  'members.noneThen': 'Nobody was in the group on that date.',
  'members.beforeCreated': 'Nobody: the group was created on {{date}}.',
  'members.summary': '{{inCharter}} in the charter, {{byException}} by exception, {{outside}} outside the charter.',
  'members.noCharter':
    'The charter does not say who belongs (no tiers, units, positions or people), so nobody is outside it.',
  'col.name': 'Name',
  'col.role': 'Role',
  'col.unit': 'Unit',
  'col.tier': 'Tier',
  'col.position': 'Position',
  'col.joined': 'Joined',
  'col.left': 'Left',
  'col.addedBy': 'Added by',
  'col.requestedBy': 'Asked for by',
  'col.basis': 'How they got in',
  'col.eligibility': 'Charter',
  'col.place': 'Unit · tier',
  'col.standing': 'Charter (fails)',
  'col.phone': 'Phone',
  'col.handles': 'Handles',
  'col.groups': 'Groups',
  'col.platform': 'Platform',
  'col.members': 'Members',
  'col.owner': 'Owner',
  'col.status': 'Status',
  'person.leftMark': '(left)',
  'eligibility.in_charter': 'in charter',
  'eligibility.exception': 'by exception',
  'eligibility.outside': 'OUTSIDE',
  'mismatch.tier': 'tier',
  'mismatch.unit': 'unit',
  'mismatch.position': 'position',
  'mismatch.left': 'has left',
  'mismatch.not_named': 'not named',
  'platform.wechat': 'WeChat',
  'platform.wecom': 'WeCom',
  'platform.zalo': 'Zalo',
  'platform.dingtalk': 'DingTalk',
  'platform.teams': 'Teams',
  'platform.telegram': 'Telegram',
  'platform.other': 'other',
  'groupStatus.active': 'active',
  'groupStatus.dissolving': 'being dissolved',
  'groupStatus.dissolved': 'dissolved',
  'groupStatus.archived': 'archived',
  'scope.title': 'Scope-creep report ({{at}} UTC): members outside each group’s charter and how they got in',
  'scope.group':
    '{{name}} ({{platform}}) — {{members}} members: {{inCharter}} in the charter, {{byException}} by exception, {{outside}} outside',
  'scope.unknown': 'not recorded',
  'scope.standing': '{{standing}} ({{fails}})',
  'scope.none': 'No active group holds anyone outside its charter.',
  'scope.totals':
    'In all: {{groups}} groups hold {{outside}} members outside their charter and {{byException}} by exception.',
  'scope.withoutCharter': '{{count}} active groups have a charter that does not say who belongs; they are not checked.',
  'search.people': 'People ({{count}})',
  'search.groups': 'Groups ({{count}})',
  'search.none': 'Nothing matches "{{query}}".',
  'search.limited': '  Only the first {{count}} are shown: type more to narrow the search.',
  'importPeople.file': '{{file}}: {{format}}{{encoding}}, {{rows}} rows under the header row.',
  'importPeople.columns': 'Columns: {{columns}}',
  'importPeople.unused': 'Not imported: {{headers}}',
  'importPeople.counts': '{{total}} rows: {{valid}} ready, {{withErrors}} with errors.',
  'importPeople.newUnits': 'New units (created on import): {{names}}',
  'importPeople.newTiers': 'New tiers (created on import): {{names}}',
  'importPeople.headersFound': 'The file’s columns: {{headers}}',
  'importPeople.useMap': 'Say which column is which with --map, e.g. --map name=姓名,unit=部门',
  'importPeople.dryRun': 'Dry run: all {{count}} rows are ready to import. Nothing was written.',
  'importPeople.sameNameTitle':
    'Same name in the same unit, with no phone or handle in common ({{count}} pairs): two different people, or one person twice?',
  'importPeople.samePair': '  {{name}}{{unit}}: {{first}} and {{second}}',
  'importPeople.pairRow': 'row {{row}}',
  'importPeople.pairSide': '{{side}} ({{details}})',
  'importPeople.pairUnit': ' ({{unit}})',
  'importPeople.pairRegistry': 'already in the registry',
  'importPeople.pairUnknown': 'no position or phone',
  'importPeople.sameNameHint':
    'If they are different people, run the command again with --accept-same-name: each is imported as a person of their own, told apart by position and phone.',
  'importPeople.sameNameAccepted': 'Confirmed with --accept-same-name: these {{count}} pairs are different people.',
  'importPeople.otherUnits': '{{row}}: unit {{unit}}; the other departments in the cell are not imported: {{others}}',
  'importPeople.done':
    'Imported {{imported}} people into {{dataDir}} ({{newUnits}} new units, {{newTiers}} new tiers).',
  'encoding.utf-8': 'UTF-8',
  'encoding.utf-8-bom': 'UTF-8 with BOM',
  'encoding.gb18030': 'GB18030 (Chinese Excel)',
  'encoding.utf-16': 'UTF-16',
  'role.owner': 'owner',
  'role.deputy': 'deputy',
  'role.member': 'member',
  'basis.founding': 'founding member',
  'basis.charter': 'added under the charter',
  'basis.exception': 'approved exception',
  'basis.import': 'imported',
  'basis.manual': 'added by hand',
  'list.separator': ', ',
  'check.ok': 'ok',
  'check.failed': 'FAILED',
  'error.badHandle': '{{what}} must be the number shown as #N, not "{{value}}"',
  'error.badChoice': '{{option}} must be one of {{values}}, not "{{value}}"',
  'error.badDateOption': '{{option}} must be a date written YYYY-MM-DD, such as 2024-03-01, not "{{value}}"',
  'error.manyPeople': '"{{query}}" names {{count}} people; give the id of one of them: {{ids}}',
  'error.reportTarget': 'give either --pdf FILE or --xlsx FILE',
  'error.reportScope': 'give an incident ID, --group G or --since YYYY-MM-DD',
  'error.skipNote': 'a skipped step needs --note TEXT saying why',
  'paper.written': 'Wrote {{path}} ({{bytes}} bytes).',
  'error.diffSide': '"{{value}}" is neither a snapshot file, a date written YYYY-MM-DD nor "now"',
  'error.tableTarget': 'give either --csv FILE or --xlsx FILE',
  'error.tableFile': 'the file name must end with .csv or .xlsx: {{value}}',
  'error.noUnit': 'No unit is called "{{unit}}".',
  'runbook.none': 'No runbooks.',
  'runbook.noNext': 'No step is left to walk.',
  'runbook.next': 'Next: step {{ord}} — {{action}} {{name}} ({{detail}}) in “{{group}}”.',
  'runbook.recorded': 'Step {{ord}}: {{name}} in “{{group}}” — {{outcome}}. {{done}} of {{total}} recorded.',
  'runbook.finished': '{{runbook}} is finished.',
  'runbook.cancelled': '{{runbook}} was cancelled: {{reason}}',
  'incident.none': 'No incidents.',
  'incident.kindOwn': 'your own',
  'incident.kindBuiltin': 'built-in',
  'incident.kindOffered': 'offered',
  'incident.kindHidden': 'hidden',
  'incident.kindRetired': 'retired',
  'incident.kindCount': 'Incidents',
  'incident.kindOrigin': 'Origin',
  'incident.kindState': 'For new incidents',
  'incident.waiting': 'waiting for a decision for {{days}} day(s)',
  'incident.recorded': 'Recorded the incident {{incident}} ({{status}}).',
  'incident.escalated': 'Escalated the incident {{incident}} ({{status}}).',
  'incident.decided': 'Recorded the decision on {{incident}} ({{status}}).',
  'incident.closed': 'Closed the incident {{incident}}.',
  'incident.administrator': 'Office administrator',
  'incident.askedDefault': 'Asked for a decision',
};

type Messages = TextsLike<typeof en>;

const zhCN: Messages = {
  'usage.main': `用法：group-ledger <命令> [选项]

命令：
  init --org 名称 [--locale 语言] [--demo [county-bureau|youth-union]] [--fixture small|medium|large]
                               新建单位（或载入示例单位、规模测试数据）
  doctor                       检查数据库和历史记录链
  export snapshot 文件         将整个台账写入快照文件
  export workbook 文件         导出台账工作簿（XLSX）：单位、人员、群、成员记录……
  export people 文件           导出人员名录（文件名以 .csv 或 .xlsx 结尾）
  diff A B [--group 群] [--unit 单位] [--xlsx 文件 | --pdf 文件]
                               对比 A 到 B 的变更（快照文件、日期或 now）
  import snapshot 文件 [--dry-run] [--replace]
                               校验快照并导入到空台账；使用 --replace 时覆盖当前台账
                               （先保留一份经过校验的当前台账副本）
  verify 文件                  只校验快照文件（不导入）或 PDF 报告，并说明签名者：
                               本台账、其他台账（其密钥），或未签名或已被改动
  import people 文件 [--dry-run] [--map 字段=列名,...] [--accept-same-name]
                               从 CSV 或 XLSX 文件导入人员（要么全部导入，要么都不导入）
  members 群 [--as-of YYYY-MM-DD] [--csv 文件 | --xlsx 文件]
                               列出群成员（当前或某日）及是否符合群章程
  report scope-creep           各群超出章程的成员及其入群经过
  search 文字                  按姓名、拼音（lw）、无声调越南文、电话或账号查找人员和群
  runbook list [--state 状态] | show 编号 | step 编号 done|skip|failed [--note 说明] | cancel 编号 --reason 原因
                               逐步执行操作流程（解散、清理、离职移出、重建）
  runbook report 编号 --pdf 文件 | --xlsx 文件
                               生成呈报领导的操作报告
  incident list [--group 群] [--status 状态] [--since 日期] | show 编号 | kinds | new … | escalate 编号 … | decide 编号 … | close 编号
                               事件、上报及决定
  incident report 编号 | --group 群 | --since 日期  --pdf 文件 | --xlsx 文件
                               单个事件，或某群、某期间全部事件的报告
  backup list [--verify] | create | verify [文件] | restore 文件|--newest [--yes]
                               台账的校验备份（每天首次启动、恢复、升级、开始操作流程或导入人员名单前自动备份，也可随时手动备份）

通用选项：
  --data 目录    台账所在目录（默认：{{dataDir}}）
  --json         以 JSON 输出
  --lang 语言    提示语言：zh-CN、vi 或 en
  --actor 姓名   更改的署名人（默认：应用中设置的管理员姓名）
  --read-only    以只读方式打开台账。只读取的命令（doctor、export snapshot、verify、members、
                 report、search、runbook list/show/report、incident list/show/kinds/report）
                 不加此选项也可在应用打开时运行：应用占用该目录时它们自动以只读方式打开。
                 会更改台账的命令需要独占该目录：请先关闭应用。
  --help         查看命令帮助`,
  'usage.init': `用法：group-ledger init --org 名称 [--locale zh-CN|vi|en] [--demo [county-bureau|youth-union]] [--data 目录] [--json]

在空台账中新建单位。使用 --demo 时载入示例单位（--org 可为其改名）。使用 --fixture 时写入用于规模测试的生成数据
（large：10,000 人、1,000 个群、100,000 条成员关系、200,000 条历史记录）。默认语言为 en。`,
  'usage.doctor': `用法：group-ledger doctor [--data 目录] [--json]

检查数据库完整性、外键、防篡改的历史记录链和结构版本。任一检查失败时退出码为 1。`,
  'usage.export': `用法：group-ledger export snapshot 文件 [--format sqlite|json] [--password-file 密码文件 | --encrypt] [--compress] [--data 目录] [--json]
      group-ledger export workbook 文件 [--lang 语言] [--data 目录] [--json]
      group-ledger export people 文件.csv|文件.xlsx [--lang 语言] [--data 目录] [--json]

export snapshot：将整个台账写成一个由本机签名的快照文件：默认为台账自身的 SQLite 数据库加上带 SHA-256
校验和的文件头（写出和导入都快，见 docs/snapshot-container.md）；--format json 改为写出
docs/snapshot.schema.json 所述的 JSON 文档（更大、更慢，可供其他工具读取）。
export workbook：将台账写成一个供检查用的 XLSX 工作簿——单位信息、机构、职级、人员、工作群及章程、
群成员记录（含起止日期）、例外审批、群规及确认、事件和操作流程——表头使用 --lang 指定的语言。
export people：将人员名录写成 CSV（带 BOM 的 UTF-8）或 XLSX。
命令报告成功时文件已写入磁盘。
--password-file 用密码文件的第一行作为密码（至少 8 个字符）加密快照（AES-256-GCM，密钥由 scrypt 派生，见 docs/snapshot-encryption.md）；
--encrypt 改为在提示符处输入密码。--compress 以 gzip 压缩写出。verify 和 import snapshot 可读取以上各种形式。`,
  'usage.diff': `用法：group-ledger diff A B [--group 群] [--unit 单位] [--xlsx 文件 | --pdf 文件] [--data 目录] [--json]

显示从 A 到 B 的变更。A、B 各为一个快照文件、一个日期（YYYY-MM-DD：该日日终的台账）或 now。
按群列出：谁入群、谁退群及原因、角色、群主、状态和章程的变更、例外审批；新增、信息变更和离职的人员；
新登记和已办结的事件、操作流程。总以较早的一方为起点。
--group、--unit 只看一个群或一个单位（含下级单位）。
--xlsx 或 --pdf 将结果写成工作簿或 PDF，而不在终端显示。`,
  'usage.import': `用法：group-ledger import snapshot 文件 [--dry-run] [--replace] [--password-file 密码文件] [--data 目录] [--json]
      group-ledger import people 文件 [--dry-run] [--map 字段=列名,...] [--accept-same-name] [--data 目录] [--json]

import snapshot：校验快照并整体导入空台账（要么全部导入，要么什么都不导入）。使用 --dry-run 时只校验并显示将导入的内容。
使用 --replace 时用快照覆盖已有数据的台账：先在数据目录的 backups/ 中写入一份经过校验的当前台账副本（并显示其路径），
再在一个事务中整体替换。

import people：读取第一行为列名的 CSV（UTF-8，带或不带 BOM，或中文 Excel 保存的 GB18030）或 XLSX 文件，
逐行检查并按行号列出每个错误。只要有一行出错就什么都不导入（退出码 1）；否则一次性全部导入。
使用 --dry-run 时只检查。台账中没有的单位和层级会自动新建。列按列名识别（姓名、单位、Họ tên、Name…），
也可用 --map 指定，例如 --map name=姓名,unit=部门,phone=手机,handle.wechat=微信号
字段：name、unit、position、tier、phone、handle.wechat、handle.wecom、handle.zalo、
handle.dingtalk、handle.teams、handle.telegram、status、leftOn。
写成路径的部门（单位/执法监察大队/一中队，企业微信、钉钉导出的通讯录即如此）按层级导入单位树；
一格中用“;”分隔的多个部门，取第一个作为所在单位。
电话或账号相同的行是同一个人（报错）。仅同单位同名的行（王伟与王伟）按对列出：如确是不同的人，
加 --accept-same-name 即作为两个人导入。`,
  'usage.verify': `用法：group-ledger verify 文件 [--password-file 密码文件] [--json]

校验快照文件：JSON 完整、版本已知、校验和、格式、引用关系和历史记录链。不做任何更改。
加密的快照需要密码：用 --password-file 提供，或在提示符处输入。`,
  'usage.members': `用法：group-ledger members 群 [--as-of YYYY-MM-DD] [--csv 文件 | --xlsx 文件] [--data 目录] [--json]

列出群成员（当前成员，或某一天的成员）：角色、部门、层级、入群日期、拉人者、入群依据，以及是否符合群章程、
经例外批准或超出章程。“群”可以是编号、群名，或像搜索那样写群名的一部分（中层、zcgb）。
使用 --csv（带 BOM 的 UTF-8，Excel 可直接打开）或 --xlsx 时，名单写入文件。`,
  'usage.report': `用法：group-ledger report scope-creep [--data 目录] [--json]

列出每个在用且章程规定了成员范围的群中超出章程的成员，以及每人是怎样进群的（依据、拉人者、提出人、日期、
批准的例外申请），并给出合计。`,
  'usage.search': `用法：group-ledger search 文字 [--data 目录] [--json]

按姓名、全拼或首字母（liwei、lw）、不带声调的越南文（nguyen trong nhan）、电话或平台账号查找人员和群。
每类最多显示 20 条。`,
  'usage.runbook': `用法：group-ledger runbook list [--state draft|in_progress|paused|finished|cancelled] [--data 目录] [--json]
       group-ledger runbook show 编号
       group-ledger runbook step 编号 done|skip|failed [--note 说明]
       group-ledger runbook cancel 编号 --reason 原因
       group-ledger runbook report 编号 --pdf 文件 | --xlsx 文件

操作流程在应用中制定并开始，可在此逐步执行并生成报告。编号即“runbook list”中显示的 #N。
“step”记录下一步（显示为“下一步”的人员）的结果：done 在台账中完成变更，skip 须用 --note 说明原因，
failed 可稍后重试。在此执行的流程可在应用中继续，反之亦然。“report”生成呈报领导的报告：做了什么、为什么、
谁批准、每个人的结果和时间。`,
  'usage.incident': `用法：group-ledger incident list [--group 群] [--status 状态] [--since YYYY-MM-DD] [--data 目录] [--json]
       group-ledger incident show 编号
       group-ledger incident kinds
       group-ledger incident new --kind 类型 --severity 程度 --summary 概述 [--group 群] [--occurred 日期] [--noticed 日期]
       group-ledger incident escalate 编号 --to 人员或职务 [--how in_person|phone|written|chat] [--asked 请示事项] [--from 人员或职务]
       group-ledger incident decide 编号 --by 人员或职务 --decision 决定
       group-ledger incident close 编号
       group-ledger incident report 编号 | --group 群 | --since 日期 [--until 日期]  --pdf 文件 | --xlsx 文件

类型：quarrel（争吵）、confidential_leak（泄密）、off_topic_or_flooding（无关内容或刷屏）、scope_creep（成员范围扩大）、
rule_breach（违反群规）、other（其他），或在设置中自行添加的类型名称（“incident kinds”列出全部类型）。程度：low、medium、high、critical。状态：open、escalated、decided、closed、dismissed。
编号即“incident list”中显示的 #N。人员可写姓名或编号，其他文字视为职务（如 局长）。概述写您自己的说明，不要抄录聊天内容。`,
  'error.usage': '错误：{{detail}}',
  'error.seeHelp': '运行 "group-ledger {{command}} --help" 查看用法。',
  'error.unknownCommand': '未知命令 "{{command}}"',
  'error.missingArg': '缺少{{what}}',
  'error.encryptNeedsPassword':
    '--encrypt 需要在提示符处输入密码，但当前不是终端：请用 --password-file 密码文件 提供密码',
  'password.prompt': '{{file}} 的密码：',
  'password.new': '快照密码（至少 8 个字符）：',
  'password.repeat': '再次输入密码：',
  'password.mismatch': '两次输入的密码不一致。未写出任何内容。',
  'password.none': '没有输入密码。未写出任何内容。',
  'password.fileUnreadable': '无法读取密码文件 {{path}}（{{detail}}）。',
  'password.fileEmpty': '密码文件 {{path}} 是空的：其第一行即为密码。',
  'error.extraArg': '多余的参数 "{{arg}}"',
  'error.badLocale': '--locale 只能是 zh-CN、vi 或 en，而不是 "{{value}}"',
  'error.badDemo': '--demo 只能是 county-bureau 或 youth-union，而不是 "{{value}}"',
  'error.badFixture': '--fixture 只能是 small、medium 或 large，而不是 "{{value}}"',
  'error.demoOrFixture': '--demo 和 --fixture 只能选一个',
  'error.badDate': '--as-of 必须是 YYYY-MM-DD 格式的日期（如 2024-03-01），而不是 "{{value}}"',
  'error.noGroup': '没有与“{{query}}”匹配的群。',
  'error.manyGroups': '“{{query}}”匹配到 {{count}} 个群。请给出其中一个的编号或完整名称：',
  'error.badReport': '未知报告 "{{value}}"；可用的报告是 scope-creep',
  'error.badSearch': '请给出要查找的文字，最多 200 个字符',
  'error.mapOnlyPeople': '--map 只用于 "import people"',
  'error.acceptOnlyPeople': '--accept-same-name 只用于 "import people"',
  'error.mapSyntax': '--map 的格式是用逗号分隔的 字段=列名，而不是 "{{part}}"',
  'error.mapField': '--map："{{field}}" 不是字段；可用的字段有 {{fields}}',
  'error.mapHeader': '--map：文件中没有 "{{header}}" 列；文件的列有 {{headers}}',
  'error.mapTwice': '--map 两次指定了字段 "{{field}}"',
  'error.mapHeaderTwice': '--map："{{header}}" 列同时给了 {{a}} 和 {{b}}',
  'error.mapNoName': '--map 必须指定哪一列是姓名，例如 name=姓名',
  'error.prefix': '错误：{{message}}',
  'error.openElsewhere':
    'GroupLedger 正打开此目录（{{dataDir}}）——请先关闭它，或使用 --read-only（仅限只读取的命令）。未做任何更改。',
  'error.readOnlyWrites': '“{{command}}”会更改台账，不能与 --read-only 一起使用',
  'init.done': '已在 {{dataDir}} 新建单位“{{name}}”（{{locale}}）。',
  'init.demo': '已载入示例单位“{{name}}”：{{people}} 人，{{groups}} 个群，{{memberships}} 条成员关系。',
  'init.fixture':
    '已写入规模测试数据“{{name}}”：{{people}} 人，{{groups}} 个群，{{memberships}} 条成员关系，{{events}} 条历史记录。',
  'usage.backup': `用法：group-ledger backup list [--verify] [--data 目录] [--json]
       group-ledger backup create [--data 目录] [--json]
       group-ledger backup verify [文件] [--data 目录] [--json]
       group-ledger backup restore 文件 | --newest [--yes] [--data 目录] [--json]

备份是台账的校验副本，保存在数据文件夹的 backups/ 中，每份都附有说明文件（时间、原因、大小、数量、历史记录的末条）。
应用在每天首次启动时、恢复前、升级前、开始操作流程前和导入人员名单前自动备份；"create" 立即备份一次。
保留：每日 7 份、每周 4 份、每月 12 份，"……前" 的备份保留 30 天（可在应用中设置）。
"verify" 重新校验每份备份（完整性和历史记录链）。"restore" 用备份替换台账：不加 --yes 时只说明会丢失什么。
完好的台账会先备份；损坏的台账会被移到一旁（文件名加上时间），绝不删除。`,
  'backup.none': '{{dataDir}} 中没有备份。',
  'backup.noneVerifies': '{{dataDir}} 中没有一份备份通过校验。',
  'backup.col.time': '备份时间',
  'backup.col.reason': '原因',
  'backup.col.size': '大小',
  'backup.col.people': '人数',
  'backup.col.groups': '群数',
  'backup.col.verified': '校验',
  'backup.col.file': '文件',
  'backup.reason.daily': '每日首次启动',
  'backup.reason.manual': '手动',
  'backup.reason.before-restore': '恢复前',
  'backup.reason.before-migration': '升级前',
  'backup.reason.before-runbook': '操作流程开始前',
  'backup.reason.before-import': '导入人员名单前',
  'backup.verified.ok': '通过',
  'backup.verified.failed': '未通过',
  'backup.verified.unchecked': '未检查',
  'backup.created':
    '已完成一份校验备份 {{file}}（{{size}}；{{people}} 人，{{groups}} 个群；历史记录截至第 {{seq}} 条）。',
  'backup.verifyOk': '全部 {{count}} 份备份均通过校验。',
  'backup.verifyFailed': '{{count}} 份备份中有 {{failed}} 份未通过校验。',
  'backup.confirm':
    '恢复 {{when}} 的备份将丢失此后记录的 {{lost}} 条历史记录（会先备份当前台账）。确认恢复请加上 --yes 再运行：group-ledger backup restore {{file}} --yes',
  'backup.confirmDamaged':
    '台账已损坏。恢复 {{when}} 的备份将丢失此后的全部更改；损坏的文件会被移到一旁，不会删除。确认恢复请加上 --yes 再运行：group-ledger backup restore {{file}} --yes',
  'backup.confirmDamagedCounted':
    '台账已损坏。最后记录的更改是第 {{recorded}} 条历史记录（{{last}}）；{{when}} 的备份包含到第 {{held}} 条为止的记录：恢复它将丢失 {{lost}} 项更改。损坏的文件会被移到一旁，不会删除。确认恢复请加上 --yes 再运行：group-ledger backup restore {{file}} --yes',
  'backup.restored': '台账已恢复到 {{when}} 的状态。恢复前的台账已备份为 {{before}}。',
  'backup.restoredDamaged': '台账已恢复到 {{when}} 的状态。损坏的文件已移到 {{movedAside}}。',
  'doctor.ok': '全部检查通过。',
  'doctor.failed': '部分检查未通过。',
  'export.done':
    '已将 {{people}} 人、{{groups}} 个群、{{memberships}} 条成员关系和 {{events}} 条历史记录导出到 {{path}}（{{bytes}} 字节）。\n校验和：{{checksum}}',
  'verify.pdf': 'PDF 报告，{{bytes}} 字节。',
  'verify.ok':
    '快照有效：“{{organisation}}”，导出于 {{exportedAt}}；{{people}} 人，{{groups}} 个群，{{memberships}} 条成员关系，{{events}} 条历史记录。\n校验和：{{checksum}}',
  'import.dryRun':
    '试运行：快照有效，将导入 {{people}} 人、{{groups}} 个群、{{memberships}} 条成员关系和 {{events}} 条历史记录。未写入任何内容。',
  'import.done':
    '已向 {{dataDir}} 导入 {{people}} 人、{{groups}} 个群、{{memberships}} 条成员关系和 {{events}} 条历史记录。',
  'import.notEmpty':
    '{{dataDir}} 中的台账已有数据，未导入任何内容。如要用快照覆盖恢复，请加上 --replace 再运行一次：会先保留一份经过校验的当前台账副本。',
  'import.replaced':
    '已保留一份经过校验的原台账副本（{{oldPeople}} 人、{{oldGroups}} 个群、{{oldEvents}} 条历史记录）：\n  {{backup}}\n随后已用快照替换 {{dataDir}} 中的台账：{{people}} 人、{{groups}} 个群、{{memberships}} 条成员关系和 {{events}} 条历史记录。',
  'members.header': '{{group}} — {{count}} 名成员{{asOf}}',
  'members.asOf': '（{{date}}）',
  'members.count': '{{count}} 名成员',
  'members.none': '该群没有成员。',
  'members.noneThen': '那一天群里没有成员。',
  'members.beforeCreated': '没有成员：该群建于 {{date}}。',
  'members.summary': '符合章程 {{inCharter}} 人，例外批准 {{byException}} 人，超出章程 {{outside}} 人。',
  'members.noCharter': '群章程没有规定成员范围（层级、部门、职务或具体人员），因此没有人超出章程。',
  'col.name': '姓名',
  'col.role': '角色',
  'col.unit': '部门',
  'col.tier': '层级',
  'col.position': '职务',
  'col.joined': '入群日期',
  'col.left': '退群日期',
  'col.addedBy': '拉人者',
  'col.requestedBy': '提出人',
  'col.basis': '入群依据',
  'col.eligibility': '章程',
  'col.place': '部门 · 层级',
  'col.standing': '章程（不符合项）',
  'col.phone': '电话',
  'col.handles': '账号',
  'col.groups': '所在群',
  'col.platform': '平台',
  'col.members': '成员数',
  'col.owner': '群主',
  'col.status': '状态',
  'person.leftMark': '（已离开）',
  'eligibility.in_charter': '符合章程',
  'eligibility.exception': '例外批准',
  'eligibility.outside': '超出章程',
  'mismatch.tier': '层级',
  'mismatch.unit': '部门',
  'mismatch.position': '职务',
  'mismatch.left': '已离开单位',
  'mismatch.not_named': '不在章程名单内',
  'platform.wechat': '微信',
  'platform.wecom': '企业微信',
  'platform.zalo': 'Zalo',
  'platform.dingtalk': '钉钉',
  'platform.teams': 'Teams',
  'platform.telegram': 'Telegram',
  'platform.other': '其他',
  'groupStatus.active': '在用',
  'groupStatus.dissolving': '解散中',
  'groupStatus.dissolved': '已解散',
  'groupStatus.archived': '已归档',
  'scope.title': '超范围入群报告（{{at}} UTC）：各群超出章程的成员及其入群经过',
  'scope.group':
    '{{name}}（{{platform}}）— {{members}} 名成员：符合章程 {{inCharter}} 人，例外批准 {{byException}} 人，超出章程 {{outside}} 人',
  'scope.unknown': '未记录',
  'scope.standing': '{{standing}}（{{fails}}）',
  'scope.none': '没有在用的群有超出章程的成员。',
  'scope.totals': '合计：{{groups}} 个群共有 {{outside}} 名成员超出章程，{{byException}} 名经例外批准。',
  'scope.withoutCharter': '另有 {{count}} 个在用的群章程未规定成员范围，未作检查。',
  'search.people': '人员（{{count}}）',
  'search.groups': '工作群（{{count}}）',
  'search.none': '没有与“{{query}}”匹配的人员或群。',
  'search.limited': '  只显示前 {{count}} 条：多输入几个字可缩小范围。',
  'importPeople.file': '{{file}}：{{format}}{{encoding}}，列名行下共 {{rows}} 行。',
  'importPeople.columns': '列：{{columns}}',
  'importPeople.unused': '不导入的列：{{headers}}',
  'importPeople.counts': '共 {{total}} 行：{{valid}} 行可导入，{{withErrors}} 行有错误。',
  'importPeople.newUnits': '将新建的单位：{{names}}',
  'importPeople.newTiers': '将新建的层级：{{names}}',
  'importPeople.headersFound': '文件的列：{{headers}}',
  'importPeople.useMap': '请用 --map 指定各列，例如 --map name=姓名,unit=部门',
  'importPeople.dryRun': '试运行：全部 {{count}} 行都可以导入。未写入任何内容。',
  'importPeople.sameNameTitle':
    '同单位同名、电话和账号都不相同的人员（{{count}} 对）：是两个不同的人，还是同一人登记了两次？',
  'importPeople.samePair': '  {{name}}{{unit}}：{{first}}与{{second}}',
  'importPeople.pairRow': '第 {{row}} 行',
  'importPeople.pairSide': '{{side}}（{{details}}）',
  'importPeople.pairUnit': '（{{unit}}）',
  'importPeople.pairRegistry': '台账中已有',
  'importPeople.pairUnknown': '无职务、无电话',
  'importPeople.sameNameHint':
    '如确是不同的人，请加 --accept-same-name 重新运行：每人各自导入为一条记录，以职务和电话区分。',
  'importPeople.sameNameAccepted': '已用 --accept-same-name 确认：这 {{count}} 对是不同的人。',
  'importPeople.otherUnits': '{{row}}：所在单位为 {{unit}}；该格中的其他部门不导入：{{others}}',
  'importPeople.done': '已向 {{dataDir}} 导入 {{imported}} 人（新建单位 {{newUnits}} 个，新建层级 {{newTiers}} 个）。',
  'encoding.utf-8': 'UTF-8',
  'encoding.utf-8-bom': 'UTF-8（带 BOM）',
  'encoding.gb18030': 'GB18030（中文 Excel）',
  'encoding.utf-16': 'UTF-16',
  'role.owner': '群主',
  'role.deputy': '管理员',
  'role.member': '成员',
  'basis.founding': '建群成员',
  'basis.charter': '按章程加入',
  'basis.exception': '经批准的例外',
  'basis.import': '导入',
  'basis.manual': '手动加入',
  'list.separator': '、',
  'check.ok': '通过',
  'check.failed': '未通过',
  'error.badHandle': '{{what}} 应为列表中显示的 #N 编号，而不是“{{value}}”',
  'error.badChoice': '{{option}} 应为 {{values}} 之一，而不是“{{value}}”',
  'error.badDateOption': '{{option}} 应为 YYYY-MM-DD 格式的日期（如 2024-03-01），而不是“{{value}}”',
  'error.manyPeople': '有 {{count}} 人名为“{{query}}”，请写明其中一人的编号：{{ids}}',
  'error.reportTarget': '请给出 --pdf 文件 或 --xlsx 文件 之一',
  'error.reportScope': '请给出事件编号、--group 群 或 --since YYYY-MM-DD',
  'error.skipNote': '跳过步骤须用 --note 说明原因',
  'paper.written': '已写入 {{path}}（{{bytes}} 字节）。',
  'error.diffSide': '“{{value}}”既不是快照文件，也不是 YYYY-MM-DD 格式的日期或 now',
  'error.tableTarget': '请给出 --csv 文件 或 --xlsx 文件 之一',
  'error.tableFile': '文件名须以 .csv 或 .xlsx 结尾：{{value}}',
  'error.noUnit': '没有名为“{{unit}}”的单位。',
  'runbook.none': '没有操作流程。',
  'runbook.noNext': '已没有待执行的步骤。',
  'runbook.next': '下一步：第 {{ord}} 步 — 在“{{group}}”中{{action}} {{name}}（{{detail}}）。',
  'runbook.recorded': '第 {{ord}} 步：“{{group}}”中的 {{name}} — {{outcome}}。已记录 {{done}}/{{total}} 步。',
  'runbook.finished': '{{runbook}} 已完成。',
  'runbook.cancelled': '{{runbook}} 已取消：{{reason}}',
  'incident.none': '没有事件。',
  'incident.kindOwn': '自行添加',
  'incident.kindBuiltin': '内置',
  'incident.kindOffered': '可选',
  'incident.kindHidden': '已隐藏',
  'incident.kindRetired': '已停用',
  'incident.kindCount': '事件数',
  'incident.kindOrigin': '来源',
  'incident.kindState': '新事件可选',
  'incident.waiting': '已等待决定 {{days}} 天',
  'incident.recorded': '已记录事件 {{incident}}（{{status}}）。',
  'incident.escalated': '已上报事件 {{incident}}（{{status}}）。',
  'incident.decided': '已记录对 {{incident}} 的决定（{{status}}）。',
  'incident.closed': '已结案：{{incident}}。',
  'incident.administrator': '台账管理员',
  'incident.askedDefault': '请示处理意见',
};

const vi: Messages = {
  'usage.main': `Cách dùng: group-ledger <lệnh> [tùy chọn]

Lệnh:
  init --org TÊN [--locale L] [--demo [county-bureau|youth-union]] [--fixture small|medium|large]
                               tạo đơn vị (hoặc tải đơn vị mẫu, dữ liệu thử quy mô lớn)
  doctor                       kiểm tra cơ sở dữ liệu và chuỗi lịch sử
  export snapshot TỆP          ghi toàn bộ sổ ra một tệp bản chụp
  export workbook TỆP          ghi sổ theo dõi (XLSX): đơn vị, nhân sự, nhóm, thành viên …
  export people TỆP            ghi danh sách nhân sự (tệp .csv hoặc .xlsx)
  diff A B [--group NHÓM] [--unit ĐƠN_VỊ] [--xlsx TỆP | --pdf TỆP]
                               những gì thay đổi từ A đến B (tệp bản chụp, ngày hoặc now)
  import snapshot TỆP [--dry-run] [--replace]
                               kiểm tra bản chụp và nhập vào sổ trống, hoặc với --replace thì
                               thay thế sổ này (trước đó giữ một bản sao đã kiểm tra của sổ)
  verify TỆP                   kiểm tra tệp bản chụp (không nhập) hoặc báo cáo PDF, và cho
                               biết ai đã ký: sổ này, sổ khác (khóa của nó), hoặc chưa ký
                               hoặc đã bị sửa
  import people TỆP [--dry-run] [--map TRƯỜNG=CỘT,...] [--accept-same-name]
                               nhập nhân sự từ tệp CSV hoặc XLSX (nhập hết hoặc không nhập gì)
  members NHÓM [--as-of YYYY-MM-DD] [--csv TỆP | --xlsx TỆP]
                               liệt kê thành viên của nhóm (hiện tại hoặc vào một ngày), đối chiếu quy chế
  report scope-creep           thành viên ngoài quy chế của từng nhóm và cách họ được vào
  search CHỮ                   tìm nhân sự và nhóm theo tên (gõ không dấu được), bính âm,
                               số điện thoại hoặc tài khoản
  runbook list [--state TT] | show MÃ | step MÃ done|skip|failed [--note GHI_CHÚ] | cancel MÃ --reason LÝ_DO
                               thực hiện từng bước quy trình (giải tán, mời ra, nghỉ việc, lập lại)
  runbook report MÃ --pdf TỆP | --xlsx TỆP
                               báo cáo quy trình gửi lãnh đạo
  incident list [--group NHÓM] [--status TT] [--since NGÀY] | show MÃ | kinds | new … | escalate MÃ … | decide MÃ … | close MÃ
                               sự việc, báo cáo lên và quyết định
  incident report MÃ | --group NHÓM | --since NGÀY  --pdf TỆP | --xlsx TỆP
                               báo cáo một sự việc, hoặc mọi sự việc của một nhóm, một thời gian
  backup list [--verify] | create | verify [TỆP] | restore TỆP|--newest [--yes]
                               các bản sao lưu đã kiểm tra của sổ (mỗi ngày, trước khi khôi phục,
                               nâng cấp, bắt đầu quy trình hay nhập nhân sự, và khi bạn muốn)

Tùy chọn chung:
  --data THƯ_MỤC thư mục của sổ (mặc định: {{dataDir}})
  --json         in kết quả dạng JSON
  --lang L       ngôn ngữ thông báo: zh-CN, vi hoặc en
  --actor TÊN    người ký các thay đổi (mặc định: tên quản trị viên đặt trong ứng dụng)
  --read-only    mở sổ ở chế độ chỉ đọc. Các lệnh chỉ đọc (doctor, export snapshot, verify,
                 members, report, search, runbook list/show/report, incident
                 list/show/kinds/report) vẫn chạy được khi ứng dụng đang mở mà không cần nó:
                 khi ứng dụng giữ thư mục, chúng tự mở sổ ở chế độ chỉ đọc. Các lệnh thay đổi
                 sổ cần thư mục chỉ cho riêng mình: hãy đóng ứng dụng trước.
  --help         trợ giúp cho một lệnh`,
  'usage.init': `Cách dùng: group-ledger init --org TÊN [--locale zh-CN|vi|en] [--demo [county-bureau|youth-union]] [--data THƯ_MỤC] [--json]

Tạo đơn vị trong sổ trống. Với --demo, tải đơn vị mẫu (--org để đổi tên). Với --fixture, ghi dữ liệu
sinh tự động để thử quy mô (large: 10.000 người, 1.000 nhóm, 100.000 lượt thành viên, 200.000 sự kiện).
Ngôn ngữ mặc định là en.`,
  'usage.doctor': `Cách dùng: group-ledger doctor [--data THƯ_MỤC] [--json]

Kiểm tra tính toàn vẹn của cơ sở dữ liệu, khóa ngoại, chuỗi lịch sử chống sửa đổi và phiên bản lược đồ. Thoát với mã 1 nếu có kiểm tra không đạt.`,
  'usage.export': `Cách dùng: group-ledger export snapshot TỆP [--format sqlite|json] [--password-file TỆP_MẬT_KHẨU | --encrypt] [--compress] [--data THƯ_MỤC] [--json]
           group-ledger export workbook TỆP [--lang L] [--data THƯ_MỤC] [--json]
           group-ledger export people TỆP.csv|TỆP.xlsx [--lang L] [--data THƯ_MỤC] [--json]

export snapshot: ghi toàn bộ sổ thành một tệp bản chụp có chữ ký của máy này: mặc định là chính cơ sở
dữ liệu SQLite của sổ sau một phần đầu chứa mã kiểm tra SHA-256 (ghi và nhập nhanh; xem
docs/snapshot-container.md); --format json ghi tài liệu JSON của docs/snapshot.schema.json
(lớn hơn, chậm hơn, các công cụ khác đọc được).
export workbook: ghi sổ thành một bảng tính XLSX để kiểm tra — cơ quan, đơn vị, cấp, nhân sự, nhóm và
thành phần, lịch sử thành viên, ngoại lệ, nội quy và xác nhận, sự việc và quy trình — tiêu đề theo --lang.
export people: ghi danh sách nhân sự dạng CSV (UTF-8 có BOM) hoặc XLSX.
Tệp đã nằm trên đĩa khi lệnh báo thành công.
--password-file mã hóa tệp (AES-256-GCM, khóa từ scrypt; xem docs/snapshot-encryption.md) với dòng đầu của tệp mật khẩu
làm mật khẩu (ít nhất 8 ký tự); --encrypt hỏi mật khẩu tại dấu nhắc. --compress ghi tệp nén gzip. verify và import snapshot đọc được mọi dạng.`,
  'usage.diff': `Cách dùng: group-ledger diff A B [--group NHÓM] [--unit ĐƠN_VỊ] [--xlsx TỆP | --pdf TỆP] [--data THƯ_MỤC] [--json]

Cho biết những gì thay đổi từ A đến B. A và B là tệp bản chụp, một ngày (YYYY-MM-DD: sổ vào cuối ngày
đó) hoặc now. Theo từng nhóm: ai vào, ai rời và lý do, thay đổi vai trò, trưởng nhóm, trạng thái và
thành phần, ngoại lệ đã quyết; người mới, người đổi thông tin (mục nào) và người nghỉ; sự việc và quy
trình mở hoặc đóng. Bên sớm hơn luôn là điểm bắt đầu.
--group và --unit chỉ xem một nhóm hoặc một đơn vị (kể cả đơn vị cấp dưới).
--xlsx hoặc --pdf ghi kết quả thành bảng tính hoặc PDF thay vì in ra.`,
  'usage.import': `Cách dùng: group-ledger import snapshot TỆP [--dry-run] [--replace] [--password-file TỆP_MẬT_KHẨU] [--data THƯ_MỤC] [--json]
           group-ledger import people TỆP [--dry-run] [--map TRƯỜNG=CỘT,...] [--accept-same-name] [--data THƯ_MỤC] [--json]

import snapshot: kiểm tra bản chụp và nhập toàn bộ (hoặc không nhập gì) vào sổ trống. Với --dry-run chỉ kiểm tra và cho biết sẽ nhập những gì.
Với --replace, khôi phục bản chụp đè lên sổ đã có dữ liệu: trước hết ghi một bản sao đã kiểm tra của sổ vào thư mục
backups/ trong thư mục dữ liệu (in ra đường dẫn), rồi thay thế toàn bộ trong một giao dịch.

import people: đọc tệp CSV (UTF-8, có hoặc không có BOM, hoặc GB18030) hay XLSX có dòng đầu là tên cột, kiểm tra
từng dòng và in mỗi lỗi kèm số dòng. Chỉ cần một dòng lỗi là không nhập gì (mã thoát 1); nếu không,
nhập tất cả trong một lần. Với --dry-run chỉ kiểm tra. Đơn vị và cấp chưa có trong sổ sẽ được tạo.
Các cột được nhận theo tên (Họ tên, Đơn vị, 姓名, Name…); có thể tự chỉ định bằng --map, ví dụ
--map name=Họ tên,unit=Đơn vị,phone=Số điện thoại,handle.zalo=Zalo
Trường: name, unit, position, tier, phone, handle.wechat, handle.wecom, handle.zalo,
handle.dingtalk, handle.teams, handle.telegram, status, leftOn.
Phòng ban ghi dạng đường dẫn (Đơn vị/Phòng A/Tổ 1, như WeCom và DingTalk xuất ra) được nhập vào cây
đơn vị; nếu một ô có nhiều phòng ban cách nhau bởi “;” thì lấy phòng ban đầu tiên.
Các dòng trùng số điện thoại hoặc tài khoản là cùng một người (lỗi). Các dòng chỉ trùng họ tên trong
cùng đơn vị được liệt kê theo cặp: nếu là hai người khác nhau, --accept-same-name sẽ nhập thành hai người.`,
  'usage.verify': `Cách dùng: group-ledger verify TỆP [--password-file TỆP_MẬT_KHẨU] [--json]

Kiểm tra tệp bản chụp: JSON đầy đủ, phiên bản đã biết, mã kiểm tra, định dạng, tham chiếu và chuỗi lịch sử. Không thay đổi gì.
Tệp đã mã hóa cần mật khẩu: qua --password-file, hoặc nhập tại dấu nhắc.`,
  'usage.members': `Cách dùng: group-ledger members NHÓM [--as-of YYYY-MM-DD] [--csv TỆP | --xlsx TỆP] [--data THƯ_MỤC] [--json]

Liệt kê thành viên của nhóm, hiện tại hoặc đúng như vào một ngày: vai trò, đơn vị, cấp, ngày vào,
người thêm, căn cứ, và người đó đúng quy chế, vào theo ngoại lệ hay ngoài quy chế. NHÓM là mã, tên
nhóm, hoặc một phần tên như khi tìm kiếm (gõ không dấu được).
Với --csv (UTF-8 có BOM, mở được bằng Excel) hoặc --xlsx, danh sách được ghi vào tệp.`,
  'usage.report': `Cách dùng: group-ledger report scope-creep [--data THƯ_MỤC] [--json]

Với mỗi nhóm đang hoạt động có quy chế quy định thành phần: các thành viên ngoài quy chế và cách
từng người được vào (căn cứ, người thêm, người đề nghị, ngày vào, ngoại lệ đã duyệt), kèm tổng số.`,
  'usage.search': `Cách dùng: group-ledger search CHỮ [--data THƯ_MỤC] [--json]

Tìm nhân sự và nhóm theo tên, tiếng Việt không dấu (nguyen trong nhan), bính âm đầy đủ hoặc chữ cái
đầu (liwei, lw), số điện thoại hoặc tài khoản trên nền tảng. Mỗi loại hiện tối đa 20 kết quả.`,
  'usage.runbook': `Cách dùng: group-ledger runbook list [--state draft|in_progress|paused|finished|cancelled] [--data THƯ_MỤC] [--json]
       group-ledger runbook show MÃ
       group-ledger runbook step MÃ done|skip|failed [--note GHI_CHÚ]
       group-ledger runbook cancel MÃ --reason LÝ_DO
       group-ledger runbook report MÃ --pdf TỆP | --xlsx TỆP

Quy trình được lập và bắt đầu trong ứng dụng; tại đây có thể thực hiện từng bước và lập báo cáo. MÃ là
số #N hiện trong "runbook list". "step" ghi kết quả của bước tiếp theo (người hiện là tiếp theo): done
thực hiện thay đổi trong sổ, skip cần --note nêu lý do, failed có thể làm lại sau. Quy trình làm ở đây
có thể tiếp tục trong ứng dụng và ngược lại. "report" lập báo cáo gửi lãnh đạo: làm gì, vì sao, ai cho
phép, từng người với kết quả và thời gian.`,
  'usage.incident': `Cách dùng: group-ledger incident list [--group NHÓM] [--status TT] [--since YYYY-MM-DD] [--data THƯ_MỤC] [--json]
       group-ledger incident show MÃ
       group-ledger incident kinds
       group-ledger incident new --kind LOẠI --severity MỨC --summary TÓM_TẮT [--group NHÓM] [--occurred NGÀY] [--noticed NGÀY]
       group-ledger incident escalate MÃ --to NGƯỜI_HOẶC_CHỨC_VỤ [--how in_person|phone|written|chat] [--asked NỘI_DUNG] [--from NGƯỜI_HOẶC_CHỨC_VỤ]
       group-ledger incident decide MÃ --by NGƯỜI_HOẶC_CHỨC_VỤ --decision QUYẾT_ĐỊNH
       group-ledger incident close MÃ
       group-ledger incident report MÃ | --group NHÓM | --since NGÀY [--until NGÀY]  --pdf TỆP | --xlsx TỆP

Loại: quarrel (cãi vã), confidential_leak (lộ thông tin mật), off_topic_or_flooding (không liên quan, spam),
scope_creep (mở rộng thành phần), rule_breach (vi phạm nội quy), other (khác), hoặc tên loại bạn tự thêm trong
Cài đặt ("incident kinds" liệt kê tất cả). Mức: low, medium, high,
critical. Trạng thái: open, escalated, decided, closed, dismissed. MÃ là số #N hiện trong "incident list".
Người được ghi bằng họ tên hoặc mã; chữ khác được hiểu là chức vụ (Bí thư). Tóm tắt là lời của bạn, không
chép nội dung tin nhắn.`,
  'error.usage': 'Lỗi: {{detail}}',
  'error.seeHelp': 'Chạy "group-ledger {{command}} --help" để xem cách dùng.',
  'error.unknownCommand': 'không có lệnh "{{command}}"',
  'error.missingArg': 'thiếu {{what}}',
  'error.encryptNeedsPassword':
    '--encrypt hỏi mật khẩu tại dấu nhắc, nhưng đây không phải là cửa sổ dòng lệnh: hãy dùng --password-file TỆP_MẬT_KHẨU',
  'password.prompt': 'Mật khẩu của {{file}}: ',
  'password.new': 'Mật khẩu cho bản chụp (ít nhất 8 ký tự): ',
  'password.repeat': 'Nhập lại mật khẩu: ',
  'password.mismatch': 'Hai mật khẩu không giống nhau. Chưa ghi gì cả.',
  'password.none': 'Chưa nhập mật khẩu. Chưa ghi gì cả.',
  'password.fileUnreadable': 'Không đọc được tệp mật khẩu {{path}} ({{detail}}).',
  'password.fileEmpty': 'Tệp mật khẩu {{path}} trống: dòng đầu của tệp là mật khẩu.',
  'error.extraArg': 'đối số thừa "{{arg}}"',
  'error.badLocale': '--locale phải là zh-CN, vi hoặc en, không phải "{{value}}"',
  'error.badDemo': '--demo phải là county-bureau hoặc youth-union, không phải "{{value}}"',
  'error.badFixture': '--fixture phải là small, medium hoặc large, không phải "{{value}}"',
  'error.demoOrFixture': 'chỉ dùng một trong hai: --demo hoặc --fixture',
  'error.badDate': '--as-of phải là ngày dạng YYYY-MM-DD, ví dụ 2024-03-01, không phải "{{value}}"',
  'error.noGroup': 'Không có nhóm nào khớp với “{{query}}”.',
  'error.manyGroups': '“{{query}}” khớp với {{count}} nhóm. Hãy ghi mã hoặc tên đầy đủ của một nhóm:',
  'error.badReport': 'không có báo cáo "{{value}}"; báo cáo là scope-creep',
  'error.badSearch': 'hãy ghi chữ cần tìm, tối đa 200 ký tự',
  'error.mapOnlyPeople': '--map chỉ dùng cho "import people"',
  'error.acceptOnlyPeople': '--accept-same-name chỉ dùng cho "import people"',
  'error.mapSyntax': '--map nhận các cặp TRƯỜNG=CỘT cách nhau bằng dấu phẩy, không phải "{{part}}"',
  'error.mapField': '--map: "{{field}}" không phải trường; các trường là {{fields}}',
  'error.mapHeader': '--map: tệp không có cột "{{header}}"; các cột của tệp là {{headers}}',
  'error.mapTwice': '--map ghi trường "{{field}}" hai lần',
  'error.mapHeaderTwice': '--map: cột "{{header}}" được gán cho cả {{a}} và {{b}}',
  'error.mapNoName': '--map phải cho biết cột nào là họ tên, ví dụ name=Họ tên',
  'error.prefix': 'Lỗi: {{message}}',
  'error.openElsewhere':
    'GroupLedger đang mở thư mục này ({{dataDir}}) — hãy đóng nó hoặc dùng --read-only (cho các lệnh chỉ đọc). Chưa có gì bị thay đổi.',
  'error.readOnlyWrites': '“{{command}}” thay đổi sổ nên không chạy được với --read-only',
  'init.done': 'Đã tạo đơn vị “{{name}}” ({{locale}}) trong {{dataDir}}.',
  'init.demo': 'Đã tải đơn vị mẫu “{{name}}”: {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên.',
  'init.fixture':
    'Đã ghi dữ liệu thử quy mô “{{name}}”: {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên, {{events}} sự kiện.',
  'usage.backup': `Cách dùng: group-ledger backup list [--verify] [--data THƯ_MỤC] [--json]
       group-ledger backup create [--data THƯ_MỤC] [--json]
       group-ledger backup verify [TỆP] [--data THƯ_MỤC] [--json]
       group-ledger backup restore TỆP | --newest [--yes] [--data THƯ_MỤC] [--json]

Bản sao lưu là bản sao đã kiểm tra của sổ, nằm trong backups/ của thư mục dữ liệu, mỗi bản có tệp mô tả
(thời điểm, lý do, dung lượng, số lượng, mục lịch sử cuối). Ứng dụng tự sao lưu khi khởi động lần đầu mỗi ngày,
trước khi khôi phục, nâng cấp, bắt đầu quy trình và nhập nhân sự; "create" sao lưu ngay. Giữ lại: 7 bản hằng ngày,
4 bản hằng tuần, 12 bản hằng tháng, các bản "trước khi …" trong 30 ngày (đặt trong ứng dụng).
"verify" kiểm tra lại từng bản (toàn vẹn và chuỗi lịch sử). "restore" thay sổ bằng một bản sao lưu: không có
--yes thì chỉ cho biết sẽ mất gì. Sổ còn tốt được sao lưu trước; sổ hỏng được chuyển sang bên (đổi tên kèm thời
điểm), không bao giờ bị xoá.`,
  'backup.none': 'Không có bản sao lưu nào trong {{dataDir}}.',
  'backup.noneVerifies': 'Không có bản sao lưu nào trong {{dataDir}} kiểm tra đạt.',
  'backup.col.time': 'Thời điểm',
  'backup.col.reason': 'Lý do',
  'backup.col.size': 'Dung lượng',
  'backup.col.people': 'Số người',
  'backup.col.groups': 'Số nhóm',
  'backup.col.verified': 'Kiểm tra',
  'backup.col.file': 'Tệp',
  'backup.reason.daily': 'đầu ngày',
  'backup.reason.manual': 'thủ công',
  'backup.reason.before-restore': 'trước khi khôi phục',
  'backup.reason.before-migration': 'trước khi nâng cấp',
  'backup.reason.before-runbook': 'trước khi chạy quy trình',
  'backup.reason.before-import': 'trước khi nhập danh sách nhân sự',
  'backup.verified.ok': 'đạt',
  'backup.verified.failed': 'KHÔNG ĐẠT',
  'backup.verified.unchecked': 'chưa kiểm tra',
  'backup.created':
    'Đã tạo bản sao lưu đã kiểm tra {{file}} ({{size}}; {{people}} người, {{groups}} nhóm; lịch sử đến mục {{seq}}).',
  'backup.verifyOk': 'Cả {{count}} bản sao lưu đều kiểm tra đạt.',
  'backup.verifyFailed': '{{failed}} trong {{count}} bản sao lưu không đạt.',
  'backup.confirm':
    'Khôi phục bản sao lưu lúc {{when}} sẽ mất {{lost}} mục lịch sử ghi sau thời điểm đó (sổ hiện tại được sao lưu trước). Để khôi phục, chạy lại với --yes: group-ledger backup restore {{file}} --yes',
  'backup.confirmDamaged':
    'Sổ bị hỏng. Khôi phục bản sao lưu lúc {{when}} sẽ mất mọi thay đổi sau thời điểm đó; tệp hỏng được chuyển sang bên, không bị xoá. Để khôi phục, chạy lại với --yes: group-ledger backup restore {{file}} --yes',
  'backup.confirmDamagedCounted':
    'Sổ bị hỏng. Thay đổi cuối cùng được ghi nhận là mục lịch sử {{recorded}} ({{last}}); bản sao lưu lúc {{when}} có các mục đến {{held}}: khôi phục sẽ mất {{lost}} thay đổi. Tệp hỏng được chuyển sang bên, không bị xoá. Để khôi phục, chạy lại với --yes: group-ledger backup restore {{file}} --yes',
  'backup.restored': 'Đã khôi phục sổ về lúc {{when}}. Sổ ngay trước đó được giữ là {{before}}.',
  'backup.restoredDamaged': 'Đã khôi phục sổ về lúc {{when}}. Tệp hỏng đã được chuyển tới {{movedAside}}.',
  'doctor.ok': 'Tất cả các kiểm tra đều đạt.',
  'doctor.failed': 'Một số kiểm tra không đạt.',
  'export.done':
    'Đã xuất {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên và {{events}} sự kiện ra {{path}} ({{bytes}} byte).\nMã kiểm tra: {{checksum}}',
  'verify.pdf': 'Báo cáo PDF, {{bytes}} byte.',
  'verify.ok':
    'Bản chụp hợp lệ: “{{organisation}}”, xuất lúc {{exportedAt}}; {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên, {{events}} sự kiện.\nMã kiểm tra: {{checksum}}',
  'import.dryRun':
    'Chạy thử: bản chụp hợp lệ, sẽ nhập {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên và {{events}} sự kiện. Chưa ghi gì.',
  'import.done':
    'Đã nhập {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên và {{events}} sự kiện vào {{dataDir}}.',
  'import.notEmpty':
    'Sổ trong {{dataDir}} đã có dữ liệu nên chưa nhập gì. Để khôi phục bản chụp đè lên sổ này, hãy chạy lại lệnh với --replace: một bản sao đã kiểm tra của sổ hiện tại sẽ được giữ lại trước.',
  'import.replaced':
    'Đã giữ một bản sao đã kiểm tra của sổ cũ ({{oldPeople}} người, {{oldGroups}} nhóm, {{oldEvents}} sự kiện) tại\n  {{backup}}\nSau đó đã thay sổ trong {{dataDir}} bằng bản chụp: {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên và {{events}} sự kiện.',
  'members.header': '{{group}} — {{count}} thành viên{{asOf}}',
  'members.asOf': ' vào ngày {{date}}',
  'members.count': '{{count}} thành viên',
  'members.none': 'Nhóm chưa có thành viên.',
  'members.noneThen': 'Vào ngày đó nhóm không có ai.',
  'members.beforeCreated': 'Không có ai: nhóm được lập ngày {{date}}.',
  'members.summary': '{{inCharter}} đúng quy chế, {{byException}} theo ngoại lệ, {{outside}} ngoài quy chế.',
  'members.noCharter':
    'Quy chế của nhóm chưa quy định thành phần (cấp, đơn vị, chức vụ hay người cụ thể), nên không ai ngoài quy chế.',
  'col.name': 'Họ tên',
  'col.role': 'Vai trò',
  'col.unit': 'Đơn vị',
  'col.tier': 'Cấp',
  'col.position': 'Chức vụ',
  'col.joined': 'Ngày vào',
  'col.left': 'Ngày rời',
  'col.addedBy': 'Người thêm',
  'col.requestedBy': 'Người đề nghị',
  'col.basis': 'Cách vào nhóm',
  'col.eligibility': 'Quy chế',
  'col.place': 'Đơn vị · cấp',
  'col.standing': 'Quy chế (không đạt)',
  'col.phone': 'Điện thoại',
  'col.handles': 'Tài khoản',
  'col.groups': 'Số nhóm',
  'col.platform': 'Nền tảng',
  'col.members': 'Thành viên',
  'col.owner': 'Trưởng nhóm',
  'col.status': 'Trạng thái',
  'person.leftMark': '(đã nghỉ)',
  'eligibility.in_charter': 'đúng quy chế',
  'eligibility.exception': 'theo ngoại lệ',
  'eligibility.outside': 'NGOÀI QUY CHẾ',
  'mismatch.tier': 'cấp',
  'mismatch.unit': 'đơn vị',
  'mismatch.position': 'chức vụ',
  'mismatch.left': 'đã nghỉ',
  'mismatch.not_named': 'không có tên trong quy chế',
  'platform.wechat': 'WeChat',
  'platform.wecom': 'WeCom',
  'platform.zalo': 'Zalo',
  'platform.dingtalk': 'DingTalk',
  'platform.teams': 'Teams',
  'platform.telegram': 'Telegram',
  'platform.other': 'khác',
  'groupStatus.active': 'đang hoạt động',
  'groupStatus.dissolving': 'đang giải thể',
  'groupStatus.dissolved': 'đã giải thể',
  'groupStatus.archived': 'đã lưu trữ',
  'scope.title': 'Báo cáo thành viên ngoài quy chế ({{at}} UTC): ai ngoài quy chế của từng nhóm và vì sao được vào',
  'scope.group':
    '{{name}} ({{platform}}) — {{members}} thành viên: {{inCharter}} đúng quy chế, {{byException}} theo ngoại lệ, {{outside}} ngoài quy chế',
  'scope.unknown': 'chưa ghi',
  'scope.standing': '{{standing}} ({{fails}})',
  'scope.none': 'Không nhóm đang hoạt động nào có người ngoài quy chế.',
  'scope.totals':
    'Tổng cộng: {{groups}} nhóm có {{outside}} thành viên ngoài quy chế và {{byException}} theo ngoại lệ.',
  'scope.withoutCharter': '{{count}} nhóm đang hoạt động có quy chế chưa quy định thành phần nên không được kiểm tra.',
  'search.people': 'Nhân sự ({{count}})',
  'search.groups': 'Nhóm ({{count}})',
  'search.none': 'Không có gì khớp với “{{query}}”.',
  'search.limited': '  Chỉ hiện {{count}} kết quả đầu: gõ thêm để thu hẹp.',
  'importPeople.file': '{{file}}: {{format}}{{encoding}}, {{rows}} dòng dưới dòng tên cột.',
  'importPeople.columns': 'Các cột: {{columns}}',
  'importPeople.unused': 'Không nhập: {{headers}}',
  'importPeople.counts': '{{total}} dòng: {{valid}} dòng nhập được, {{withErrors}} dòng có lỗi.',
  'importPeople.newUnits': 'Đơn vị mới (sẽ được tạo): {{names}}',
  'importPeople.newTiers': 'Cấp mới (sẽ được tạo): {{names}}',
  'importPeople.headersFound': 'Các cột của tệp: {{headers}}',
  'importPeople.useMap': 'Hãy chỉ định cột bằng --map, ví dụ --map name=Họ tên,unit=Đơn vị',
  'importPeople.dryRun': 'Chạy thử: cả {{count}} dòng đều nhập được. Chưa ghi gì.',
  'importPeople.sameNameTitle':
    'Trùng họ tên trong cùng đơn vị, không trùng số điện thoại hay tài khoản ({{count}} cặp): hai người khác nhau, hay một người ghi hai lần?',
  'importPeople.samePair': '  {{name}}{{unit}}: {{first}} và {{second}}',
  'importPeople.pairRow': 'dòng {{row}}',
  'importPeople.pairSide': '{{side}} ({{details}})',
  'importPeople.pairUnit': ' ({{unit}})',
  'importPeople.pairRegistry': 'đã có trong sổ',
  'importPeople.pairUnknown': 'không có chức vụ, số điện thoại',
  'importPeople.sameNameHint':
    'Nếu là hai người khác nhau, hãy chạy lại lệnh với --accept-same-name: mỗi người được nhập riêng, phân biệt bằng chức vụ và số điện thoại.',
  'importPeople.sameNameAccepted': 'Đã xác nhận bằng --accept-same-name: {{count}} cặp này là những người khác nhau.',
  'importPeople.otherUnits': '{{row}}: đơn vị là {{unit}}; các phòng ban khác trong ô không được nhập: {{others}}',
  'importPeople.done': 'Đã nhập {{imported}} người vào {{dataDir}} ({{newUnits}} đơn vị mới, {{newTiers}} cấp mới).',
  'encoding.utf-8': 'UTF-8',
  'encoding.utf-8-bom': 'UTF-8 có BOM',
  'encoding.gb18030': 'GB18030 (Excel tiếng Trung)',
  'encoding.utf-16': 'UTF-16',
  'role.owner': 'trưởng nhóm',
  'role.deputy': 'phó nhóm',
  'role.member': 'thành viên',
  'basis.founding': 'thành viên ban đầu',
  'basis.charter': 'vào theo quy chế',
  'basis.exception': 'ngoại lệ đã duyệt',
  'basis.import': 'nhập từ tệp',
  'basis.manual': 'thêm thủ công',
  'list.separator': ', ',
  'check.ok': 'đạt',
  'check.failed': 'KHÔNG ĐẠT',
  'error.badHandle': '{{what}} phải là số #N hiện trong danh sách, không phải "{{value}}"',
  'error.badChoice': '{{option}} phải là một trong {{values}}, không phải "{{value}}"',
  'error.badDateOption': '{{option}} phải là ngày dạng YYYY-MM-DD, ví dụ 2024-03-01, không phải "{{value}}"',
  'error.manyPeople': 'Có {{count}} người tên "{{query}}"; hãy ghi mã của một người: {{ids}}',
  'error.reportTarget': 'hãy cho --pdf TỆP hoặc --xlsx TỆP',
  'error.reportScope': 'hãy cho MÃ sự việc, --group NHÓM hoặc --since YYYY-MM-DD',
  'error.skipNote': 'bỏ qua một bước cần --note nêu lý do',
  'paper.written': 'Đã ghi {{path}} ({{bytes}} byte).',
  'error.diffSide': '"{{value}}" không phải tệp bản chụp, ngày dạng YYYY-MM-DD hay now',
  'error.tableTarget': 'hãy cho --csv TỆP hoặc --xlsx TỆP',
  'error.tableFile': 'tên tệp phải kết thúc bằng .csv hoặc .xlsx: {{value}}',
  'error.noUnit': 'Không có đơn vị nào tên “{{unit}}”.',
  'runbook.none': 'Không có quy trình nào.',
  'runbook.noNext': 'Không còn bước nào phải làm.',
  'runbook.next': 'Tiếp theo: bước {{ord}} — {{action}} {{name}} ({{detail}}) trong “{{group}}”.',
  'runbook.recorded': 'Bước {{ord}}: {{name}} trong “{{group}}” — {{outcome}}. Đã ghi {{done}}/{{total}} bước.',
  'runbook.finished': '{{runbook}} đã xong.',
  'runbook.cancelled': '{{runbook}} đã hủy: {{reason}}',
  'incident.none': 'Không có sự việc nào.',
  'incident.kindOwn': 'tự thêm',
  'incident.kindBuiltin': 'có sẵn',
  'incident.kindOffered': 'đang dùng',
  'incident.kindHidden': 'đã ẩn',
  'incident.kindRetired': 'ngừng dùng',
  'incident.kindCount': 'Số sự việc',
  'incident.kindOrigin': 'Nguồn',
  'incident.kindState': 'Cho sự việc mới',
  'incident.waiting': 'đang chờ quyết định {{days}} ngày',
  'incident.recorded': 'Đã ghi sự việc {{incident}} ({{status}}).',
  'incident.escalated': 'Đã báo cáo lên sự việc {{incident}} ({{status}}).',
  'incident.decided': 'Đã ghi quyết định về {{incident}} ({{status}}).',
  'incident.closed': 'Đã kết thúc sự việc {{incident}}.',
  'incident.administrator': 'Văn phòng (người quản lý sổ)',
  'incident.askedDefault': 'Xin ý kiến chỉ đạo',
};

const TABLES = defineTexts(en, zhCN, vi);

export type MessageKey = keyof typeof en;

export function cliText(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return textOf(TABLES, locale, key, params);
}

/** The language of messages: --lang, then GROUP_LEDGER_LANG, then LANG / LC_ALL, then English. */
export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  for (const candidate of [flag, env.GROUP_LEDGER_LANG, env.LC_ALL, env.LANG]) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}
