/**
 * What a feature contributes to the console. Each `features/<name>/index.ts` is that feature's
 * only door: it exports one `Feature` (its pages, menu entries, Ctrl+K actions and history
 * sentences) plus whatever other features may use. `app/features.ts` lists the features; the
 * pages, the menu, the palette and the history texts are assembled from that list, so adding a
 * feature is: create its folder, add it to the list (and its translations to i18n/index.ts).
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

export interface Feature {
  name: string;
  routes?: Routes;
  menu?: readonly MenuEntry[];
  palette?: readonly PaletteAction[];
  /** History sentences for the event kinds this feature writes. */
  eventTexts?: EventTexts;
}
