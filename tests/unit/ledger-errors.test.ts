/**
 * What the window is told when something fails that no check foresaw: a full disk is said as such,
 * in the organisation's language, with nothing half-saved; any other unexpected error is written to
 * the data folder's log, and the message says where that log is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_LOG } from '../../electron/core/errorLog';
import { tempLedger } from './ledger-helpers';

describe('errors no check foresaw', () => {
  it('a full disk: said in the organisation’s language, the change not half-saved', async () => {
    const { ledger, dir } = tempLedger();
    await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    // The registry may not grow past the pages it has: as a disk with no space left.
    const pages = (ledger.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    ledger.db.exec(`PRAGMA max_page_count = ${pages}`);
    let saved = 0;
    let refused: { code: string; message: string } | null = null;
    for (let i = 0; i < 500 && !refused; i++) {
      const result = await ledger.invoke('units.save', { name: `科室${i}`.padEnd(60, '处'), parentId: null });
      if (result.ok) saved++;
      else refused = result.error;
    }
    expect(refused).toMatchObject({ code: 'disk_full' });
    expect(refused!.message).toContain('磁盘已满');
    expect(refused!.message).toContain(dir);
    const units = (await ledger.invoke('units.list', undefined)) as { ok: true; value: unknown[] };
    expect(units.value).toHaveLength(saved);
    expect(existsSync(join(dir, ERROR_LOG))).toBe(false);
    ledger.close();
  });

  it('anything else: written to the data folder’s log, and the message says where', async () => {
    const { ledger, dir } = tempLedger();
    await ledger.invoke('org.create', { name: 'Đoàn khối', locale: 'vi' });
    ledger.db.exec('ALTER TABLE units RENAME TO units_gone');
    const result = (await ledger.invoke('units.list', undefined)) as {
      ok: false;
      error: { code: string; message: string };
    };
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    const log = join(dir, ERROR_LOG);
    expect(result.error.message).toContain('Chi tiết đã được ghi vào');
    expect(result.error.message).toContain(log);
    expect(readFileSync(log, 'utf8')).toMatch(/no such table: units/);
    ledger.close();
  });
});
