/**
 * Canonical JSON: object keys sorted, no insignificant white space; otherwise exactly what
 * JSON.stringify writes (undefined members dropped, undefined in arrays as null). Checksums of
 * snapshots and the hashes of the event chain are taken over this form, so key order never
 * changes a hash. Serialised directly rather than by copying into sorted objects first: the
 * history of a large organisation holds hundreds of thousands of events.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value) ?? 'null';
}

/** Object keys repeat across hundreds of thousands of records: quote each once. */
const quotedKeys = new Map<string, string>();
function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function serialize(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError('canonicalJson: BigInt cannot be serialised');
  }
  if (value === null) return 'null';
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return serialize(withJson.toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (serialize(value[i]) ?? 'null');
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = serialize(record[key]);
    if (member === undefined) continue;
    out += `${first ? '' : ','}${quoteKey(key)}:${member}`;
    first = false;
  }
  return `${out}}`;
}
