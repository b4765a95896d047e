/**
 * Ctrl+K's incidents (issue 10: "search finds an incident by a word of its summary typed in pinyin
 * initials"): the palette's incident source over a real registry (the county-bureau demo in
 * zh-CN, the youth union in Vietnamese) — what is typed, which incident comes back, and what its
 * hit reads (day, kind, the start of the summary; never an internal id).
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/database';
import { loadDemo } from '../../electron/seeds/demo';
import { listIncidents } from '../../electron/capabilities/incidents';
import type { Locale } from '../../shared/domain';
import { i18n } from '../../renderer/src/i18n';
import dayjs from 'dayjs';
import { incidentPaletteSource, shortSummary } from '../../renderer/src/features/escalations/paletteSource';
import { fixedClock } from './helpers';

function sourceOver(demo: 'county-bureau' | 'youth-union', locale: Locale) {
  const db = openDatabase(':memory:');
  loadDemo({ db, clock: fixedClock('2026-11-20T09:00:00.000Z'), actor: '测试管理员' }, demo, locale);
  // The UI language as the app sets it (dates in the language's own form), without a document.
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : locale);
  void i18n.changeLanguage(locale);
  return incidentPaletteSource(
    (input) => Promise.resolve(listIncidents(db, input)),
    () => null,
    i18n.getFixedT(locale),
  );
}

describe('the palette finds incidents by words of their summary', () => {
  it('a word typed in pinyin initials (表情包: bqb) finds the mis-posted voice message', async () => {
    const source = sourceOver('county-bureau', 'zh-CN');
    const hits = await source.search('bqb');
    expect(hits.map((h) => h.title)).toEqual([
      '2019年3月18日 · 误发涉密内容 · 规划股一位同事午休时误把A领导评论B领导工作的一段语音发到中层干部工作群，超过撤回时限后连发十多…',
    ]);
    // In full pinyin, and two words in any order (围观 … 约架) find the quarrel alone.
    expect((await source.search('biaoqingbao')).map((h) => h.key)).toEqual(hits.map((h) => h.key));
    const quarrel = await source.search('wg yj');
    expect(quarrel.map((h) => h.title)).toEqual([expect.stringContaining('争吵 · 执法监察大队与城关自然资源所')]);
    expect(await source.search('bqb yj')).toEqual([]);
    for (const h of [...hits, ...quarrel]) expect(h.title).not.toMatch(/incident-|group-|person-/);
  });

  it('Vietnamese typed without accents finds the off-topic post', async () => {
    const source = sourceOver('youth-union', 'vi');
    const hits = await source.search('quang cao ban hang');
    expect(hits.map((h) => h.title)).toEqual([expect.stringContaining('Ngoài lề hoặc spam · Một đoàn viên đăng')]);
  });

  it('cuts a long summary at a character, on one line', () => {
    expect(shortSummary('一二三\n四五', 4)).toBe('一二三…');
    expect(shortSummary('一二\n三四五', 4)).toBe('一二 三…');
    expect(shortSummary('𠀀𠀁𠀂', 2)).toBe('𠀀𠀁…');
    expect(shortSummary('short', 10)).toBe('short');
  });
});
