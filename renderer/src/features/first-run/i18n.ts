/**
 * UI strings of the first-run welcome, in every language.
 * The English table defines the shape; zh-CN and vi are typed against it (Messages), so a missing
 * or extra key fails the type check. Keys keep their full i18next path (i18n/index.ts merges the
 * tables into one), and plural forms keep `_one` / `_other` in every language.
 */
import type { Messages } from '../../i18n/messages';

const en = {
  firstRun: {
    title: 'Welcome to GroupLedger',
    subtitle:
      'Keep the ledger of your organisation’s work chat groups: who is in each group, who should be, why each person was let in, and what happened.',
    languageStep: 'Language',
    languageHint: 'You can change it later in Settings.',
    adminName: 'Your name and position',
    adminNameHint: 'Every change you record is signed with it in the history (e.g. “Zhang Min, office administrator”).',
    adminNameRequired: 'Enter the name that signs your changes.',
    setupStep: 'Organisation',
    createTitle: 'Create an organisation',
    createDescription: 'Start an empty ledger for your own organisation. You add units, people and groups next.',
    orgName: 'Organisation name',
    orgNamePlaceholder: 'e.g. County Bureau of Natural Resources',
    orgNameRequired: 'Enter the organisation’s name.',
    createButton: 'Create the organisation',
    demoTitle: 'Load the demo organisation',
    demoDescription:
      'Explore GroupLedger with a realistic organisation built from real stories. You can start over later.',
    demoCounty: 'County bureau',
    demoCountyDescription:
      'A county bureau office (局办公室) on WeChat: the middle-manager group made for 20 people that grew to about 100 in three days.',
    demoYouth: 'Provincial youth union',
    demoYouthDescription:
      'A provincial youth union (Đoàn khối) with the three official Zalo groups of notice 129, who may add members and the Secretary’s approval.',
    loadDemoButton: 'Load the demo',
    or: 'or',
    privacy: 'GroupLedger works offline. Nothing leaves this computer; it never connects to a chat platform.',
    created: 'The organisation “{{name}}” is ready.',
    restoreLink: 'Restore a ledger from a snapshot…',
  },
};

const zhCN: Messages<typeof en> = {
  firstRun: {
    title: '欢迎使用 GroupLedger 群台账',
    subtitle: '为本单位的工作群建立台账：每个群里有谁、应该有谁、每个人因何入群，以及发生过什么。',
    languageStep: '语言',
    languageHint: '之后可在“设置”中更改。',
    adminName: '您的姓名和职务',
    adminNameHint: '您记录的每一项更改都会在历史记录中以此署名（如“张敏 办公室管理员”）。',
    adminNameRequired: '请填写为更改署名的姓名。',
    setupStep: '单位',
    createTitle: '新建单位',
    createDescription: '为本单位建立一本空台账，随后添加部门、人员和工作群。',
    orgName: '单位名称',
    orgNamePlaceholder: '例如：某某县自然资源局',
    orgNameRequired: '请输入单位名称。',
    createButton: '新建单位',
    demoTitle: '载入示例单位',
    demoDescription: '用一个根据真实案例编写的示例单位体验 GroupLedger，之后可以重新开始。',
    demoCounty: '县局',
    demoCountyDescription: '某县局办公室的微信工作群：原本只为 20 名中层干部建的群，三天内涨到了约 100 人。',
    demoYouth: '省直团委',
    demoYouthDescription:
      '越南某省直属机关团委（Đoàn khối）：按第 129 号通知设立的三个 Zalo 工作群，只有群主可以拉人，例外须经书记同意。',
    loadDemoButton: '载入示例',
    or: '或',
    privacy: 'GroupLedger 离线运行，数据不会离开本机，也从不连接任何聊天平台。',
    created: '单位“{{name}}”已就绪。',
    restoreLink: '从快照恢复台账…',
  },
};

const vi: Messages<typeof en> = {
  firstRun: {
    title: 'Chào mừng đến với GroupLedger',
    subtitle:
      'Sổ theo dõi các nhóm trao đổi công việc của đơn vị: ai đang ở trong từng nhóm, ai nên ở, vì sao mỗi người được thêm vào và điều gì đã xảy ra.',
    languageStep: 'Ngôn ngữ',
    languageHint: 'Có thể đổi sau trong phần Cài đặt.',
    adminName: 'Họ tên và chức vụ của bạn',
    adminNameHint: 'Mọi thay đổi bạn ghi lại đều được ký bằng tên này trong lịch sử (ví dụ “Trần Minh Anh, văn thư”).',
    adminNameRequired: 'Hãy nhập tên dùng để ký các thay đổi.',
    setupStep: 'Đơn vị',
    createTitle: 'Tạo đơn vị mới',
    createDescription: 'Bắt đầu một sổ trống cho đơn vị của bạn, sau đó thêm bộ phận, nhân sự và nhóm.',
    orgName: 'Tên đơn vị',
    orgNamePlaceholder: 'Ví dụ: Đoàn khối các cơ quan tỉnh',
    orgNameRequired: 'Hãy nhập tên đơn vị.',
    createButton: 'Tạo đơn vị',
    demoTitle: 'Tải đơn vị mẫu',
    demoDescription:
      'Dùng thử GroupLedger với một đơn vị mẫu dựng từ các câu chuyện có thật. Có thể làm lại từ đầu sau.',
    demoCounty: 'Cục cấp huyện (Trung Quốc)',
    demoCountyDescription:
      'Văn phòng một cục cấp huyện dùng WeChat: nhóm lập cho khoảng 20 cán bộ quản lý đã lên tới khoảng 100 người chỉ sau ba ngày.',
    demoYouth: 'Đoàn khối cấp tỉnh',
    demoYouthDescription:
      'Đoàn khối các cơ quan và doanh nghiệp tỉnh với ba nhóm Zalo theo Thông báo số 129: chỉ trưởng nhóm được thêm thành viên, ngoài thành phần phải được Bí thư đồng ý.',
    loadDemoButton: 'Tải đơn vị mẫu',
    or: 'hoặc',
    privacy:
      'GroupLedger hoạt động ngoại tuyến. Dữ liệu không rời khỏi máy này và không bao giờ kết nối tới nền tảng trò chuyện nào.',
    created: 'Đơn vị “{{name}}” đã sẵn sàng.',
    restoreLink: 'Khôi phục sổ từ bản chụp…',
  },
};

export const messages = { en, 'zh-CN': zhCN, vi };
