// `npm run scan:electron`, and a step of `npm test`: Doyensec's Electronegativity on the app's
// sources (electron/, shared/, renderer/), for the Electron version in package-lock.json, offline. A finding passes only when
// scripts/electronegativity-allow.json names it (check, file and the code's text) with the reason
// it is not a problem here; any other finding — a new one, or one whose code changed — fails.
//
// Offline: the scanner asks the network for translations at every start (and, in
// AvailableSecurityFixesGlobalCheck, which is excluded, for Electron's releases). Here `got`, its
// HTTP client, is replaced before the scanner loads by one that fails at once, so the scanner
// falls back to its bundled English texts and nothing leaves the machine.
//
//   node scripts/electronegativity.mjs [--json]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SCANNED = ['electron', 'shared', 'renderer'];
const EXTENSIONS = /\.(ts|tsx|js|jsx|html|htm)$/;
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const ALLOW_FILE = join(ROOT, 'scripts', 'electronegativity-allow.json');

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromPackage = createRequire(join(packageDir, 'package.json'));

// No network: `got` answers every request with an immediate failure.
const offline = () => Promise.reject(new Error('offline: GroupLedger scans without the network'));
offline.head = offline;
offline.get = offline;
const gotPath = fromPackage.resolve('got');
const gotModule = new Module(gotPath);
gotModule.filename = gotPath;
gotModule.loaded = true;
gotModule.exports = offline;
Module._cache[gotPath] = gotModule;

/** The files to scan, relative paths sorted, under SCANNED (no node_modules, no build output). */
function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name === 'dist') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (EXTENSIONS.test(name)) files.push(path);
    }
  };
  for (const dir of SCANNED) walk(join(ROOT, dir));
  return files;
}

/** The Electron version the app is built with (the scanner's defaults differ by version). */
function electronVersion() {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  return lock.packages['node_modules/electron'].version;
}

/** The source line a finding points at, trimmed: with the check and file, what the allow-list matches. */
function codeAt(file, line) {
  return (readFileSync(join(ROOT, file), 'utf8').split('\n')[line - 1] ?? '').trim();
}

export async function scan() {
  const util = fromPackage('./dist/util');
  const files = sourceFiles();
  // The scanner lists a folder itself, build output and tests included; it gets exactly these.
  util.list_files = async () => files;
  // And it reads the whole node_modules tree to find Electron's version (1.5 s); it is given it.
  const version = electronVersion();
  fromPackage('./dist/util/electron_version').findOldestElectronVersion = async () => version;
  const run = fromPackage('./dist/runner.js');
  const started = Date.now();
  // Its one message on the way ("Could not retrieve updated translations") is about the network.
  const log = console.log;
  console.log = () => {};
  const result = await run(
    {
      input: ROOT,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: false,
      electronVersionOverride: version,
      parserPlugins: [],
    },
    false,
  ).finally(() => (console.log = log));
  const findings = result.issues.map((issue) => {
    const file = relative(ROOT, issue.file).split(sep).join('/');
    const line = issue.location?.line ?? 0;
    return {
      id: issue.id,
      file,
      line,
      // A CSP finding is about the policy's text; others about the line of code.
      code: typeof issue.sample === 'string' ? issue.sample : line > 0 ? codeAt(file, line) : '',
      description: issue.description,
    };
  });
  const errors = result.errors.filter((e) => !e.tolerable).map((e) => `${relative(ROOT, e.file)}: ${e.message}`);
  return { findings, errors, files: files.length, seconds: (Date.now() - started) / 1000 };
}

function loadAllowList() {
  const list = JSON.parse(readFileSync(ALLOW_FILE, 'utf8'));
  for (const entry of list) {
    for (const key of ['id', 'file', 'code', 'reason']) {
      if (typeof entry[key] !== 'string') throw new Error(`${ALLOW_FILE}: every entry needs "${key}"`);
    }
    if (entry.reason.trim().length < 20) throw new Error(`${ALLOW_FILE}: the reason for ${entry.id} is too short`);
  }
  return list;
}

const allowed = (entry, finding) =>
  entry.id === finding.id && entry.file === finding.file && entry.code === finding.code;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const json = process.argv.includes('--json');
  const { findings, errors, files, seconds } = await scan();
  const allowList = loadAllowList();
  const fresh = findings.filter((f) => !allowList.some((entry) => allowed(entry, f)));
  const stale = allowList.filter((entry) => !findings.some((f) => allowed(entry, f)));
  if (json) {
    console.log(JSON.stringify({ files, seconds, findings, fresh, stale, errors }, null, 2));
  } else {
    console.log(
      `Electronegativity: ${files} files in ${seconds.toFixed(1)} s, ${findings.length} finding(s), ${findings.length - fresh.length} on the reviewed list.`,
    );
    for (const f of fresh) console.log(`  NEW  ${f.id}  ${f.file}:${f.line}  ${f.code}\n       ${f.description}`);
    for (const e of stale)
      console.log(`  STALE allow-list entry (no such finding any more; remove it): ${e.id} ${e.file} ${e.code}`);
    for (const e of errors) console.log(`  PARSE ERROR ${e}`);
  }
  process.exit(fresh.length > 0 || stale.length > 0 || errors.length > 0 ? 1 : 0);
}
