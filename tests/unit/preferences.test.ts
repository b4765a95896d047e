/**
 * An unusable preferences.json at start: moved aside under a dated name (never deleted), the app
 * runs on the defaults, and the notice for the window says where the file went.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, confStore, openPreferences, preferencesProblem } from '../../electron/core/preferences';
import { tempDir } from './helpers';

const AT = new Date(2025, 5, 2, 9, 5, 7); // 2 June 2025 09:05:07 local time
const now = () => AT;

function open(dir: string) {
  return openPreferences(dir, () => confStore(dir), now);
}

describe('preferences at start', () => {
  it.each([
    ['cut off mid-file', '{"settings": {"locale": "vi"', 'not_json'],
    ['empty', '', 'not_json'],
    ['a list, not an object', '["vi"]', 'not_json'],
    ['settings that are a string', '{"settings": "vi"}', 'invalid'],
    ['an unknown language', '{"settings": {"locale": "fr"}}', 'invalid'],
    ['an administrator name of 500 characters', `{"settings": {"adminName": "${'x'.repeat(500)}"}}`, 'invalid'],
  ])('a file with %s is moved aside and the defaults are used', (_what, text, problem) => {
    const dir = tempDir();
    const file = join(dir, 'preferences.json');
    writeFileSync(file, text);
    expect(preferencesProblem(file)).toBe(problem);
    const prefs = open(dir);
    expect(prefs.settings()).toEqual(DEFAULT_SETTINGS);
    const kept = join(dir, 'preferences.damaged-20250602-090507.json');
    expect(prefs.startupNotice()).toEqual({ kind: 'preferences_reset', file, movedTo: kept, saved: true });
    expect(readFileSync(kept, 'utf8')).toBe(text);
    prefs.updateSettings({ locale: 'zh-CN' });
    expect(JSON.parse(readFileSync(file, 'utf8')).settings.locale).toBe('zh-CN');
  });

  it('moves a folder that stands where the file should be (it cannot be read)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'preferences.json'));
    writeFileSync(join(dir, 'preferences.json', 'note.txt'), 'kept');
    const prefs = open(dir);
    expect(prefs.startupNotice()).toMatchObject({ movedTo: join(dir, 'preferences.damaged-20250602-090507.json') });
    expect(readFileSync(join(dir, 'preferences.damaged-20250602-090507.json', 'note.txt'), 'utf8')).toBe('kept');
    expect(prefs.settings()).toEqual(DEFAULT_SETTINGS);
  });

  it('never overwrites an earlier damaged file of the same second', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'preferences.damaged-20250602-090507.json'), 'first');
    writeFileSync(join(dir, 'preferences.json'), 'second');
    expect(open(dir).startupNotice()?.movedTo).toBe(join(dir, 'preferences.damaged-20250602-090507-2.json'));
    expect(readFileSync(join(dir, 'preferences.damaged-20250602-090507.json'), 'utf8')).toBe('first');
    expect(readFileSync(join(dir, 'preferences.damaged-20250602-090507-2.json'), 'utf8')).toBe('second');
  });

  it.each([
    ['no file yet', null],
    ['a valid file', '{"settings": {"locale": "vi", "theme": "dark"}, "windowBounds": {"width": 9}}'],
    ['a file without settings', '{"importMappings": []}'],
  ])('leaves %s alone and has nothing to tell', (_what, text) => {
    const dir = tempDir();
    if (text !== null) writeFileSync(join(dir, 'preferences.json'), text);
    const prefs = open(dir);
    expect(prefs.startupNotice()).toBeNull();
    expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
    if (text?.includes('"vi"')) expect(prefs.settings()).toMatchObject({ locale: 'vi', theme: 'dark' });
    // A window size out of range is ignored on its own, as before; it does not reset the settings.
    expect(prefs.windowBounds()).toBeNull();
  });

  it('keeps settings in memory, and says so, when no new file can be written after the move', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'preferences.json'), 'garbage');
    let opened = 0;
    const prefs = openPreferences(
      dir,
      () => {
        opened++;
        throw new Error('EROFS: read-only file system');
      },
      now,
    );
    // The file was moved, then the store could not be opened: this session only.
    expect(opened).toBe(1);
    expect(prefs.startupNotice()).toMatchObject({ saved: false });
    expect(existsSync(join(dir, 'preferences.damaged-20250602-090507.json'))).toBe(true);
    expect(prefs.updateSettings({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
    expect(prefs.settings().theme).toBe('dark');
  });

  it('a field sent as undefined is left as it is (found by the channel fuzz: FUZZ_SEED=945176811)', () => {
    const prefs = open(tempDir());
    prefs.updateSettings({ adminName: '王秘书' });
    const next = prefs.updateSettings({ theme: 'light', adminName: undefined, escalationWaitDays: 260 });
    expect(next).toMatchObject({ adminName: '王秘书', theme: 'light', escalationWaitDays: 260 });
  });
});
