import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { App } from 'antd';
import type { Locale } from '../../../shared/domain';
import { LOCALES } from '../../../shared/vocabulary';
import { useSettings } from '../platform/settings';

/** Switches the whole UI's language at once and remembers it. */
export function LanguageSwitcher({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useSettings((s) => s.locale);
  const setLocale = useSettings((s) => s.setLocale);
  return (
    <Select<Locale>
      value={locale}
      size={size}
      onChange={(value) => setLocale(value).catch((e: Error) => message.error(e.message))}
      options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      prefix={<GlobalOutlined />}
      aria-label={t('header.language')}
      popupMatchSelectWidth={false}
      style={{ minWidth: 150 }}
      data-testid="language-switcher"
    />
  );
}
