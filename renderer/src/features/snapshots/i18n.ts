/**
 * UI strings of the snapshots page, in every language.
 * The English table defines the shape; zh-CN and vi are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/index.ts merges the
 * tables into one), and plural forms keep `_one` / `_other` in every language.
 */
import type { Messages } from '../../i18n/messages';

const en = {
  snapshots: {
    title: 'Snapshots',
    description:
      'Export the whole ledger to a checked file, import one into an empty registry, and check the registry.',
    exportTitle: 'Export a snapshot',
    exportDescription:
      'Writes the whole registry — organisation, units, tiers, people, groups, memberships and history — to one JSON file with a checksum, for your records or for the director.',
    exportButton: 'Export snapshot',
    exported: 'Snapshot exported',
    exportCancelled: 'The export was cancelled.',
    path: 'File',
    size: 'Size',
    checksum: 'Checksum',
    counts: 'Contents',
    importTitle: 'Import a snapshot',
    importDescription:
      'Reads a snapshot file, verifies its checksum and format, and shows what it holds before anything is written. The import is all or nothing.',
    importButton: 'Choose a snapshot…',
    importCancelled: 'No snapshot was chosen.',
    preview: 'Preview',
    fileName: 'File',
    exportedAt: 'Exported at',
    organisation: 'Organisation',
    registryNotEmpty: 'This registry already holds data. A snapshot can only be imported into an empty registry.',
    confirmImport: 'Import this snapshot',
    imported: 'The snapshot was imported.',
    doctorTitle: 'Check the registry',
    doctorDescription:
      'Verifies the database file, its references, the history chain and the membership invariants. Read only.',
    doctorButton: 'Run the check',
    doctorOk: 'The registry is healthy.',
    doctorFailed: 'The check found problems.',
    checks: {
      integrity: 'Database integrity',
      foreign_keys: 'References between records',
      event_chain: 'History chain',
      open_memberships: 'One open membership per person and group',
      schema_version: 'Schema version',
    },
    passed: 'Passed',
    failed: 'Failed',
    countLabels: {
      units: 'Units',
      tiers: 'Tiers',
      people: 'People',
      groups: 'Groups',
      memberships: 'Memberships',
      events: 'Events',
    },
  },
};

const zhCN: Messages<typeof en> = {
  snapshots: {
    title: '快照',
    description: '把整本台账导出为带校验的文件，把快照导入空台账，以及检查台账。',
    exportTitle: '导出快照',
    exportDescription:
      '把整本台账——单位、部门、层级、人员、工作群、成员记录和历史——写入一个带校验和的 JSON 文件，用于存档或报送领导。',
    exportButton: '导出快照',
    exported: '快照已导出',
    exportCancelled: '已取消导出。',
    path: '文件',
    size: '大小',
    checksum: '校验和',
    counts: '内容',
    importTitle: '导入快照',
    importDescription:
      '读取快照文件，校验校验和与格式，并在写入之前先显示其中内容。导入要么全部成功，要么不做任何更改。',
    importButton: '选择快照…',
    importCancelled: '未选择快照。',
    preview: '预览',
    fileName: '文件',
    exportedAt: '导出时间',
    organisation: '单位',
    registryNotEmpty: '本台账中已有数据，快照只能导入到空台账。',
    confirmImport: '导入此快照',
    imported: '快照已导入。',
    doctorTitle: '检查台账',
    doctorDescription: '检查数据库文件、记录间的引用、历史记录链和成员记录的一致性。只读，不做任何更改。',
    doctorButton: '开始检查',
    doctorOk: '台账状态良好。',
    doctorFailed: '检查发现问题。',
    checks: {
      integrity: '数据库完整性',
      foreign_keys: '记录间的引用',
      event_chain: '历史记录链',
      open_memberships: '同一人在同一群只有一条在群记录',
      schema_version: '数据结构版本',
    },
    passed: '通过',
    failed: '未通过',
    countLabels: {
      units: '部门',
      tiers: '层级',
      people: '人员',
      groups: '工作群',
      memberships: '成员记录',
      events: '历史记录',
    },
  },
};

const vi: Messages<typeof en> = {
  snapshots: {
    title: 'Bản chụp',
    description: 'Xuất toàn bộ sổ ra một tệp có mã kiểm tra, nhập bản chụp vào sổ trống và kiểm tra sổ.',
    exportTitle: 'Xuất bản chụp',
    exportDescription:
      'Ghi toàn bộ sổ — đơn vị, bộ phận, cấp, nhân sự, nhóm, thành viên và lịch sử — vào một tệp JSON có mã kiểm tra, để lưu trữ hoặc gửi lãnh đạo.',
    exportButton: 'Xuất bản chụp',
    exported: 'Đã xuất bản chụp',
    exportCancelled: 'Đã hủy xuất.',
    path: 'Tệp',
    size: 'Dung lượng',
    checksum: 'Mã kiểm tra',
    counts: 'Nội dung',
    importTitle: 'Nhập bản chụp',
    importDescription:
      'Đọc tệp bản chụp, kiểm tra mã kiểm tra và định dạng, rồi cho xem nội dung trước khi ghi. Việc nhập hoặc thành công toàn bộ, hoặc không thay đổi gì.',
    importButton: 'Chọn bản chụp…',
    importCancelled: 'Chưa chọn bản chụp nào.',
    preview: 'Xem trước',
    fileName: 'Tệp',
    exportedAt: 'Thời điểm xuất',
    organisation: 'Đơn vị',
    registryNotEmpty: 'Sổ này đã có dữ liệu. Chỉ có thể nhập bản chụp vào sổ trống.',
    confirmImport: 'Nhập bản chụp này',
    imported: 'Đã nhập bản chụp.',
    doctorTitle: 'Kiểm tra sổ',
    doctorDescription:
      'Kiểm tra tệp cơ sở dữ liệu, liên kết giữa các bản ghi, chuỗi lịch sử và tính nhất quán của thành viên. Chỉ đọc.',
    doctorButton: 'Chạy kiểm tra',
    doctorOk: 'Sổ ở trạng thái tốt.',
    doctorFailed: 'Kiểm tra phát hiện vấn đề.',
    checks: {
      integrity: 'Tính toàn vẹn cơ sở dữ liệu',
      foreign_keys: 'Liên kết giữa các bản ghi',
      event_chain: 'Chuỗi lịch sử',
      open_memberships: 'Mỗi người chỉ có một lượt tham gia mở trong mỗi nhóm',
      schema_version: 'Phiên bản lược đồ',
    },
    passed: 'Đạt',
    failed: 'Không đạt',
    countLabels: {
      units: 'Bộ phận',
      tiers: 'Cấp',
      people: 'Nhân sự',
      groups: 'Nhóm',
      memberships: 'Lượt thành viên',
      events: 'Sự kiện',
    },
  },
};

export const messages = { en, 'zh-CN': zhCN, vi };
