/**
 * What the command line prints is safe for a terminal (issue 12): a name holding ESC, BEL or a
 * direction control — from before the contract refused them, or from an imported snapshot — is
 * printed with the character escaped, never raw; in JSON the escape is JSON's own.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/database';
import { insertPerson } from '../../electron/kernel/store';
import { printable } from '../../electron/cli/output';
import { cli, person, tempDir } from './helpers';

// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

describe('printable()', () => {
  it.each([
    ['李伟', '李伟'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['two\nlines\tand a tab', 'two\nlines\tand a tab'],
    ['title\u001b]0;pwned\u0007', 'title\\u001B]0;pwned\\u0007'],
    ['clear\u001b[2J', 'clear\\u001B[2J'],
    ['cr\roverwrite', 'cr\\u000Doverwrite'],
    ['csi\u009b2J', 'csi\\u009B2J'],
    ['\u202egpj.exe', '\\u202Egpj.exe'],
    ['李\u200b伟', '李\\u200B伟'],
    ['\ufeffBOM', '\\uFEFFBOM'],
    ['lone \ud800 surrogate', 'lone \\uD800 surrogate'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['tag \u{E0041}', 'tag \\uDB40\\uDC41'],
  ])('%j → %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe('the command line prints names escaped', () => {
  it('echoes a group name typed with escape sequences without running them', async () => {
    const dir = tempDir();
    expect((await cli(['init', '--org', 'Cục', '--data', dir])).code).toBe(0);
    const run = await cli(['members', 'x\u001b]0;pwned\u0007\u001b[2J', '--data', dir]);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('x\\u001B]0;pwned\\u0007\\u001B[2J');
    expect(run.err).not.toMatch(RAW);
  });

  it('shows a stored name with ESC and U+202E escaped in text, and as the same name in JSON', async () => {
    const dir = tempDir();
    expect((await cli(['init', '--org', 'Cục', '--data', dir])).code).toBe(0);
    const name = 'Trần\u001b[31m Đỏ\u202e';
    const db = openDatabase(join(dir, 'registry.sqlite'));
    insertPerson(db, person('person-red', name, { unitId: null, tierId: null }));
    db.close();
    const text = await cli(['search', 'Trần', '--data', dir]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Trần\\u001B[31m Đỏ\\u202E');
    expect(text.out).not.toMatch(RAW);
    const json = await cli(['search', 'Trần', '--json', '--data', dir]);
    expect(json.out).not.toMatch(RAW);
    expect(JSON.stringify(JSON.parse(json.out))).toContain(JSON.stringify(name).slice(1, -1));
  });

  it.each([
    ['en', 'Some of the information is not valid: name: it contains the control character U+001B'],
    ['vi', 'name: có ký tự điều khiển U+001B'],
    ['zh-CN', 'name: 含有控制字符 U+001B'],
  ])('refuses an organisation name with ESC on init (%s)', async (lang, message) => {
    const dir = tempDir();
    const run = await cli(['init', '--org', 'Bureau\u001b[2J', '--lang', lang, '--data', dir]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(message);
    expect(run.err).not.toMatch(RAW);
  });
});
