import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { snapshotJsonSchema } from '../../shared/snapshot';

describe('published snapshot schema', () => {
  it('docs/snapshot.schema.json is generated from the current zod schemas (npm run schema)', () => {
    const published = JSON.parse(readFileSync('docs/snapshot.schema.json', 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(snapshotJsonSchema())));
  });
});
