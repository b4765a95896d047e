/**
 * Every IPC channel, fuzzed (issue 12): for each channel of the contract, at least 50 payloads a
 * hostile or buggy window could send — wrong types, missing and extra fields, strings of a few MB,
 * deep nesting, NaN and ±Infinity, huge and negative numbers, control and bidi characters, arrays
 * where objects belong, prototype-pollution keys, ids that look right but do not exist, and valid
 * payloads with one field changed — on a demo registry. Each call must answer within its bound
 * with a result or a typed, translated error (never `internal`), a rejected call must change
 * nothing (same history head, same row counts), and after the run `doctor` passes, its replay
 * comparing every table the history describes.
 *
 * The payloads come from fast-check with a seed: a failure prints it (and the path of the failing
 * run); `FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz-channels.test.ts` replays the whole run.
 * `FUZZ_RUNS` raises the number of payloads per channel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/app/ledger';
import { runDoctor } from '../../electron/capabilities/history';
import { CHANNEL_NAMES, contract, type ChannelName, type Result } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/errors';
import { memoryPreferences } from '../../electron/core/preferences';
import { fixedClock } from './helpers';
import { noDialogs } from './ledger-helpers';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Math.max(50, Number(process.env.FUZZ_RUNS ?? 50));
/** A call that takes longer than this hangs, as far as the window is concerned. */
const CALL_LIMIT_MS = 10_000;

type Json = Record<string, unknown>;

/** Made once: building a few MB per payload would be most of the run. */
const HUGE_ASCII = 'x'.repeat(3 * 1024 * 1024);
const HUGE_UNICODE = '\u202e汉字Tiếng\u0000'.repeat(300_000);

function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

function withOwnKey(target: Json, key: string, value: unknown): Json {
  const copy: Json = { ...target };
  // `copy[key] = …` with key '__proto__' would set the prototype, not a key sent over the wire.
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

const EVIL_CONSTANTS: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  0,
  1.5,
  2 ** 53,
  -(2 ** 53),
  2 ** 31,
  1e308,
  Number.MIN_VALUE,
  '',
  ' ',
  '\u0000',
  '\u202e\u2066evil\u2069\u202c',
  '\u200b\u200d\ufeff',
  '\ud800',
  '\r\n\t\u0085\u2028',
  'NaN',
  'null',
  'undefined',
  '-1',
  '1e309',
  '0x10',
  '2026-02-30',
  '9999-99-99',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  "'; DROP TABLE people; --",
  '%s%n{{code}}',
  ...POLLUTION_KEYS,
  null,
  undefined,
  true,
  false,
  [],
  {},
  [[]],
  [null],
  HUGE_ASCII,
  HUGE_UNICODE,
  new Date(Number.NaN),
  new Date(0),
  10n ** 30n,
  new Map([['id', 'x']]),
  new Set([1]),
  new Uint8Array(16),
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  nested(5_000, 'array'),
  nested(5_000, 'object'),
];

const evil: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EVIL_CONSTANTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 4,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      key: fc.oneof(fc.string(), fc.constantFrom(...POLLUTION_KEYS)),
    }),
  },
);

/** Ids the demo holds and ids that look right but are not there. */
interface Pools {
  strings: string[];
  ints: number[];
}

const ID_PATTERN = '^[A-Za-z0-9_.:-]+$';
const DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** A payload the contract accepts (mostly), from the channel's JSON schema. */
function fromSchema(schema: Json, pools: Pools): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) return fc.oneof(...union.map((s) => fromSchema(s, pools)));
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = Number(schema.minimum ?? ((schema.exclusiveMinimum as number | undefined) ?? -1000) + 1);
      const max = Math.min(Number(schema.maximum ?? 1_000_000), 1_000_000);
      const inRange = pools.ints.filter((n) => n >= min && n <= max);
      return fc.oneof(
        ...(inRange.length ? [fc.constantFrom(...inRange)] : []),
        fc.integer({ min, max: Math.max(min, max) }),
      );
    }
    case 'string':
      return stringFrom(schema, pools);
    case 'array': {
      const minLength = Number(schema.minItems ?? 0);
      const maxLength = Math.min(Number(schema.maxItems ?? 4), minLength + 4);
      return fc.array(fromSchema((schema.items as Json | undefined) ?? {}, pools), { minLength, maxLength });
    }
    case 'object': {
      const names = (schema.propertyNames as Json | undefined)?.enum as string[] | undefined;
      if (names) {
        return fc.dictionary(fc.constantFrom(...names), fromSchema(schema.additionalProperties as Json, pools), {
          maxKeys: 3,
        });
      }
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties)) model[key] = fromSchema(value, pools);
      return fc.record(model, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
    }
    default:
      // No input (z.undefined() has no JSON schema): the one valid payload.
      return fc.constant(undefined);
  }
}

function stringFrom(schema: Json, pools: Pools): fc.Arbitrary<string> {
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.min(Number(schema.maxLength ?? 60), 60);
  const pattern = schema.pattern as string | undefined;
  const fits = (s: string) => s.length >= minLength && s.length <= Number(schema.maxLength ?? Infinity);
  if (pattern === ID_PATTERN) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...pools.strings) },
      { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.:-]{1,24}$/) },
    );
  }
  if (pattern === DAY_PATTERN) {
    return fc.oneof(
      fc.constantFrom('2019-03-01', '2024-01-22', '2026-11-30', '2026-12-01', '2026-02-30', '0000-00-00', '9999-12-31'),
      fc
        .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
  }
  if (pattern?.startsWith('^[A-Za-z0-9+/]')) {
    // Base64 of a small file: a few random bytes, or a CSV that parses.
    return fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')),
      fc.constantFrom(Buffer.from('姓名,单位\n张三,办公室\n').toString('base64')),
    );
  }
  if (pattern) return fc.stringMatching(new RegExp(pattern)).filter(fits);
  return fc.oneof(
    fc.string({ minLength, maxLength: Math.max(minLength, maxLength), unit: 'grapheme' }),
    fc.constantFrom(...pools.strings).filter(fits),
  );
}

type Mutation = 'valid' | 'field' | 'drop' | 'extra' | 'array' | 'huge' | 'top';

/** A path to a value inside a payload (objects and arrays), chosen by `pick`. */
function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

function setAt(
  value: unknown,
  path: Array<string | number>,
  replace: (old: unknown) => unknown | typeof DROP,
): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = setAt(copy[head as number], rest, replace);
    if (next === DROP) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Json) };
  const next = setAt(copy[head as string], rest, replace);
  if (next === DROP) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}
const DROP = Symbol('drop');

function mutate(valid: unknown, how: Mutation, pick: number, bad: unknown, extraKey: string): unknown {
  const all = paths(valid);
  const path = all.length ? all[pick % all.length]! : [];
  const strings = all.filter((p) => typeof p.reduce<unknown>((v, k) => (v as Json)[k], valid) === 'string');
  switch (how) {
    case 'valid':
      return valid;
    case 'top':
      return bad;
    case 'array':
      return [valid];
    case 'field':
      return all.length ? setAt(valid, path, () => bad) : bad;
    case 'drop':
      return all.length ? setAt(valid, path, () => DROP) : undefined;
    case 'huge':
      return strings.length
        ? setAt(valid, strings[pick % strings.length]!, () => (pick % 2 ? HUGE_ASCII : HUGE_UNICODE))
        : HUGE_ASCII;
    case 'extra': {
      const base = valid && typeof valid === 'object' && !Array.isArray(valid) ? (valid as Json) : {};
      return withOwnKey(base, extraKey, bad);
    }
  }
}

function payloads(channel: ChannelName, pools: Pools): fc.Arbitrary<{ how: Mutation; payload: unknown }> {
  const schema = z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' }) as Json;
  return fc
    .tuple(
      fromSchema(schema, pools),
      fc.constantFrom<Mutation>('valid', 'field', 'field', 'drop', 'extra', 'array', 'huge', 'top'),
      fc.nat(),
      evil,
      fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'admin', 'id', 'sql'), fc.string({ maxLength: 8 })),
    )
    .map(([valid, how, pick, bad, key]) => ({ how, payload: mutate(valid, how, pick, bad, key) }));
}

/** What a rejected call must leave as it was: the history's head and every table's row count. */
function fingerprint(ledger: Ledger): string {
  const db = ledger.db;
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{
      name: string;
    }>
  ).map((t) => t.name);
  const counts = tables.map((t) => `${t}:${(db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n}`);
  const head = db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return `${head?.seq ?? 0}/${head?.hash ?? ''} ${counts.join(' ')}`;
}

function describePayload(payload: unknown): string {
  try {
    const text = JSON.stringify(payload, (_k, v: unknown) =>
      typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 80 ? `<${v.length} chars>` : v,
    );
    return (text ?? String(payload)).slice(0, 300);
  } catch {
    return Object.prototype.toString.call(payload);
  }
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** Whether a payload holds the text “{{” anywhere (deeply nested or unserialisable ones: no). */
function quotesTemplate(payload: unknown): boolean {
  try {
    return (JSON.stringify(payload ?? null) ?? '').includes('{{');
  } catch {
    return false;
  }
}

/**
 * Names an earlier payload stored with “{{…}}” in them (a unit renamed “{{code}}”, say): a message
 * about that record quotes its name as it is, which is not a template left unfilled.
 */
function storedTemplates(ledger: Ledger): string[] {
  const columns = [
    'organisation.name',
    'units.name',
    'tiers.name',
    'people.name',
    'groups.name',
    'incident_kinds.label',
  ];
  const names = columns.flatMap((column) => {
    const [table, name] = column.split('.') as [string, string];
    const rows = ledger.db.prepare(`SELECT ${name} AS v FROM ${table} WHERE ${name} LIKE '%{{%'`).all();
    return (rows as Array<{ v: string }>).map((r) => r.v);
  });
  // Longest first, so a name inside another is not cut out of it first.
  return names.sort((a, b) => b.length - a.length);
}

describe(`every IPC channel, fuzzed (FUZZ_SEED=${SEED}, ${RUNS} payloads each)`, () => {
  let ledger: Ledger;
  let pools: Pools;
  // Not tempDir(): that folder is removed after each test, and this registry lives for the file.
  const dir = mkdtempSync(join(tmpdir(), 'gl-fuzz-'));
  const tally = { calls: 0, accepted: 0 };

  beforeAll(async () => {
    ledger = openLedger({
      dataDir: dir,
      preferences: memoryPreferences(),
      dialogs: noDialogs(),
      mode: 'electron',
      version: '0.0.0-test',
      clock: fixedClock('2026-11-30T08:00:00.000Z'),
    });
    const demo = await ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    expect(demo.ok).toBe(true);
    const db = ledger.db;
    const column = (sql: string) => (db.prepare(sql).all() as Array<{ v: string | number }>).map((r) => r.v);
    pools = {
      strings: [
        ...column('SELECT id AS v FROM people LIMIT 20'),
        ...column('SELECT id AS v FROM groups'),
        ...column('SELECT id AS v FROM units'),
        ...column('SELECT id AS v FROM tiers'),
        ...column('SELECT id AS v FROM incident_kinds'),
        // Valid-looking, not there.
        'person-999',
        'group-nonexistent',
        'unit-0',
        'tier-9',
        'custom-1',
        '__proto__',
        'constructor',
      ].map(String),
      ints: [1, 2, 3, 4, 99, 100_000, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER],
    };
  });

  afterAll(async () => {
    await ledger?.settled;
    ledger?.close();
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it.each(CHANNEL_NAMES.map((c) => [c]))('%s answers every payload with a result or a clear error', async (channel) => {
    // One seed per channel, from the run's: a failure replays with FUZZ_SEED alone.
    const seed = (SEED ^ [...channel].reduce((h, ch) => Math.imul(h, 31) + ch.charCodeAt(0), 7)) >>> 0;
    let calls = 0;
    await fc
      .assert(
        fc.asyncProperty(payloads(channel, pools), async ({ how, payload }) => {
          calls++;
          const before = fingerprint(ledger);
          const started = performance.now();
          let timer: NodeJS.Timeout | undefined;
          const result = (await Promise.race([
            ledger.invoke(channel, payload),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`no answer within ${CALL_LIMIT_MS} ms`)), CALL_LIMIT_MS);
            }),
          ]).finally(() => clearTimeout(timer))) as Result<unknown>;
          const elapsed = performance.now() - started;
          const context = `${channel} (${how}) ${describePayload(payload)}`;
          expect(elapsed, `${context}: answered after ${Math.round(elapsed)} ms`).toBeLessThan(CALL_LIMIT_MS);
          expect(typeof result?.ok, context).toBe('boolean');
          if (result.ok) {
            tally.accepted++;
            return;
          }
          const { code, message } = result.error;
          expect(code, `${context}: ${message}`).not.toBe('internal');
          expect(KNOWN_CODES.has(code), `${context}: unknown code ${code}`).toBe(true);
          expect(message, context).toMatch(/\S/);
          // No template left unfilled and no stack trace; a payload's own text (a file called
          // “{{code}}”, say) may be quoted back as it was given.
          const quoted = quotesTemplate(payload);
          const unquoted = storedTemplates(ledger).reduce((text, name) => text.split(name).join(''), message);
          expect(unquoted, context).not.toMatch(quoted ? /\n\s+at |\.ts:\d+/ : /\{\{|\n\s+at |\.ts:\d+/);
          expect(fingerprint(ledger), `${context}: rejected (${code}) but the registry changed`).toBe(before);
        }),
        { seed, numRuns: RUNS, endOnFailure: true },
      )
      .catch((error: unknown) => {
        throw new Error(`FUZZ_SEED=${SEED} replays this run. ${(error as Error).message}`);
      });
    tally.calls += calls;
    expect(calls).toBeGreaterThanOrEqual(RUNS);
  });

  it('leaves a registry that passes doctor: every accepted change is in the history and the tables match it', () => {
    expect(tally.calls).toBeGreaterThanOrEqual(RUNS * CHANNEL_NAMES.length);
    const report = runDoctor(ledger.db);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
