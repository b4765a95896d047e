import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical';

/** The definition: JSON.stringify of a deep copy whose object keys are sorted. */
function reference(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) out[k] = sort((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: [3, { d: null, c: 'x' }] }],
    [{ 'z"': '\u2028 line\nbreak "quoted" \\', é: 'Nguyễn', 中: '李伟' }],
    [[1, undefined, () => 1, 2]],
    [{ a: undefined, b: 0, c: -0, d: 1e21, e: 0.1 + 0.2, f: NaN, g: Infinity }],
    [{ nested: { deeper: { deepest: [true, false, null] } } }],
    ['plain string'],
    [42],
    [null],
    [[]],
    [{}],
  ])('matches JSON.stringify with sorted keys for %j', (value) => {
    expect(canonicalJson(value)).toBe(reference(value));
  });

  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ b: 2, a: 1 })).toBe(canonicalJson({ a: 1, b: 2 }));
  });
});
