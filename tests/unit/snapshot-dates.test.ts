/**
 * A snapshot holding a recorded date after today (a 2099 date of leaving, a history entry from next
 * year) is refused on import — in the window (snapshot.inspect) and on the command line (import,
 * verify) — naming the field, whose it is and the value; nothing is imported. Planned dates (a
 * group's end date, a review date) are not refused. Issue 12, point 6.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LedgerEvent } from '../../shared/domain';
import { errorMessage } from '../../shared/i18n/errors';
import { eventHash, GENESIS_HASH } from '../../electron/kernel/events';
import { firstFutureDate, latestDay, parseSnapshot, refuseFutureDates } from '../../electron/capabilities/snapshots';
import { casedText, errorCode, resign } from './snapshot-helpers';
import { cli, fixedClock, tempDir } from './helpers';
import { noDialogs, tempLedger } from './ledger-helpers';

type Doc = ReturnType<typeof JSON.parse>;

/** Re-hashes the event chain from `from` on, as a forger would, so only the date is wrong. */
function rechain(events: LedgerEvent[], from = 0): void {
  let prev = events[from - 1]?.hash ?? GENESIS_HASH;
  for (const e of events.slice(from)) {
    const { hash: _old, ...body } = e;
    e.prevHash = prev;
    e.hash = eventHash({ ...body, prevHash: prev });
    prev = e.hash;
  }
}

// The registries of snapshot-helpers are written on 2024-03-04 (their fixed clock).
const CLOCK = fixedClock('2024-03-04T09:00:00.000Z');

const CASES: Array<[string, (doc: Doc) => void, string, string, string]> = [
  [
    'a date of leaving in 2099',
    (doc) => {
      const p = doc.content.people.find((x: { name: string }) => x.name === '张敏');
      Object.assign(p, { status: 'left', leftOn: '2099-01-01' });
    },
    'person.leftOn',
    '张敏',
    '2099-01-01',
  ],
  [
    'a group created next year',
    (doc) => (doc.content.groups[0].createdOn = '2025-03-04'),
    'group.createdOn',
    '中层干部工作群',
    '2025-03-04',
  ],
  [
    'a membership left in 2099',
    (doc) => (doc.content.memberships[0].leftOn = '2099-12-31'),
    'membership.leftOn',
    '李伟 · 中层干部工作群',
    '2099-12-31',
  ],
  [
    'a history entry from 2099, with the chain rebuilt',
    (doc) => {
      const events = doc.content.events as LedgerEvent[];
      events[3]!.at = '2099-06-01T00:00:00.000Z';
      rechain(events, 3);
    },
    'event.at',
    '#4',
    '2099-06-01T00:00:00.000Z',
  ],
  [
    'an incident noticed in 2030',
    (doc) => (doc.content.incidents[0].noticedOn = '2030-01-02'),
    'incident.noticedOn',
    '#1',
    '2030-01-02',
  ],
  [
    'the export time itself',
    (doc) => (doc.exportedAt = '2099-01-01T00:00:00.000Z'),
    'snapshot.exportedAt',
    '测试局',
    '2099-01-01T00:00:00.000Z',
  ],
];

function damaged(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(casedText());
  edit(doc);
  return resign(doc);
}

describe('recorded dates after today', () => {
  it.each(CASES)('refuses %s, naming the field, the record and the value', (_what, edit, field, record, value) => {
    const snapshot = parseSnapshot(damaged(edit));
    let error: { code: string; params: Record<string, string | number> } | null = null;
    try {
      refuseFutureDates(snapshot, CLOCK);
    } catch (e) {
      error = e as typeof error;
    }
    expect(error).toMatchObject({
      code: 'snapshot_future_date',
      params: { field, record, value, today: '2024-03-04' },
    });
  });

  it('says so in each language', () => {
    const params = { field: 'person.leftOn', record: '张敏', value: '2099-01-01', today: '2024-03-04' };
    expect(errorMessage('zh-CN', 'snapshot_future_date', params)).toBe(
      '快照中有尚未到来的日期——张敏：离职日期 2099-01-01（今天是 2024-03-04）。快照只记录已经发生的事，它可能是在时钟不准的电脑上写出的，或事后被改动过。未导入任何内容。',
    );
    expect(errorMessage('vi', 'snapshot_future_date', params)).toContain(
      '张敏: ngày nghỉ 2099-01-01 (hôm nay là 2024-03-04)',
    );
    expect(errorMessage('en', 'snapshot_future_date', params)).toContain(
      '张敏: the date of leaving 2099-01-01 (today is 2024-03-04)',
    );
  });

  it('accepts the snapshot as exported, and planned dates in the future', () => {
    const doc = JSON.parse(casedText());
    doc.content.groups[0].endDate = '2099-12-31';
    for (const e of doc.content.exceptions) e.reviewOn = '2099-12-31';
    const snapshot = parseSnapshot(resign(doc));
    expect(() => refuseFutureDates(snapshot, CLOCK)).not.toThrow();
  });

  it('allows for an office in a time zone ahead: tomorrow passes, the day after does not', () => {
    // 23:30 in Hanoi (UTC+7) is already the next day in Beijing and further east.
    const clock = fixedClock('2024-03-04T16:30:00.000Z');
    expect(latestDay(clock)).toBe('2024-03-05');
    const base = parseSnapshot(casedText());
    const withLeft = (leftOn: string) => ({
      ...base,
      content: { ...base.content, people: base.content.people.map((p, i) => (i === 0 ? { ...p, leftOn } : p)) },
    });
    expect(firstFutureDate(base.exportedAt, withLeft('2024-03-05').content, latestDay(clock))).toBeNull();
    expect(firstFutureDate(base.exportedAt, withLeft('2024-03-06').content, latestDay(clock))).toMatchObject({
      field: 'person.leftOn',
      value: '2024-03-06',
    });
  });
});

describe('where snapshots come in', () => {
  it('the window: snapshot.inspect refuses the file, in the ledger language, before anything is imported', async () => {
    const dir = tempDir();
    const file = join(dir, 'future.json');
    writeFileSync(file, damaged(CASES[0]![1]));
    const { ledger } = tempLedger(noDialogs(null, file));
    await ledger.invoke('settings.update', { locale: 'vi' });
    const result = await ledger.invoke('snapshot.inspect', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot_future_date' } });
    expect(result.ok ? '' : result.error.message).toContain('张敏: ngày nghỉ 2099-01-01');
    expect(await ledger.invoke('org.get', undefined)).toEqual({ ok: true, value: null });
  });

  it('the command line: import (also --dry-run) and verify refuse it; no registry is written', async () => {
    const dir = tempDir();
    const file = join(dir, 'future.json');
    writeFileSync(file, damaged(CASES[0]![1]));
    const data = join(dir, 'data');
    mkdirSync(data);
    for (const args of [
      ['import', 'snapshot', file, '--data', data],
      ['import', 'snapshot', file, '--dry-run', '--data', data],
      ['verify', file],
    ]) {
      const run = await cli([...args, '--lang', 'zh-CN']);
      expect(run.code).toBe(1);
      expect(run.err).toContain('张敏：离职日期 2099-01-01');
    }
    expect(existsSync(join(data, 'registry.sqlite'))).toBe(false);
  });

  it('a well-formed snapshot still imports on the command line', async () => {
    const dir = tempDir();
    const file = join(dir, 'good.json');
    writeFileSync(file, casedText());
    expect(errorCode(() => parseSnapshot(casedText()))).toBe('no error');
    const run = await cli(['import', 'snapshot', file, '--data', join(dir, 'data')]);
    expect(run.code, run.err).toBe(0);
  });
});
