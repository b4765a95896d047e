/**
 * UI strings of the operations page, in every language.
 * The English table defines the shape; zh-CN and vi are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/index.ts merges the
 * tables into one), and plural forms keep `_one` / `_other` in every language.
 */
import type { Messages } from '../../i18n/messages';

const en = {
  operations: {
    title: 'Operations',
    description: 'Safe, resumable removal of members and dissolution of groups.',
    emptyTitle: 'Safe removal and dissolution runbooks will live here',
    emptyBody:
      'Prune members outside a group’s charter, offboard a leaver from every group, or dissolve a group. Each operation is planned and authorised, takes a snapshot first, then walks you through the removals one person at a time on your phone — owner last — with progress, a time estimate and a record of every step. It survives interruptions and ends with a report for the director.',
    points: {
      plan: 'Planned and authorised, with a snapshot first',
      walk: 'One person at a time, keyboard driven, owner last',
      resume: 'Resumable after an interruption, with a final report',
    },
    comingSoon: 'Coming in a later version',
  },
};

const zhCN: Messages<typeof en> = {
  operations: {
    title: '批量操作',
    description: '安全、可中断续做的成员移出和解散群流程。',
    emptyTitle: '这里将提供安全移出和解散群的操作流程',
    emptyBody:
      '清理不符合群章程的成员、把离职人员移出所有群，或解散一个群。每项操作都要先制定计划、取得授权，并先保存成员快照；然后引导您在手机上逐人移出——群主最后——显示进度和预计用时，每一步都有记录。中途被打断也可以继续，完成后生成给局领导的报告。',
    points: {
      plan: '先计划、先授权、先保存快照',
      walk: '逐人操作，可全程键盘完成，群主最后移出',
      resume: '中断后可继续，结束时生成报告',
    },
    comingSoon: '将在后续版本中提供',
  },
};

const vi: Messages<typeof en> = {
  operations: {
    title: 'Tác vụ',
    description: 'Quy trình xóa thành viên và giải thể nhóm an toàn, có thể làm tiếp khi bị gián đoạn.',
    emptyTitle: 'Nơi thực hiện quy trình xóa thành viên và giải thể nhóm an toàn',
    emptyBody:
      'Xóa những thành viên ngoài thành phần của nhóm, đưa người đã nghỉ ra khỏi mọi nhóm, hoặc giải thể một nhóm. Mỗi tác vụ được lập kế hoạch, được phê duyệt, chụp lại danh sách thành viên trước, rồi hướng dẫn bạn xóa từng người trên điện thoại — trưởng nhóm sau cùng — có tiến độ, thời gian ước tính và ghi nhận từng bước. Bị gián đoạn vẫn làm tiếp được, và kết thúc bằng một báo cáo trình lãnh đạo.',
    points: {
      plan: 'Có kế hoạch, được phê duyệt, chụp danh sách trước',
      walk: 'Từng người một, thao tác bằng bàn phím, trưởng nhóm sau cùng',
      resume: 'Làm tiếp được sau gián đoạn, có báo cáo khi kết thúc',
    },
    comingSoon: 'Sẽ có trong phiên bản sau',
  },
};

export const messages = { en, 'zh-CN': zhCN, vi };
