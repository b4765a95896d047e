/**
 * The limits a snapshot is held to (issue 12, point 5), as a table: each file over one limit is
 * refused with the error that names that limit, in zh-CN, vi and en, before anything is written —
 * a 100,000-level nesting is a clear refusal, not an internal RangeError.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { SNAPSHOT_LIMITS, readSnapshotFile, type SnapshotLimits } from '../../electron/capabilities/snapshots';
import { cli, tempDir } from './helpers';
import { exportedText, resign } from './snapshot-helpers';

const small = (over: Partial<SnapshotLimits>): SnapshotLimits => ({ ...SNAPSHOT_LIMITS, ...over });

function write(name: string, data: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, data);
  return path;
}

function refusal(path: string, limits?: SnapshotLimits): LedgerError {
  try {
    readSnapshotFile(path, { limits });
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const text = exportedText();
const doc = () =>
  JSON.parse(text) as {
    content: Record<string, unknown> & {
      events: Array<Record<string, unknown>>;
      people: Array<Record<string, unknown>>;
    };
    checksum: string;
  };

const CASES: Array<{
  name: string;
  file: () => string;
  limits?: SnapshotLimits;
  limit: string;
  words: Record<'en' | 'zh-CN' | 'vi', string>;
}> = [
  {
    name: 'a file larger than the file size limit (400 MB of white space, scaled down)',
    file: () => write('spaces.json', ' '.repeat(2_000_000)),
    limits: small({ fileBytes: 1_000_000 }),
    limit: 'fileSize',
    words: { en: 'file size', 'zh-CN': '文件大小', vi: 'kích thước tệp' },
  },
  {
    name: 'a small gzip file that unpacks past the unpacked size limit',
    file: () => write('bomb.json.gz', gzipSync(Buffer.alloc(50_000_000, 0x20))),
    limits: small({ plainBytes: 10_000_000 }),
    limit: 'decompressedSize',
    words: { en: 'unpacked size', 'zh-CN': '解压后大小', vi: 'kích thước sau khi giải nén' },
  },
  {
    name: 'a name of 200,000 characters',
    file: () => {
      const d = doc();
      d.content.people[0]!.name = '李'.repeat(200_000);
      return write('long.json', resign(d));
    },
    limit: 'stringLength',
    words: { en: 'the length of one text', 'zh-CN': '单段文字长度', vi: 'độ dài một đoạn văn bản' },
  },
  {
    name: 'an event payload nested 100,000 levels deep',
    file: () => {
      const d = doc();
      const raw = resign(d);
      // Spliced into the text: JSON.stringify of such a value would itself overflow the stack.
      return write('deep.json', raw.replace('"after":', `"after":${'['.repeat(100_000)}${']'.repeat(100_000)},"x":`));
    },
    limit: 'depth',
    words: { en: 'nesting depth', 'zh-CN': '嵌套层数', vi: 'độ sâu lồng nhau' },
  },
  {
    name: 'more people than the row limit',
    file: () => write('many.json', text),
    limits: small({ rows: { ...SNAPSHOT_LIMITS.rows, people: 3 } }),
    limit: 'rows',
    words: { en: 'people', 'zh-CN': '人员', vi: 'người' },
  },
];

describe('snapshot limits', () => {
  it.each(CASES)('$name: refused, naming the limit in every language', ({ file, limits, limit, words }) => {
    const error = refusal(file(), limits);
    expect(error.code).toBe('snapshot_limit');
    expect(error.params.limit).toBe(limit);
    for (const locale of ['en', 'zh-CN', 'vi'] as const) {
      const message = errorMessage(locale, error.code, error.params);
      expect(message).toContain(words[locale]);
      expect(message).not.toMatch(/\{\{|snapshot_|undefined/);
    }
  });

  it('the same file under the limits opens', () => {
    expect(readSnapshotFile(write('ok.json', text)).content.people.length).toBeGreaterThan(3);
    expect(readSnapshotFile(write('ok.json.gz', gzipSync(Buffer.from(text)))).content.people.length).toBeGreaterThan(3);
  });

  it('import snapshot of a file over a limit changes nothing', async () => {
    const data = join(tempDir(), 'target');
    const d = doc();
    d.content.people[0]!.name = 'x'.repeat(150_000);
    const result = await cli(['import', 'snapshot', write('long.json', resign(d)), '--data', data]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('the length of one text');
    expect(result.err).toContain('150,000 characters');
    expect(existsSync(join(data, 'registry.sqlite'))).toBe(false);
  });
});
