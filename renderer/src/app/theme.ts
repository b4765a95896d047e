/** Ant Design theme and locale for the current preferences. */
import { theme, type ThemeConfig } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from '../../../shared/domain';
import type { Theme } from '../platform/settings';

export const ANTD_LOCALE: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, vi: viVN, en: enUS };

const LATIN = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans'";
const CHINESE = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Hiragino Sans GB'";

/**
 * System fonts only. Chinese UI: Chinese fonts first, so punctuation like “” is set full-width as
 * Chinese readers expect. Vietnamese and English: Latin fonts first, so diacritics and quotes use a
 * Latin face and the Chinese names in the data still fall back to a Chinese font.
 */
export function fontFamily(locale: Locale): string {
  return locale === 'zh-CN' ? `${CHINESE}, ${LATIN}, sans-serif` : `${LATIN}, ${CHINESE}, sans-serif`;
}

export function themeConfig(mode: Theme, locale: Locale): ThemeConfig {
  return {
    algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm,
    token: { fontFamily: fontFamily(locale), borderRadius: 6, colorPrimary: '#1668dc' },
    components: {
      Layout: mode === 'dark' ? {} : { bodyBg: '#f4f6f9', headerBg: '#ffffff' },
    },
  };
}
