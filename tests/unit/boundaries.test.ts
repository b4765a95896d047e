import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('folder boundaries (architecture.md), enforced by lint', () => {
  it.each([
    ['electron/services/x.ts', "import { app } from 'electron';"],
    ['electron/services/x.ts', "import Store from 'electron-store';"],
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
    ['electron/services/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toBe(0);
  });
});
