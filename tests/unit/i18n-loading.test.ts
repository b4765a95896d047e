/**
 * The window reads one UI language at a time (renderer/src/i18n/core.ts): a language's strings are
 * there before the UI switches to it, so a switch never shows keys, and a later choice wins over a
 * slower earlier one.
 */
import { beforeAll, describe, expect, it } from 'vitest';

// core.ts sets the document's language; the unit tests run without a DOM.
beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: { lang: '' } };
});

describe('UI languages read on demand', () => {
  it('holds no strings until a language is asked for, and switches only once it is read', async () => {
    const { applyLocale, i18n } = await import('../../renderer/src/i18n/core');
    expect(i18n.hasResourceBundle('vi', 'translation')).toBe(false);
    expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(false);

    const switching = applyLocale('vi');
    // Nothing switched yet: the UI would otherwise show keys for the language still being read.
    expect(i18n.language).not.toBe('vi');
    expect(await switching).toBe(true);
    expect(i18n.language).toBe('vi');
    expect(i18n.t('nav.dashboard')).toBe('Tổng quan');
    // The error messages shared with main come with the language too.
    expect(i18n.t('errors:not_found', { kind: 'nhóm', id: '7' })).toBe('Không có nhóm với mã “7” trong sổ.');
    expect(document.documentElement.lang).toBe('vi');
    // Only the language asked for was read.
    expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(false);
  });

  it('a later choice wins over one still being read', async () => {
    const { applyLocale, i18n } = await import('../../renderer/src/i18n/core');
    const first = applyLocale('en');
    const second = applyLocale('zh-CN');
    expect(await Promise.all([first, second])).toEqual([false, true]);
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('nav.dashboard')).toBe('工作台');
  });
});
