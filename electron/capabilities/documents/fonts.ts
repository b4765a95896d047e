/**
 * Finding a font that prints Chinese and Vietnamese: the PDF embeds (and subsets) a CJK font found
 * on this computer. Without one the export stops with `font_missing`, naming the font to install —
 * never a PDF of empty boxes. The places searched can be given (tests point at an empty folder).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { LedgerError } from '../../../shared/errors';

export interface FontChoice {
  path: string;
  /** For a collection (.ttc): the PostScript names to try, in order. */
  names: string[];
}

/** File names in order of preference; a collection lists the PostScript names of its Simplified Chinese face. */
const PREFERRED: Array<{ file: RegExp; names: string[] }> = [
  { file: /^NotoSansCJK-Regular\.ttc$/i, names: ['NotoSansCJKsc-Regular', 'NotoSansCJKjp-Regular'] },
  { file: /^NotoSansCJKsc-Regular\.otf$/i, names: [] },
  { file: /^NotoSansSC-Regular\.(otf|ttf)$/i, names: [] },
  { file: /^NotoSansSC\[wght\]\.ttf$/i, names: [] },
  {
    file: /^SourceHanSans(SC|CN)?-Regular\.(otf|ttc)$/i,
    names: ['SourceHanSansSC-Regular', 'SourceHanSansCN-Regular'],
  },
  { file: /^NotoSansCJK.*-Regular\.(ttc|otf)$/i, names: ['NotoSansCJKsc-Regular', 'NotoSansCJKjp-Regular'] },
  { file: /^msyh\.ttc$/i, names: ['MicrosoftYaHei', 'MicrosoftYaHeiUI'] },
  { file: /^simsun\.ttc$/i, names: ['SimSun', 'NSimSun'] },
  { file: /^PingFang\.ttc$/i, names: ['PingFangSC-Regular'] },
  { file: /^Hiragino Sans GB\.ttc$/i, names: ['HiraginoSansGB-W3'] },
];

/** The font named to the administrator when none is found. */
export const FONT_TO_INSTALL = 'Noto Sans CJK SC';

/** The usual font folders of Linux, Windows and macOS. */
export function defaultFontDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const home = homedir();
  const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
  if (process.platform === 'win32')
    return [
      join(windir, 'Fonts'),
      ...(env.LOCALAPPDATA ? [join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : []),
    ];
  if (process.platform === 'darwin')
    return [
      '/System/Library/Fonts',
      '/System/Library/Fonts/Supplemental',
      '/Library/Fonts',
      join(home, 'Library/Fonts'),
    ];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local/share/fonts'), join(home, '.fonts')];
}

function filesUnder(dir: string, depth: number, into: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (/\.(ttc|otf|ttf)$/i.test(name)) into.push(path);
    else if (depth > 0 && !name.startsWith('.')) {
      try {
        if (statSync(path).isDirectory()) filesUnder(path, depth - 1, into);
      } catch {
        /* unreadable entry */
      }
    }
  }
}

/** The preferred CJK font files under the folders, best first. */
export function findCjkFonts(dirs: string[] = defaultFontDirs()): FontChoice[] {
  const files: string[] = [];
  for (const dir of dirs) filesUnder(dir, 5, files);
  const found: FontChoice[] = [];
  for (const rule of PREFERRED)
    for (const path of files)
      if (rule.file.test(basename(path)) && !found.some((f) => f.path === path))
        found.push({ path, names: rule.names });
  return found;
}

/**
 * Fonts found before, by the folders searched: walking /usr/share/fonts took ~50 ms of every
 * report. Only a search that found something is kept (a font installed after a refusal is found
 * on the next try); a kept font that has since been removed is searched for again.
 */
const foundBefore = new Map<string, FontChoice[]>();

/** The best font, or `font_missing` in the administrator's language naming what to install. */
export function requireCjkFont(dirs: string[] = defaultFontDirs()): FontChoice[] {
  const key = dirs.join('\n');
  const kept = foundBefore.get(key);
  if (kept && kept.every((f) => existsSync(f.path))) return kept;
  const found = findCjkFonts(dirs);
  if (found.length === 0) {
    foundBefore.delete(key);
    throw new LedgerError('font_missing', { font: FONT_TO_INSTALL, places: dirs.join('; ') });
  }
  foundBefore.set(key, found);
  return found;
}

const loaded = new Map<string, Buffer>();

/** The font file's bytes, read once per process (a CJK collection is about 20 MB). */
export function fontBytes(path: string): Buffer {
  let bytes = loaded.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    loaded.set(path, bytes);
  }
  return bytes;
}
