/** The Vietnamese strings of features/settings/i18n/en.ts: the same keys (Messages), other words. */
import type { Messages } from '../../../i18n/messages';
import type { messages as en } from './en';

export const messages: Messages<typeof en> = {
  settings: {
    title: 'Cài đặt',
    description:
      'Ngôn ngữ, giao diện, tên của bạn trong lịch sử, báo cáo và loại sự việc, và thông tin về bản cài đặt này.',
    appearance: 'Ngôn ngữ và giao diện',
    language: 'Ngôn ngữ',
    theme: 'Giao diện',
    themeLight: 'Sáng',
    themeDark: 'Tối',
    administrator: 'Quản trị viên',
    adminName: 'Tên của bạn',
    adminNameHelp: 'Được ghi là người thực hiện mọi thay đổi của bạn trong lịch sử.',
    adminNamePlaceholder: 'Ví dụ: Nguyễn Trọng Nhân',
    about: 'Về bản cài đặt này',
    version: 'Phiên bản',
    mode: 'Chế độ',
    modeElectron: 'Ứng dụng máy tính',
    modeBrowser: 'Trình duyệt (môi trường kiểm thử)',
    dataDir: 'Thư mục dữ liệu',
    registryPath: 'Tệp sổ',
    sqlite: 'SQLite',
    node: 'Node.js',
    revision: 'Phiên bản dữ liệu',
    escalations: 'Báo cáo sự việc',
    waitDays: 'Nhắc khi báo cáo chờ quyết định quá',
    waitDaysUnit: 'ngày',
    waitDaysHelp:
      'Trang tổng quan và trang báo cáo sự việc liệt kê các lần báo cáo đã chờ quyết định lâu hơn số ngày này.',
    waitDaysRange: 'Hãy nhập số ngày nguyên từ {{min}} đến {{max}}.',
  },
};
