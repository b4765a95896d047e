import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('folder boundaries (architecture.md), enforced by lint', () => {
  it.each([
    ['electron/capabilities/groups/x.ts', "import { app } from 'electron';"],
    ['electron/capabilities/groups/x.ts', "import Store from 'electron-store';"],
    ['electron/app/x.ts', "import { ipcMain } from 'electron/main';"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { openLedger } from '../electron/app/ledger';"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { openLedger } from '../../electron/app/ledger';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBeGreaterThan(0);
  });

  it.each([
    ['electron/main.ts', "import { app } from 'electron';"],
    ['electron/platform/x.ts', "import Store from 'electron-store';"],
    ['electron/preload.ts', "import { contextBridge } from 'electron';"],
    ['electron/capabilities/groups/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(0);
  });
});

describe('one home per capability, enforced by lint', () => {
  it('refuses an import cycle (two files that import each other)', async () => {
    const dir = join(process.cwd(), 'electron', 'capabilities', `zz-cycle-probe-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): unknown => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): unknown => a;\n");
      const results = await eslint.lintFiles([join(dir, 'a.ts'), join(dir, 'b.ts')]);
      const cycles = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'import-x/no-cycle');
      expect(cycles.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['electron/capabilities/insights/x.ts', "import { listGroups } from '../groups/queries';", 1],
    ['electron/capabilities/insights/x.ts', "import { listGroups } from '../groups';", 0],
    ['electron/capabilities/insights/x.ts', "import { listGroups } from '../groups/index';", 0],
    ['electron/capabilities/groups/x.ts', "import { listGroups } from './queries';", 0],
    ['electron/app/x.ts', "import { listGroups } from '../capabilities/groups/queries';", 1],
    // A renderer feature's feature.ts (what the shell reads) and its tables per language are doors too.
    ['renderer/src/app/x.ts', "import { listGroups } from '../features/groups/feature';", 0],
    ['renderer/src/i18n/locales/x.ts', "import { listGroups } from '../../features/groups/i18n/vi';", 0],
    ['renderer/src/app/x.ts', "import { listGroups } from '../features/groups/GroupPage';", 1],
    ['renderer/src/features/dashboard/x.ts', "import { listGroups } from '../groups/store';", 1],
  ])('%s: %s → %i refusal(s)', async (file, code, expected) => {
    const [result] = await eslint.lintText(`${code}\nexport const x = listGroups;\n`, { filePath: file });
    expect(result!.messages.filter((m) => m.ruleId === 'ledger/doors').length).toBe(expected);
  });
});
