import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain';
import { guessLocale } from '../i18n/core';
import { useSession } from '../platform/session';

/**
 * Said when a part of the app's own code could not be read (a damaged installation, a file
 * missing), the UI language's strings among them: then there may be no table to take the words
 * from, so these few are built in.
 */
const BUILT_IN: Record<Locale, { title: string; detail: string; retry: string }> = {
  'zh-CN': {
    title: 'GroupLedger 无法启动',
    detail: '未能读取应用的部分文件，安装可能不完整。请重试；如果仍然失败，请重新安装 GroupLedger。台账数据未受影响。',
    retry: '重试',
  },
  vi: {
    title: 'GroupLedger không khởi động được',
    detail:
      'Không đọc được một phần của ứng dụng, bản cài đặt có thể chưa đầy đủ. Hãy thử lại; nếu vẫn lỗi, hãy cài lại GroupLedger. Dữ liệu của sổ không bị ảnh hưởng.',
    retry: 'Thử lại',
  },
  en: {
    title: 'GroupLedger could not start',
    detail:
      'A part of the app could not be read: the installation may be incomplete. Try again; if it fails again, reinstall GroupLedger. The ledger’s data is not affected.',
    retry: 'Try again',
  },
};

/** The app could not start (settings, organisation or its language unreadable): what went wrong, and Try again. */
export function BootFailed() {
  const error = useSession((s) => s.error);
  const { t, i18n } = useTranslation();
  // A file of the app that could not be read (the browser's message is English and names a
  // path), or no language read at all: the built-in words, in the system's language, never a key.
  const unreadable = /dynamically imported module|module script failed|loading chunk/i.test(error?.message ?? '');
  const words = unreadable || !i18n.exists('common.loadFailed') ? BUILT_IN[guessLocale()] : null;
  return (
    <Result
      status="error"
      title={words ? words.title : t('common.loadFailed')}
      subTitle={words ? words.detail : error?.message}
      data-testid="boot-failed"
      extra={
        <Button
          // A file that failed to load is not read again by the same page: the window is reloaded.
          onClick={() => (unreadable ? window.location.reload() : void useSession.getState().boot())}
          data-testid="boot-retry"
        >
          {words ? words.retry : t('common.retry')}
        </Button>
      }
    />
  );
}
