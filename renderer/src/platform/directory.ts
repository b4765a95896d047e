/**
 * Names of people and groups by id, so history entries can say "李伟 joined 中层干部工作群"
 * rather than show ids. Only the names a page shows are asked for: looking a name up that is not
 * known yet asks the registry for it (directory.names, a few hundred ids per request, gathered
 * over one tick), and every component that uses the names draws again when the answer arrives.
 * After a change to the registry the names kept are still shown, and asked for again as they are
 * looked up (a person renamed shows the new name). At 10,000 people this is a few dozen names,
 * not two whole lists.
 */
import { create } from 'zustand';
import { NAMES_MAX_IDS } from '../../../shared/vocabulary';
import { call } from './api';
import { createQueryStore } from './query';
import { registerRefresher } from './registry';

export interface NameLookup {
  get(id: string): string | undefined;
  /** Whether the id names one of these (false until its name has arrived). */
  has(id: string): boolean;
}

export interface Directory {
  people: NameLookup;
  groups: NameLookup;
}

const people = new Map<string, string>();
const groups = new Map<string, string>();
/** Ids answered since the last change (a name, or none): not asked again until the next change. */
const fresh = new Set<string>();
/** Ids asked for and not answered yet. */
const asking = new Set<string>();
let queued: string[] = [];

/** Ids as the registry writes them (shared/domain Id): anything else names no one and is not asked. */
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

async function ask(ids: string[]): Promise<void> {
  try {
    const answer = await call('directory.names', { ids });
    for (const [id, name] of Object.entries(answer.people)) people.set(id, name);
    for (const [id, name] of Object.entries(answer.groups)) groups.set(id, name);
  } catch {
    // Not asked again until the registry changes: the ids show as they are meanwhile.
  } finally {
    for (const id of ids) {
      asking.delete(id);
      fresh.add(id);
    }
    bump();
  }
}

function flush(): void {
  const ids = queued;
  queued = [];
  for (let i = 0; i < ids.length; i += NAMES_MAX_IDS) void ask(ids.slice(i, i + NAMES_MAX_IDS));
}

function want(id: string): void {
  if (fresh.has(id) || asking.has(id) || !ID.test(id)) return;
  asking.add(id);
  if (queued.length === 0) queueMicrotask(flush);
  queued.push(id);
}

function lookup(names: Map<string, string>): NameLookup {
  return {
    get(id) {
      want(id);
      return names.get(id);
    },
    has(id) {
      want(id);
      return names.has(id);
    },
  };
}

const snapshot = (): Directory => ({ people: lookup(people), groups: lookup(groups) });

/** A new object whenever names arrive or the registry changes: what components subscribe to. */
const useNames = create<{ directory: Directory }>(() => ({ directory: snapshot() }));
const bump = () => useNames.setState({ directory: snapshot() });

/** The names known now, outside a component; looking up one not known asks for it. */
export function currentDirectory(): Directory {
  return useNames.getState().directory;
}

/** The names, for a component: it draws again when names arrive (a new object each time). */
export function useDirectory(): Directory {
  return useNames((s) => s.directory);
}

registerRefresher(() => {
  fresh.clear();
  bump();
});

/**
 * Every group, id and name, for a group picker (escalations' scope, an incident's group): the one
 * place a whole list is needed. Loaded while a picker is on screen.
 */
export const useGroupChoices = createQueryStore(async (_: { all: true }) =>
  (await call('groups.list', {})).map((g) => ({ value: g.id, label: g.name })),
);

export function ensureGroupChoices(): void {
  const state = useGroupChoices.getState();
  if (state.params === null) void state.load({ all: true });
}
