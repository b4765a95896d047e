/**
 * Spreadsheets built to exhaust a reader (the security report of issue 12), generated in memory
 * and small: an XLSX worksheet of hundreds of megabytes is the same compressed block repeated, so
 * it costs one compression and a checksum, never the megabytes themselves at once.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough, strToU8, zipSync } from 'fflate';

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The deflate stream of `block` ending on a byte boundary (sync flush), so copies can follow it. */
function deflatedSegment(block: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH }));
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A zip entry whose data is `head`, then `block` `times` times, then `tail`, deflated. */
class RepeatedEntry extends ZipPassThrough {
  private readonly segments = new Map<Uint8Array, Uint8Array<ArrayBuffer>>();
  constructor(name: string) {
    super(name);
    this.compression = 8;
  }
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    let segment = this.segments.get(chunk);
    if (!segment) this.segments.set(chunk, (segment = deflatedSegment(chunk)));
    // The last one ends with a final, empty block of fixed Huffman codes (BFINAL=1, BTYPE=01, end of block).
    this.ondata(null, final ? concat([segment, new Uint8Array([0x03, 0x00])]) : segment, final);
  }
}

/** An XLSX whose first sheet (inline strings, no shared strings) is head + block × times + tail. */
export function xlsxBomb(parts: {
  head: string;
  block: string;
  times: number;
  tail: string;
  entry?: string;
}): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const small = (name: string, text: string) => {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  small(
    'xl/workbook.xml',
    xml(
      `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
  );
  small(
    'xl/_rels/workbook.xml.rels',
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  );
  const entry = new RepeatedEntry(parts.entry ?? 'xl/worksheets/sheet1.xml');
  zip.add(entry);
  const block = strToU8(parts.block);
  entry.push(strToU8(parts.head));
  for (let i = 0; i < parts.times; i++) entry.push(block);
  entry.push(strToU8(parts.tail), true);
  if (parts.entry) small('xl/worksheets/sheet1.xml', xml(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`));
  zip.end();
  return concat(out);
}

/** The head and tail of a worksheet around its rows. */
export const SHEET_HEAD = xml(`<worksheet xmlns="${MAIN}"><sheetData>`);
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A small, ordinary XLSX with the given rows of inline strings (for the limits at their edge). */
export function xlsxOf(rows: string[][]): Uint8Array {
  const cells = (r: string[]) =>
    r.map((v) => `<c t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`).join('');
  return zipSync({
    'xl/worksheets/sheet1.xml': strToU8(
      `${SHEET_HEAD}${rows.map((r) => `<row>${cells(r)}</row>`).join('')}${SHEET_TAIL}`,
    ),
  });
}
