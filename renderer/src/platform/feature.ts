/**
 * What a feature contributes to the console. Each `features/<name>/feature.ts` exports one
 * `Feature` (its pages, menu entries, Ctrl+K actions and history sentences): that is what the
 * app's shell reads at start, so it stays small — its pages are `lazyPage`s, read the first time
 * they are shown. `features/<name>/index.ts` (where there is one) exports what other features use,
 * read with their pages. `app/features.ts` lists the features; the pages, the menu, the palette
 * and the history texts are assembled from that list, so adding a feature is: create its folder,
 * add it to the list (and its translations to i18n/locales/).
 */
import type { ReactNode } from 'react';
import type { Route, RouteOf, SectionPage } from './nav';
import type { EventTexts } from './eventText';

/** The page for each route a feature owns, by page key. */
export type Routes = { [P in Route['page']]?: (route: RouteOf<P>) => ReactNode };

/** A section in the left-hand menu (its label is `nav.<key>`); the menu follows the feature list. */
export interface MenuEntry {
  key: SectionPage;
  icon: ReactNode;
}

/** An action offered by the command palette (Ctrl+K). */
export interface PaletteAction {
  id: string;
  /** Translation key of the label; its English text also finds the action in other languages. */
  label: string;
  icon: ReactNode;
  /** Place among every feature's actions, lowest first. */
  order: number;
  /** Further translation keys whose text (in the UI language and in English) finds the action. */
  keywordKeys?: readonly string[];
  /** Further words, as written, that find the action. */
  keywords?: readonly string[];
  run(): void;
}

/** A record the palette found through a feature (an incident …), ready to show and open. */
export interface PaletteHit {
  /** Unique among the source's hits. */
  key: string;
  /** The row as shown: what the admin recognises the record by (a date, a kind, a summary). */
  content: ReactNode;
  /** Words the row is read by (its accessible name). */
  title: string;
  run(): void;
}

/** Records of a feature the palette searches for what is typed, beside people and groups. */
export interface PaletteSource {
  id: string;
  /** Translation key of the section heading above its hits. */
  label: string;
  /** At most a handful of hits for the query, the best first. */
  search(query: string): Promise<PaletteHit[]>;
}

export interface Feature {
  name: string;
  routes?: Routes;
  menu?: readonly MenuEntry[];
  palette?: readonly PaletteAction[];
  /** Records the palette (Ctrl+K) finds through this feature. */
  paletteSources?: readonly PaletteSource[];
  /** History sentences for the event kinds this feature writes. */
  eventTexts?: EventTexts;
  /**
   * Work done once the console has been up a second, so the feature's first page opens at once
   * when first asked for: its chunk read, the list it shows fetched (people and groups at 10,000
   * rows took most of a first visit).
   */
  warm?: () => void;
}
