/**
 * A test's child process, bundled by esbuild into one ES module that Node runs directly (the crash
 * and one-writer tests kill or race real processes). `require` is defined for the CommonJS
 * packages the bundle pulls in.
 */
import { build, type BuildOptions } from 'esbuild';

export async function bundleChild(entry: string, outfile: string, extra: BuildOptions = {}): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    ...extra,
  });
}
