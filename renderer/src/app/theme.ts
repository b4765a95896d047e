/** Ant Design theme and locale for the current preferences. */
import { useSyncExternalStore } from 'react';
import { theme, type ThemeConfig } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import zhCN from 'antd/locale/zh_CN';
import type { Locale } from '../../../shared/domain';
import type { Theme } from '../platform/settings';

export const ANTD_LOCALE: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, vi: viVN, en: enUS };

/**
 * One font stack for every language, system fonts only (the app is offline and its CSP allows no
 * remote fonts). Each platform's UI face comes first, then its Chinese face, which the browser
 * uses for the characters the first one lacks: Windows Segoe UI + Microsoft YaHei (YaHei's Latin
 * is drawn after Segoe UI), macOS San Francisco + PingFang SC, Linux Noto Sans + Noto Sans CJK SC
 * (which also has every Vietnamese letter when Noto Sans is missing). So a Vietnamese screen, an
 * English one and a Chinese one set their letters in the same faces, and Vietnamese letters with
 * two marks (ệ, ờ) never fall back to another face in the middle of a word. Arial and the generic
 * family come last: before the CJK fonts they would take the Latin text on Linux (Liberation
 * Sans) and leave the Chinese screens in another face.
 */
const SYSTEM_UI = '-apple-system, BlinkMacSystemFont';
const FACES =
  "'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', " +
  "'Hiragino Sans GB', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const FONT_STACK = `${SYSTEM_UI}, ${FACES}`;

/**
 * Only the punctuation Chinese and Latin text share (’ “ ” · … —) differs by language, from two
 * faces global.css declares for those characters alone: Chinese screens take it from the Chinese
 * face (full width, as Chinese readers expect), Vietnamese and English ones from a Latin face, so
 * that a CJK face setting the letters (Linux) does not put em-wide quotes and dots into them.
 */
export function fontFamily(locale: Locale): string {
  return locale === 'zh-CN' ? `'GL CJK Punctuation', ${FONT_STACK}` : `${SYSTEM_UI}, 'GL Latin Punctuation', ${FACES}`;
}

/**
 * `zeroRuntime`: the components' styles come from antd's own stylesheet (antd/dist/antd.css,
 * imported in main.tsx) instead of being generated in the window as each component first shows;
 * the theme reaches them as CSS variables. Measured at 10,000 people (median of three, same
 * machine, same hour): the people table's first mount 214-232 ms before, 175-198 ms after; the
 * groups table's 320-361 ms before, 210-236 ms after. Screenshots of seven pages are identical
 * pixel for pixel.
 */
export function themeConfig(mode: Theme, locale: Locale, reducedMotion = false): ThemeConfig {
  return {
    zeroRuntime: true,
    algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm,
    // `motion: false` when the system asks for less motion (Windows: "Animation effects" off):
    // dialogs, drawers and menus then appear and go at once.
    token: { fontFamily: fontFamily(locale), borderRadius: 6, colorPrimary: '#1668dc', motion: !reducedMotion },
    components: {
      Layout: mode === 'dark' ? {} : { bodyBg: '#f4f6f9', headerBg: '#ffffff' },
    },
  };
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the system asks for less motion, followed as it changes. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(REDUCED_MOTION);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(REDUCED_MOTION).matches,
  );
}
