/**
 * A snapshot holding a text the window would refuse — a control character in a name (ESC, which
 * retitles a terminal), a line break in a name, a character that turns the text around (U+202E),
 * half a character — is refused on verification and import, naming the kind of record and whose it
 * is, in the UI language; nothing is imported. Line breaks and tabs in free text, characters beyond
 * the basic plane (𠮷) and invisible characters kept from older registries still import. Issue 12,
 * point 6.
 */
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/i18n/errors';
import type { LedgerError } from '../../shared/errors';
import { firstBadText, importSnapshot, parseSnapshot } from '../../electron/capabilities/snapshots';
import { isRegistryEmpty } from '../../electron/kernel/records';
import { casedText, errorCode, resign } from './snapshot-helpers';
import { openTempDb } from './helpers';

type Doc = ReturnType<typeof JSON.parse>;

const person = (doc: Doc, name: string) => doc.content.people.find((p: { name: string }) => p.name === name);

const REFUSED: Array<[string, (doc: Doc) => void, string, string, string, string]> = [
  [
    'ESC in a person’s name',
    (doc) => (person(doc, '张敏').name = '张\u001b]0;x\u0007敏'),
    'people',
    '张\u001b]0;x\u0007敏',
    'text.control_char',
    'U+001B',
  ],
  [
    'a line break in a group’s name',
    (doc) => (doc.content.groups[0].name = '中层干部\n工作群'),
    'groups',
    '中层干部\n工作群',
    'text.control_char',
    'U+000A',
  ],
  [
    'U+202E in a unit’s name',
    (doc) => (doc.content.units[0].name = 'abc\u202Edef'),
    'units',
    'abc\u202Edef',
    'text.direction',
    'U+202E',
  ],
  [
    'half a character in an incident’s summary',
    (doc) => (doc.content.incidents[0].summary = 'x\uD800y'),
    'incidents',
    `#${'ID'}`,
    'text.broken_char',
    'U+D800',
  ],
  [
    'BEL in a membership’s reason for leaving',
    (doc) => {
      const m = doc.content.memberships.find((x: { leftOn: string | null }) => x.leftOn !== null);
      m.leftReason = '调离\u0007';
    },
    'memberships',
    'PAIR',
    'text.control_char',
    'U+0007',
  ],
  [
    'DEL in the organisation’s name',
    (doc) => (doc.content.organisation.name = '云溪县\u007f'),
    'organisation',
    '云溪县\u007f',
    'text.control_char',
    'U+007F',
  ],
];

describe('snapshot texts (issue 12, point 6)', () => {
  it.each(REFUSED)('%s is refused, naming the record; nothing is imported', (_, change, list, record, issue, value) => {
    const doc = JSON.parse(casedText());
    change(doc);
    const text = resign(doc);
    let error: LedgerError | null = null;
    try {
      parseSnapshot(text);
    } catch (e) {
      error = e as LedgerError;
    }
    expect(error?.code).toBe('snapshot_text');
    expect(error?.params.list).toBe(list);
    expect(error?.params.issue).toBe(issue);
    expect(error?.params.value).toBe(value);
    if (record === '#ID') expect(error?.params.record).toBe(`#${doc.content.incidents[0].id}`);
    else if (record !== 'PAIR') expect(error?.params.record).toBe(record);
    else expect(String(error?.params.record)).toMatch(/ · /);
    const { db } = openTempDb();
    expect(
      errorCode(() =>
        importSnapshot(db, parseSnapshot(text), { actor: 't', fileName: 'f', at: '2024-03-05T00:00:00.000Z' }),
      ),
    ).toBe('snapshot_text');
    expect(isRegistryEmpty(db)).toBe(true);
  });

  it('the message names the kind of record, whose it is and the character, in each language', () => {
    const doc = JSON.parse(casedText());
    person(doc, '张敏').name = '张\u001b敏';
    let error: LedgerError | null = null;
    try {
      parseSnapshot(resign(doc));
    } catch (e) {
      error = e as LedgerError;
    }
    const zh = errorMessage('zh-CN', error!.code, error!.params);
    expect(zh).toContain('人员“张\u001b敏”');
    expect(zh).toContain('U+001B');
    expect(zh).toContain('未导入任何内容');
    expect(errorMessage('vi', error!.code, error!.params)).toContain('một người “张\u001b敏”');
    expect(errorMessage('en', error!.code, error!.params)).toContain(
      'a person “张\u001b敏”: it contains the control character U+001B',
    );
  });

  it('line breaks and tabs in free text, 𠮷 and an invisible character kept from an older registry import', () => {
    const doc = JSON.parse(casedText());
    doc.content.incidents[0].summary = '第一行\n第二行\t完';
    person(doc, '张敏').name = '𠮷张敏';
    doc.content.groups[0].name = '中层\u200b干部工作群';
    expect(firstBadText(doc.content)).toBeNull();
    const { db } = openTempDb();
    // The records changed without their history are still a valid file to read; this checks the texts pass.
    expect(errorCode(() => parseSnapshot(resign(doc)))).not.toBe('snapshot_text');
    expect(isRegistryEmpty(db)).toBe(true);
  });
});
