/**
 * UI strings of the escalations page, in every language.
 * The English table defines the shape; zh-CN and vi are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/index.ts merges the
 * tables into one), and plural forms keep `_one` / `_other` in every language.
 */
import type { Messages } from '../../i18n/messages';

const en = {
  escalations: {
    title: 'Escalations',
    description: 'Incidents in groups and how they were escalated and resolved.',
    emptyTitle: 'Incident records and escalation steps will live here',
    emptyBody:
      'Record an incident in a group — a quarrel, a confidential message posted by mistake, off-topic content — with its kind, severity and the people involved (your own summary, never message contents). Then log each escalation step: from whom to whom, when, and the decision, and link the actions taken: a warning, a removal, a rule change or a dissolution. Each group and person gets a timeline, and leadership gets a printable report.',
    points: {
      incidents: 'Incidents with kind, severity, group and people involved',
      steps: 'Escalation steps with decisions and dates',
      report: 'A report for leadership, printable as PDF',
    },
    comingSoon: 'Coming in a later version',
  },
};

const zhCN: Messages<typeof en> = {
  escalations: {
    title: '事件上报',
    description: '群内发生的事件，以及逐级上报和处理的经过。',
    emptyTitle: '这里将记录群内事件和上报处理过程',
    emptyBody:
      '登记群内发生的事件——争吵、误发涉密信息、发布与工作无关的内容等——包括事件类型、严重程度和涉及人员（只记您自己的概述，不保存聊天内容）。随后逐条记录上报经过：由谁报给谁、何时、作出什么决定，并关联所采取的措施：提醒、移出、修订群规或解散群。每个群和每个人都有自己的时间线，还可生成供领导审阅的报告。',
    points: {
      incidents: '事件记录：类型、严重程度、所在群、涉及人员',
      steps: '上报步骤：逐级记录决定和时间',
      report: '领导报告：可打印或导出 PDF',
    },
    comingSoon: '将在后续版本中提供',
  },
};

const vi: Messages<typeof en> = {
  escalations: {
    title: 'Sự việc',
    description: 'Các sự việc phát sinh trong nhóm và quá trình báo cáo, xử lý.',
    emptyTitle: 'Nơi ghi nhận sự việc và các bước báo cáo xử lý',
    emptyBody:
      'Ghi nhận sự việc trong nhóm — cãi vã, đăng nhầm thông tin mật, đăng nội dung ngoài công việc — với loại, mức độ và những người liên quan (chỉ là tóm tắt của bạn, không lưu nội dung tin nhắn). Sau đó ghi từng bước báo cáo: từ ai tới ai, khi nào và quyết định ra sao, kèm các biện pháp đã thực hiện: nhắc nhở, xóa khỏi nhóm, sửa quy định hoặc giải thể nhóm. Mỗi nhóm và mỗi người có dòng thời gian riêng, và có báo cáo để trình lãnh đạo.',
    points: {
      incidents: 'Sự việc: loại, mức độ, nhóm và người liên quan',
      steps: 'Các bước báo cáo kèm quyết định và thời gian',
      report: 'Báo cáo trình lãnh đạo, có thể in hoặc xuất PDF',
    },
    comingSoon: 'Sẽ có trong phiên bản sau',
  },
};

export const messages = { en, 'zh-CN': zhCN, vi };
