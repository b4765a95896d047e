/**
 * Dates as people type them in spreadsheets: 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日,
 * Vietnamese day-first 1/3/2024, an Excel serial day (45352) from an unformatted cell, with an
 * optional time after the date. Returns YYYY-MM-DD, or null when it is not a real date.
 */
import { IsoDate } from '../../../../shared/domain';
import { excelSerialToText } from './xlsx';

/** Serial days Excel shows as 1927-05-18 … 2173-10-14: five digits, never a plausible phone. */
const SERIAL = /^\d{5}(\.\d+)?$/;

export function parseDateCell(value: string): string | null {
  const text = value.trim().replace(/[\sT]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '');
  let y: number, m: number, d: number;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) {
    // Day first, as Vietnamese (and Chinese handwritten) dates are; 3/15/2024 is then refused.
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (SERIAL.test(text)) {
    return excelSerialToText(Math.floor(Number(text))).slice(0, 10);
  } else {
    return null;
  }
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return IsoDate.safeParse(iso).success ? iso : null;
}
