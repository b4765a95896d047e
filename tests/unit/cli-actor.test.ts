import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { confPreferences } from '../../electron/core/preferences';
import { cli, tempDir } from './helpers';

function lastActor(dataDir: string): string {
  const db = new DatabaseSync(join(dataDir, 'registry.sqlite'), { readOnly: true });
  try {
    return (db.prepare('SELECT actor FROM events ORDER BY seq DESC LIMIT 1').get() as { actor: string }).actor;
  } finally {
    db.close();
  }
}

describe('who signs a change made from the command line', () => {
  it('--actor names the person', async () => {
    const data = tempDir();
    const result = await cli([
      'init',
      '--org',
      '测试局',
      '--locale',
      'zh-CN',
      '--data',
      data,
      '--actor',
      '张敏 办公室',
    ]);
    expect(result.code, result.err).toBe(0);
    expect(lastActor(data)).toBe('张敏 办公室');
  });

  it('without --actor, the administrator’s name set in the app signs, not the computer account', async () => {
    const data = tempDir();
    confPreferences(data).updateSettings({ adminName: 'Trần Minh Anh' });
    const result = await cli(['init', '--org', 'Đoàn khối', '--locale', 'vi', '--data', data]);
    expect(result.code, result.err).toBe(0);
    expect(lastActor(data)).toBe('Trần Minh Anh');
  });
});
