/**
 * Every UI language at once, for the unit tests and tools that read strings in several languages
 * without a window: the window itself reads one language at a time (core.ts loadLocale, from
 * main.tsx through platform/settings). A new feature with strings adds its tables to the three
 * files of i18n/locales/.
 */
import { registerLocale } from './core';
import { tables as en } from './locales/en';
import { tables as zhCN } from './locales/zh-CN';
import { tables as vi } from './locales/vi';

registerLocale('en', en);
registerLocale('zh-CN', zhCN);
registerLocale('vi', vi);

export { applyLocale, guessLocale, i18n, isLocale, loadLocale } from './core';
