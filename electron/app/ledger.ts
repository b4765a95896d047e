/**
 * The registry as the app sees it: one open database, the preferences, the dialogs of the host
 * (Electron or the browser harness) and one handler per contract channel. `invoke` is the single
 * entry used by IPC and by the harness: it validates input against the contract, runs the
 * handler, translates errors, and tells listeners the revision after every committed change.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { z } from 'zod';
import {
  contract,
  type ChannelName,
  type ChannelOutput,
  type Contract,
  type Result,
  type SnapshotPreview,
} from '../../shared/contract';
import type { Locale } from '../../shared/domain';
import { LedgerError, type ErrorParams } from '../../shared/errors';
import { describeIssue, errorMessage } from '../../shared/i18n/errors';
import type { Snapshot } from '../../shared/snapshot';
import { openDatabase, type Db } from '../db/database';
import { registryPath } from '../core/paths';
import type { Preferences } from '../core/preferences';
import { systemClock, type Clock, type ServiceContext } from '../services/context';
import { dashboardSummary } from '../services/dashboard';
import { loadDemo } from '../services/demo';
import { getPerson, listPeople, listTiers, listUnits } from '../services/directory';
import { runDoctor } from '../services/doctor';
import { eventKinds, listEvents, revision } from '../services/events';
import { getGroup, listGroups } from '../services/groups';
import { addMember, charterCheck, removeMember } from '../services/membership';
import { deleteTier, deleteUnit, reorderTiers, savePerson, saveTier, saveUnit } from '../services/editing';
import { decideException, listExceptions, requestException } from '../services/exceptions';
import { saveGroup, setCharter, transferOwnership } from '../services/groupEditing';
import {
  commitImport,
  guessMapping,
  headerSignature,
  parsePeopleFile,
  previewImport,
  type ParsedPeopleFile,
} from '../services/peopleImport';
import { scopeCreepReport } from '../services/reports';
import { acknowledgeRules, getRules, publishRules } from '../services/rules';
import { searchAll } from '../services/search';
import { createOrganisation, getOrganisation, isRegistryEmpty } from '../services/organisation';
import { countsOf, exportSnapshot, importSnapshot, readSnapshotFile } from '../services/snapshot';

/** What the host (Electron window or browser harness) provides. */
export interface HostDialogs {
  /** Asks where to save a snapshot; null when the user cancels. */
  chooseSnapshotSaveFile(defaultName: string): Promise<string | null>;
  /** Asks which snapshot to open; null when the user cancels. */
  chooseSnapshotOpenFile(): Promise<string | null>;
}

export interface LedgerOptions {
  dataDir: string;
  preferences: Preferences;
  dialogs: HostDialogs;
  mode: 'electron' | 'browser';
  version: string;
  clock?: Clock;
}

type Handlers = {
  [C in ChannelName]: (input: z.output<Contract[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface Ledger {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (revision: number) => void): () => void;
  locale(): Locale;
  close(): void;
  readonly db: Db;
}

const PENDING_IMPORT_TTL_MS = 10 * 60 * 1000;

export function openLedger(options: LedgerOptions): Ledger {
  const db = openDatabase(registryPath(options.dataDir));
  const clock = options.clock ?? systemClock;
  const prefs = options.preferences;
  const listeners = new Set<(revision: number) => void>();
  const pendingImports = new Map<string, { snapshot: Snapshot; fileName: string; at: number }>();
  const pendingPeopleFiles = new Map<string, { file: ParsedPeopleFile; at: number }>();
  const peopleFile = (token: string): ParsedPeopleFile => {
    const pending = pendingPeopleFiles.get(token);
    if (!pending || Date.now() - pending.at > PENDING_IMPORT_TTL_MS) throw new LedgerError('import_expired');
    return pending.file;
  };

  const locale = (): Locale => prefs.settings().locale ?? getOrganisation(db)?.locale ?? 'en';
  const ctx = (): ServiceContext => {
    const admin = prefs.settings().adminName || safeUserName();
    return { db, clock, actor: admin };
  };

  const handlers: Handlers = {
    'app.info': () => ({
      version: options.version,
      mode: options.mode,
      dataDir: options.dataDir,
      registryPath: registryPath(options.dataDir),
      revision: revision(db),
      nodeVersion: process.versions.node,
      sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    }),
    'settings.get': () => prefs.settings(),
    'settings.update': (patch) => prefs.updateSettings(patch),
    'org.get': () => getOrganisation(db),
    'org.create': (input) => {
      const org = createOrganisation(ctx(), input);
      prefs.updateSettings({ firstRunDone: true, locale: prefs.settings().locale ?? input.locale });
      return org;
    },
    'org.loadDemo': (input) => {
      const org = loadDemo(ctx(), input.kind, input.locale);
      prefs.updateSettings({ firstRunDone: true, locale: prefs.settings().locale ?? input.locale });
      return org;
    },
    'dashboard.summary': () => dashboardSummary(db, clock),
    'units.list': () => listUnits(db),
    'units.save': (input) => saveUnit(ctx(), input),
    'units.delete': (input) => deleteUnit(ctx(), input.id),
    'tiers.list': () => listTiers(db),
    'tiers.save': (input) => saveTier(ctx(), input),
    'tiers.reorder': (input) => reorderTiers(ctx(), input.ids),
    'tiers.delete': (input) => deleteTier(ctx(), input.id),
    'people.list': (input) => listPeople(db, input.query),
    'people.get': (input) => getPerson(db, input.id),
    'people.save': (input) => savePerson(ctx(), input),
    'people.importParse': (input) => {
      const file = parsePeopleFile(input.fileName, Buffer.from(input.data, 'base64'));
      const token = randomBytes(16).toString('hex');
      const now = Date.now();
      for (const [key, pending] of pendingPeopleFiles)
        if (now - pending.at > PENDING_IMPORT_TTL_MS) pendingPeopleFiles.delete(key);
      pendingPeopleFiles.set(token, { file, at: now });
      const remembered = prefs.importMapping(headerSignature(file.headers));
      return {
        token,
        fileName: file.fileName,
        format: file.format,
        encoding: file.encoding,
        headers: file.headers,
        rowCount: file.rows.length,
        sample: file.rows.slice(0, 5),
        mapping: remembered ?? guessMapping(file.headers, file.rows),
        remembered: remembered !== null,
      };
    },
    'people.importPreview': (input) => previewImport(db, peopleFile(input.token), input.mapping, input.token),
    'people.importCommit': (input) => {
      const file = peopleFile(input.token);
      const result = commitImport(ctx(), file, input.mapping, input.acceptSameName);
      pendingPeopleFiles.delete(input.token);
      prefs.rememberImportMapping(headerSignature(file.headers), input.mapping);
      return result;
    },
    'groups.list': (input) => listGroups(db, input.query),
    'groups.get': (input) => getGroup(db, input.id, input.asOf),
    'groups.save': (input) => saveGroup(ctx(), input),
    'groups.setCharter': (input) => setCharter(ctx(), input),
    'groups.transferOwnership': (input) => transferOwnership(ctx(), input),
    'charter.check': (input) => charterCheck(db, input.groupId, input.personId),
    'members.add': (input) => addMember(ctx(), input),
    'members.remove': (input) => removeMember(ctx(), input),
    'exceptions.list': (input) => listExceptions(db, input),
    'exceptions.request': (input) => requestException(ctx(), input),
    'exceptions.decide': (input) => decideException(ctx(), input),
    'rules.get': (input) => getRules(db, input.groupId),
    'rules.publish': (input) => publishRules(ctx(), input),
    'rules.acknowledge': (input) => acknowledgeRules(ctx(), input),
    'reports.scopeCreep': () => scopeCreepReport(db, clock),
    'search.all': (input) => searchAll(db, input.query),
    'events.list': (input) => listEvents(db, input),
    'events.kinds': () => eventKinds(db),
    'snapshot.export': async () => {
      const org = getOrganisation(db);
      if (!org) throw new LedgerError('no_organisation');
      const path = await options.dialogs.chooseSnapshotSaveFile(defaultSnapshotName(org.name, clock));
      return path ? exportSnapshot(db, clock, path) : null;
    },
    'snapshot.inspect': async () => {
      const path = await options.dialogs.chooseSnapshotOpenFile();
      if (!path) return null;
      const snapshot = readSnapshotFile(path);
      const token = randomBytes(16).toString('hex');
      const now = Date.now();
      for (const [key, pending] of pendingImports)
        if (now - pending.at > PENDING_IMPORT_TTL_MS) pendingImports.delete(key);
      pendingImports.set(token, { snapshot, fileName: basename(path), at: now });
      const preview: SnapshotPreview = {
        token,
        fileName: basename(path),
        exportedAt: snapshot.exportedAt,
        organisation: snapshot.content.organisation.name,
        counts: countsOf(snapshot.content),
        registryEmpty: isRegistryEmpty(db),
      };
      return preview;
    },
    'snapshot.import': (input) => {
      const pending = pendingImports.get(input.token);
      if (!pending) throw new LedgerError('snapshot_cancelled');
      if (input.replace && !isRegistryEmpty(db)) throw new LedgerError('registry_not_empty');
      pendingImports.delete(input.token);
      return importSnapshot(db, pending.snapshot, {
        actor: ctx().actor,
        fileName: pending.fileName,
        at: clock.now().toISOString(),
      });
    },
    'doctor.run': () => runDoctor(db),
  };

  const translate = (error: unknown): Result<never> => {
    const loc = locale();
    if (error instanceof LedgerError) {
      return {
        ok: false,
        error: { code: error.code, message: errorMessage(loc, error.code, error.params), params: error.params },
      };
    }
    console.error('[group-ledger] internal error:', error);
    return { ok: false, error: { code: 'internal', message: errorMessage(loc, 'internal') } };
  };

  return {
    db,
    locale,
    async invoke(channel, rawInput) {
      if (!Object.hasOwn(contract, channel)) {
        return translate(new LedgerError('unknown_channel', { channel: String(channel).slice(0, 80) }));
      }
      const name = channel as ChannelName;
      const parsed = contract[name].input.safeParse(rawInput);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .slice(0, 3)
          .map((issue) => describeIssue(locale(), issue))
          .join('; ');
        return translate(new LedgerError('invalid_input', { detail } satisfies ErrorParams));
      }
      const before = revision(db);
      try {
        const handler = handlers[name] as (input: unknown) => unknown;
        const value = await handler(parsed.data);
        const after = revision(db);
        if (after !== before) for (const listener of listeners) listener(after);
        return { ok: true, value };
      } catch (error) {
        return translate(error);
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      db.close();
    },
  };
}

function defaultSnapshotName(orgName: string, clock: Clock): string {
  const stamp = clock.now().toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const safe = orgName.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `${safe}-${stamp}.groupledger.json`;
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'administrator';
  }
}
