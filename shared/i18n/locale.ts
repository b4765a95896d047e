/** Maps a language tag (zh_CN.UTF-8, zh-TW, vi-VN, en-GB…) to a UI language, or null. */
import type { Locale } from '../domain';

export function matchLocale(tag: string | undefined | null): Locale | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('vi')) return 'vi';
  if (lower.startsWith('en')) return 'en';
  return null;
}
