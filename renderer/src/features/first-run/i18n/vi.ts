/** The Vietnamese strings of features/first-run/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
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
