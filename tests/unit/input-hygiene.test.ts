/**
 * Input hygiene at the process boundary (issue 12, point 6): names and free text sent through the
 * contract lose invisible characters, and control and direction characters are refused with a
 * message that names the character, in the administrator's language. Nothing is written then.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/domain';
import { EMPTY_CHARTER } from '../../shared/domain';
import { textProblem } from '../../shared/text';
import { tempLedger } from './ledger-helpers';
import { personInput } from '../fixtures/personInput';

type Ledger = ReturnType<typeof tempLedger>['ledger'];

async function ok<T = Record<string, unknown>>(ledger: Ledger, channel: string, input: unknown): Promise<T> {
  const result = await ledger.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** An organisation with a unit, 李伟 in it, a group he owns, in the given language. */
async function setUp(locale: Locale) {
  const { ledger } = tempLedger();
  await ok(ledger, 'org.create', { name: '云溪县自然资源局', locale });
  await ok(ledger, 'settings.update', { locale });
  const unit = await ok<{ id: string }>(ledger, 'units.save', { name: '办公室', parentId: null });
  const li = await ok<{ id: string }>(ledger, 'people.save', personInput('李伟', { unitId: unit.id }));
  const group = await ok<{ id: string }>(ledger, 'groups.save', {
    name: '办公室工作群',
    platform: 'wechat',
    platformGroupId: null,
    purpose: null,
    kind: 'standing',
    task: null,
    endDate: null,
    authorisingDoc: null,
    ownerId: li.id,
    deputyIds: [],
  });
  return { ledger, unitId: unit.id, liId: li.id, groupId: group.id };
}

type Fixture = Awaited<ReturnType<typeof setUp>>;

const personIn = (f: Fixture, name: string) => personInput(name, { unitId: f.unitId });

const ESC_TITLE = 'Nguyễn\u001b]0;pwned\u0007 Văn An'; // sets a terminal's window title

describe('names and free text at the contract', () => {
  it.each([
    [
      'a person name with ESC and BEL',
      'vi' as Locale,
      (f: Fixture) => ['people.save', personIn(f, ESC_TITLE)] as const,
      'name: có ký tự điều khiển U+001B',
    ],
    [
      'a group name with RIGHT-TO-LEFT OVERRIDE',
      'zh-CN' as Locale,
      (f: Fixture) =>
        [
          'groups.save',
          {
            name: '办公室\u202Egpj.exe',
            platform: 'wechat',
            platformGroupId: null,
            purpose: null,
            kind: 'standing',
            task: null,
            endDate: null,
            authorisingDoc: null,
            ownerId: f.liId,
            deputyIds: [],
          },
        ] as const,
      'name: 含有会改变文字方向的不可见字符 U+202E',
    ],
    [
      'a unit name on two lines',
      'en' as Locale,
      () => ['units.save', { name: 'Office\nAnnex', parentId: null }] as const,
      'name: it contains the control character U+000A',
    ],
    [
      'an organisation name with a C1 control (CSI)',
      'en' as Locale,
      () => ['org.create', { name: 'Bureau\u009b2J', locale: 'en' }] as const,
      'name: it contains the control character U+009B',
    ],
    [
      'an incident summary with an isolate',
      'vi' as Locale,
      (f: Fixture) =>
        [
          'incidents.create',
          {
            kind: 'quarrel',
            severity: 'low',
            groupId: f.groupId,
            occurredOn: '2024-03-01',
            summary: 'Tranh cãi \u2066trong nhóm\u2069',
            people: [],
          },
        ] as const,
      'summary: có ký tự ẩn U+2066 làm đổi chiều văn bản',
    ],
    [
      'a reason with NUL',
      'zh-CN' as Locale,
      (f: Fixture) => ['members.remove', { groupId: f.groupId, personId: f.liId, reason: '调岗\u0000' }] as const,
      'reason: 含有控制字符 U+0000',
    ],
    [
      'a position in a charter with a left-to-right mark',
      'en' as Locale,
      (f: Fixture) =>
        [
          'groups.setCharter',
          { groupId: f.groupId, charter: { ...EMPTY_CHARTER, positions: ['\u200E办公室主任'] } },
        ] as const,
      'charter.positions.0: it contains the invisible direction-changing character U+200E',
    ],
    [
      'a tier name with half a character (found by the channel fuzz: FUZZ_SEED=945176811)',
      'zh-CN' as Locale,
      () => ['tiers.save', { name: '科级\uD800', rank: 9 }] as const,
      'name: 含有残缺的字符（U+D800）',
    ],
    [
      "the administrator's name with ESC",
      'vi' as Locale,
      () => ['settings.update', { adminName: 'Trần\u001b[2J Minh Anh' }] as const,
      'adminName: có ký tự điều khiển U+001B',
    ],
  ])('refuses %s, naming the character (%s)', async (_what, locale, build, message) => {
    const f = await setUp(locale);
    const before = await ok<unknown[]>(f.ledger, 'people.list', {});
    const [channel, input] = build(f);
    const result = await f.ledger.invoke(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.ok ? '' : result.error.message).toContain(message);
    // Bad input changes nothing.
    expect(await ok<unknown[]>(f.ledger, 'people.list', {})).toEqual(before);
    expect(await ok(f.ledger, 'settings.get', undefined)).toMatchObject({ adminName: '' });
  });

  it('removes zero-width characters, so 李\\u200b伟 is found as a duplicate of 李伟', async () => {
    const f = await setUp('zh-CN');
    for (const name of ['李\u200b伟', '\uFEFF李伟', '李\u2060伟\u200d']) {
      const result = await f.ledger.invoke('people.save', personIn(f, name));
      expect(result).toMatchObject({ ok: false, error: { code: 'duplicate_person' } });
      expect(result.ok ? '' : result.error.message).toContain('台账中已有办公室的 李伟');
    }
    // Confirmed as a different person, the name is stored as it is seen.
    const saved = await ok<{ name: string }>(f.ledger, 'people.save', {
      ...personIn(f, '李\u200b伟'),
      allowDuplicate: true,
    });
    expect(saved.name).toBe('李伟');
  });

  it('keeps line breaks and tabs in free text, and strips invisible characters there too', async () => {
    const f = await setUp('en');
    const rules = await ok<{ text: string }>(f.ledger, 'rules.publish', {
      groupId: f.groupId,
      text: '1.\tWork only.\n2.\tNo\u200b ads.',
    });
    expect(rules.text).toBe('1.\tWork only.\n2.\tNo ads.');
  });
});

describe('the rule itself (shared/text)', () => {
  it.each([
    ['李伟', false, null],
    ['Nguyễn Văn An', false, null],
    ['a\tb', false, { issue: 'text.control_char', value: 'U+0009' }],
    ['a\tb\nc\r\n', true, null],
    ['\u0007', true, { issue: 'text.control_char', value: 'U+0007' }],
    ['\u007f', true, { issue: 'text.control_char', value: 'U+007F' }],
    ['line\u2028separator', true, { issue: 'text.control_char', value: 'U+2028' }],
    ['\u202Aembedded', false, { issue: 'text.direction', value: 'U+202A' }],
    ['mark\u200F', true, { issue: 'text.direction', value: 'U+200F' }],
    ['isolate\u2069', true, { issue: 'text.direction', value: 'U+2069' }],
    // Half a character (a lone surrogate): stored it would become U+FFFD, unlike its history entry.
    ['办公\uD800室', false, { issue: 'text.broken_char', value: 'U+D800' }],
    ['tail\uDC00', true, { issue: 'text.broken_char', value: 'U+DC00' }],
    ['😀 a whole pair', false, null],
  ] as const)('%j (multiline %s) → %j', (text, multiline, problem) => {
    expect(textProblem(text, multiline)).toEqual(problem);
  });
});
