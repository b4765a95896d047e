/** Everything the command line prints to a person, in en, zh-CN and vi. */
import type { Locale } from '../../shared/domain';
import { interpolate } from '../../shared/i18n/errors';
import { matchLocale } from '../../shared/i18n/locale';

const en = {
  'usage.main': `Usage: group-ledger <command> [options]

Commands:
  init --org NAME [--locale L] [--demo [county-bureau|youth-union]] [--fixture small|medium|large]
                               create the organisation (or load a demo or scale fixture)
  doctor                       check the database and the history chain
  export snapshot FILE         write the whole registry to a snapshot file
  import snapshot FILE [--dry-run]
                               verify a snapshot and import it into an empty registry
  verify FILE                  verify a snapshot file without importing it
  members GROUP [--as-of YYYY-MM-DD]
                               list a group's members, now or on a date

Options for every command:
  --data DIR     the registry folder (default: {{dataDir}})
  --json         print JSON instead of text
  --lang L       language of messages: zh-CN, vi or en
  --help         help for a command`,
  'usage.init': `Usage: group-ledger init --org NAME [--locale zh-CN|vi|en] [--demo [county-bureau|youth-union]] [--data DIR] [--json]

Creates the organisation in an empty registry. With --demo, loads a demo organisation instead
(--org then renames it). With --fixture, writes a generated organisation for scale testing
(large: 10,000 people, 1,000 groups, 100,000 memberships, 200,000 history events). The default
locale is en.`,
  'usage.doctor': `Usage: group-ledger doctor [--data DIR] [--json]

Checks the database's integrity, its foreign keys, the tamper-evident history chain and the schema
version. Exits 1 when any check fails.`,
  'usage.export': `Usage: group-ledger export snapshot FILE [--data DIR] [--json]

Writes the whole registry as one snapshot file (JSON, format v1, with a SHA-256 checksum). The
file is on disk before the command reports success.`,
  'usage.import': `Usage: group-ledger import snapshot FILE [--dry-run] [--data DIR] [--json]

Verifies a snapshot and imports it, all or nothing, into an empty registry. With --dry-run it
only verifies and shows what would be imported.`,
  'usage.verify': `Usage: group-ledger verify FILE [--json]

Verifies a snapshot file: complete JSON, known version, checksum, schema, references and history
chain. Changes nothing.`,
  'usage.members': `Usage: group-ledger members GROUP [--as-of YYYY-MM-DD] [--data DIR] [--json]

Lists the members of a group (by id or by name), now or exactly as they were on a date.`,
  'error.usage': 'Error: {{detail}}',
  'error.seeHelp': 'Run "group-ledger {{command}} --help" for usage.',
  'error.unknownCommand': 'unknown command "{{command}}"',
  'error.missingArg': 'missing {{what}}',
  'error.extraArg': 'unexpected argument "{{arg}}"',
  'error.badLocale': '--locale must be zh-CN, vi or en, not "{{value}}"',
  'error.badDemo': '--demo must be county-bureau or youth-union, not "{{value}}"',
  'error.badFixture': '--fixture must be small, medium or large, not "{{value}}"',
  'error.demoOrFixture': 'use either --demo or --fixture, not both',
  'error.badDate': '--as-of must be a date written YYYY-MM-DD, such as 2024-03-01, not "{{value}}"',
  'error.noGroup': 'No group matches "{{query}}".',
  'error.manyGroups': '"{{query}}" matches {{count}} groups: {{names}}. Give the id or the full name.',
  'error.prefix': 'Error: {{message}}',
  'init.done': 'Created the organisation “{{name}}” ({{locale}}) in {{dataDir}}.',
  'init.demo':
    'Loaded the demo organisation “{{name}}”: {{people}} people, {{groups}} groups, {{memberships}} memberships.',
  'init.fixture':
    'Wrote the scale fixture “{{name}}”: {{people}} people, {{groups}} groups, {{memberships}} memberships, {{events}} history events.',
  'doctor.ok': 'All checks passed.',
  'doctor.failed': 'Some checks failed.',
  'export.done':
    'Exported {{people}} people, {{groups}} groups, {{memberships}} memberships and {{events}} events to {{path}} ({{bytes}} bytes).\nChecksum: {{checksum}}',
  'verify.ok':
    'The snapshot is valid: “{{organisation}}”, exported {{exportedAt}}; {{people}} people, {{groups}} groups, {{memberships}} memberships, {{events}} events.\nChecksum: {{checksum}}',
  'import.dryRun':
    'Dry run: the snapshot is valid and would import {{people}} people, {{groups}} groups, {{memberships}} memberships and {{events}} events. Nothing was written.',
  'import.done':
    'Imported {{people}} people, {{groups}} groups, {{memberships}} memberships and {{events}} events into {{dataDir}}.',
  'members.header': '{{group}} — {{count}} members{{asOf}}',
  'members.asOf': ' on {{date}}',
  'members.columns': 'Name\tRole\tUnit\tTier\tJoined\tAdded by\tBasis',
  'role.owner': 'owner',
  'role.deputy': 'deputy',
  'role.member': 'member',
  'basis.founding': 'founding member',
  'basis.charter': 'in charter',
  'basis.exception': 'approved exception',
  'basis.import': 'imported',
  'basis.manual': 'added by hand',
  'check.ok': 'ok',
  'check.failed': 'FAILED',
};

type Messages = Record<keyof typeof en, string>;

const zhCN: Messages = {
  'usage.main': `用法：group-ledger <命令> [选项]

命令：
  init --org 名称 [--locale 语言] [--demo [county-bureau|youth-union]] [--fixture small|medium|large]
                               新建单位（或载入示例单位、规模测试数据）
  doctor                       检查数据库和历史记录链
  export snapshot 文件         将整个台账写入快照文件
  import snapshot 文件 [--dry-run]
                               校验快照并导入到空台账
  verify 文件                  只校验快照文件，不导入
  members 群 [--as-of YYYY-MM-DD]
                               列出群成员（当前或某日）

通用选项：
  --data 目录    台账所在目录（默认：{{dataDir}}）
  --json         以 JSON 输出
  --lang 语言    提示语言：zh-CN、vi 或 en
  --help         查看命令帮助`,
  'usage.init': `用法：group-ledger init --org 名称 [--locale zh-CN|vi|en] [--demo [county-bureau|youth-union]] [--data 目录] [--json]

在空台账中新建单位。使用 --demo 时载入示例单位（--org 可为其改名）。使用 --fixture 时写入用于规模测试的生成数据
（large：10,000 人、1,000 个群、100,000 条成员关系、200,000 条历史记录）。默认语言为 en。`,
  'usage.doctor': `用法：group-ledger doctor [--data 目录] [--json]

检查数据库完整性、外键、防篡改的历史记录链和结构版本。任一检查失败时退出码为 1。`,
  'usage.export': `用法：group-ledger export snapshot 文件 [--data 目录] [--json]

将整个台账写成一个快照文件（JSON，格式版本 1，带 SHA-256 校验和）。命令报告成功时文件已写入磁盘。`,
  'usage.import': `用法：group-ledger import snapshot 文件 [--dry-run] [--data 目录] [--json]

校验快照并整体导入空台账（要么全部导入，要么什么都不导入）。使用 --dry-run 时只校验并显示将导入的内容。`,
  'usage.verify': `用法：group-ledger verify 文件 [--json]

校验快照文件：JSON 完整、版本已知、校验和、格式、引用关系和历史记录链。不做任何更改。`,
  'usage.members': `用法：group-ledger members 群 [--as-of YYYY-MM-DD] [--data 目录] [--json]

列出群（按编号或名称）的成员：当前成员，或某一天的成员。`,
  'error.usage': '错误：{{detail}}',
  'error.seeHelp': '运行 "group-ledger {{command}} --help" 查看用法。',
  'error.unknownCommand': '未知命令 "{{command}}"',
  'error.missingArg': '缺少{{what}}',
  'error.extraArg': '多余的参数 "{{arg}}"',
  'error.badLocale': '--locale 只能是 zh-CN、vi 或 en，而不是 "{{value}}"',
  'error.badDemo': '--demo 只能是 county-bureau 或 youth-union，而不是 "{{value}}"',
  'error.badFixture': '--fixture 只能是 small、medium 或 large，而不是 "{{value}}"',
  'error.demoOrFixture': '--demo 和 --fixture 只能选一个',
  'error.badDate': '--as-of 必须是 YYYY-MM-DD 格式的日期（如 2024-03-01），而不是 "{{value}}"',
  'error.noGroup': '没有与“{{query}}”匹配的群。',
  'error.manyGroups': '“{{query}}”匹配到 {{count}} 个群：{{names}}。请给出编号或完整名称。',
  'error.prefix': '错误：{{message}}',
  'init.done': '已在 {{dataDir}} 新建单位“{{name}}”（{{locale}}）。',
  'init.demo': '已载入示例单位“{{name}}”：{{people}} 人，{{groups}} 个群，{{memberships}} 条成员关系。',
  'init.fixture':
    '已写入规模测试数据“{{name}}”：{{people}} 人，{{groups}} 个群，{{memberships}} 条成员关系，{{events}} 条历史记录。',
  'doctor.ok': '全部检查通过。',
  'doctor.failed': '部分检查未通过。',
  'export.done':
    '已将 {{people}} 人、{{groups}} 个群、{{memberships}} 条成员关系和 {{events}} 条历史记录导出到 {{path}}（{{bytes}} 字节）。\n校验和：{{checksum}}',
  'verify.ok':
    '快照有效：“{{organisation}}”，导出于 {{exportedAt}}；{{people}} 人，{{groups}} 个群，{{memberships}} 条成员关系，{{events}} 条历史记录。\n校验和：{{checksum}}',
  'import.dryRun':
    '试运行：快照有效，将导入 {{people}} 人、{{groups}} 个群、{{memberships}} 条成员关系和 {{events}} 条历史记录。未写入任何内容。',
  'import.done':
    '已向 {{dataDir}} 导入 {{people}} 人、{{groups}} 个群、{{memberships}} 条成员关系和 {{events}} 条历史记录。',
  'members.header': '{{group}} — {{count}} 名成员{{asOf}}',
  'members.asOf': '（{{date}}）',
  'members.columns': '姓名\t角色\t部门\t层级\t入群日期\t拉人者\t依据',
  'role.owner': '群主',
  'role.deputy': '管理员',
  'role.member': '成员',
  'basis.founding': '建群成员',
  'basis.charter': '符合群章程',
  'basis.exception': '经批准的例外',
  'basis.import': '导入',
  'basis.manual': '手动加入',
  'check.ok': '通过',
  'check.failed': '未通过',
};

const vi: Messages = {
  'usage.main': `Cách dùng: group-ledger <lệnh> [tùy chọn]

Lệnh:
  init --org TÊN [--locale L] [--demo [county-bureau|youth-union]] [--fixture small|medium|large]
                               tạo đơn vị (hoặc tải đơn vị mẫu, dữ liệu thử quy mô lớn)
  doctor                       kiểm tra cơ sở dữ liệu và chuỗi lịch sử
  export snapshot TỆP          ghi toàn bộ sổ ra một tệp bản chụp
  import snapshot TỆP [--dry-run]
                               kiểm tra bản chụp và nhập vào sổ trống
  verify TỆP                   chỉ kiểm tra tệp bản chụp, không nhập
  members NHÓM [--as-of YYYY-MM-DD]
                               liệt kê thành viên của nhóm (hiện tại hoặc vào một ngày)

Tùy chọn chung:
  --data THƯ_MỤC thư mục của sổ (mặc định: {{dataDir}})
  --json         in kết quả dạng JSON
  --lang L       ngôn ngữ thông báo: zh-CN, vi hoặc en
  --help         trợ giúp cho một lệnh`,
  'usage.init': `Cách dùng: group-ledger init --org TÊN [--locale zh-CN|vi|en] [--demo [county-bureau|youth-union]] [--data THƯ_MỤC] [--json]

Tạo đơn vị trong sổ trống. Với --demo, tải đơn vị mẫu (--org để đổi tên). Với --fixture, ghi dữ liệu
sinh tự động để thử quy mô (large: 10.000 người, 1.000 nhóm, 100.000 lượt thành viên, 200.000 sự kiện).
Ngôn ngữ mặc định là en.`,
  'usage.doctor': `Cách dùng: group-ledger doctor [--data THƯ_MỤC] [--json]

Kiểm tra tính toàn vẹn của cơ sở dữ liệu, khóa ngoại, chuỗi lịch sử chống sửa đổi và phiên bản lược đồ. Thoát với mã 1 nếu có kiểm tra không đạt.`,
  'usage.export': `Cách dùng: group-ledger export snapshot TỆP [--data THƯ_MỤC] [--json]

Ghi toàn bộ sổ thành một tệp bản chụp (JSON, định dạng v1, có mã kiểm tra SHA-256). Tệp đã nằm trên đĩa khi lệnh báo thành công.`,
  'usage.import': `Cách dùng: group-ledger import snapshot TỆP [--dry-run] [--data THƯ_MỤC] [--json]

Kiểm tra bản chụp và nhập toàn bộ (hoặc không nhập gì) vào sổ trống. Với --dry-run chỉ kiểm tra và cho biết sẽ nhập những gì.`,
  'usage.verify': `Cách dùng: group-ledger verify TỆP [--json]

Kiểm tra tệp bản chụp: JSON đầy đủ, phiên bản đã biết, mã kiểm tra, định dạng, tham chiếu và chuỗi lịch sử. Không thay đổi gì.`,
  'usage.members': `Cách dùng: group-ledger members NHÓM [--as-of YYYY-MM-DD] [--data THƯ_MỤC] [--json]

Liệt kê thành viên của nhóm (theo mã hoặc tên), hiện tại hoặc đúng như vào một ngày.`,
  'error.usage': 'Lỗi: {{detail}}',
  'error.seeHelp': 'Chạy "group-ledger {{command}} --help" để xem cách dùng.',
  'error.unknownCommand': 'không có lệnh "{{command}}"',
  'error.missingArg': 'thiếu {{what}}',
  'error.extraArg': 'đối số thừa "{{arg}}"',
  'error.badLocale': '--locale phải là zh-CN, vi hoặc en, không phải "{{value}}"',
  'error.badDemo': '--demo phải là county-bureau hoặc youth-union, không phải "{{value}}"',
  'error.badFixture': '--fixture phải là small, medium hoặc large, không phải "{{value}}"',
  'error.demoOrFixture': 'chỉ dùng một trong hai: --demo hoặc --fixture',
  'error.badDate': '--as-of phải là ngày dạng YYYY-MM-DD, ví dụ 2024-03-01, không phải "{{value}}"',
  'error.noGroup': 'Không có nhóm nào khớp với “{{query}}”.',
  'error.manyGroups': '“{{query}}” khớp với {{count}} nhóm: {{names}}. Hãy ghi mã hoặc tên đầy đủ.',
  'error.prefix': 'Lỗi: {{message}}',
  'init.done': 'Đã tạo đơn vị “{{name}}” ({{locale}}) trong {{dataDir}}.',
  'init.demo': 'Đã tải đơn vị mẫu “{{name}}”: {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên.',
  'init.fixture':
    'Đã ghi dữ liệu thử quy mô “{{name}}”: {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên, {{events}} sự kiện.',
  'doctor.ok': 'Tất cả các kiểm tra đều đạt.',
  'doctor.failed': 'Một số kiểm tra không đạt.',
  'export.done':
    'Đã xuất {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên và {{events}} sự kiện ra {{path}} ({{bytes}} byte).\nMã kiểm tra: {{checksum}}',
  'verify.ok':
    'Bản chụp hợp lệ: “{{organisation}}”, xuất lúc {{exportedAt}}; {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên, {{events}} sự kiện.\nMã kiểm tra: {{checksum}}',
  'import.dryRun':
    'Chạy thử: bản chụp hợp lệ, sẽ nhập {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên và {{events}} sự kiện. Chưa ghi gì.',
  'import.done':
    'Đã nhập {{people}} người, {{groups}} nhóm, {{memberships}} lượt thành viên và {{events}} sự kiện vào {{dataDir}}.',
  'members.header': '{{group}} — {{count}} thành viên{{asOf}}',
  'members.asOf': ' vào ngày {{date}}',
  'members.columns': 'Họ tên\tVai trò\tĐơn vị\tCấp\tNgày vào\tNgười thêm\tCăn cứ',
  'role.owner': 'trưởng nhóm',
  'role.deputy': 'phó nhóm',
  'role.member': 'thành viên',
  'basis.founding': 'thành viên ban đầu',
  'basis.charter': 'đúng thành phần',
  'basis.exception': 'ngoại lệ đã duyệt',
  'basis.import': 'nhập từ tệp',
  'basis.manual': 'thêm thủ công',
  'check.ok': 'đạt',
  'check.failed': 'KHÔNG ĐẠT',
};

const TABLES: Record<Locale, Messages> = { en, 'zh-CN': zhCN, vi };

export type MessageKey = keyof typeof en;

export function cliText(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return interpolate(TABLES[locale][key], params);
}

/** The language of messages: --lang, then GROUP_LEDGER_LANG, then LANG / LC_ALL, then English. */
export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  for (const candidate of [flag, env.GROUP_LEDGER_LANG, env.LC_ALL, env.LANG]) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}
