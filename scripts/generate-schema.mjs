// Writes docs/snapshot.schema.json from the zod schemas in shared/snapshot.ts.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const result = await build({
  stdin: {
    contents: "export { snapshotJsonSchema } from './shared/snapshot';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
writeFileSync('docs/snapshot.schema.json', `${JSON.stringify(mod.snapshotJsonSchema(), null, 2)}\n`);
console.log('wrote docs/snapshot.schema.json');
