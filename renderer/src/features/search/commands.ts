/**
 * The palette's pages and actions: everything the menu and the main buttons reach, by name. The
 * app hands the palette what the features contribute (their menu entries and palette actions), so
 * the search feature knows no other feature.
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { MenuEntry, PaletteAction } from '../../platform/feature';
import { useNav } from '../../platform/nav';
import type { Matchable } from './match';

export interface PaletteCommand extends Matchable {
  id: string;
  kind: 'action' | 'page';
  icon: ReactNode;
  run(): void;
}

export function paletteCommands(
  t: TFunction,
  /** The English text of a key, so "import" finds the import action in Chinese and Vietnamese too. */
  english: (key: string) => string,
  actions: readonly PaletteAction[],
  sections: readonly MenuEntry[],
): PaletteCommand[] {
  const ordered = [...actions].sort((a, b) => a.order - b.order);
  return [
    ...ordered.map((a): PaletteCommand => ({
      id: a.id,
      kind: 'action',
      label: t(a.label),
      keywords: [english(a.label), ...(a.keywordKeys ?? []).flatMap((k) => [t(k), english(k)]), ...(a.keywords ?? [])],
      icon: a.icon,
      run: a.run,
    })),
    ...sections.map((s): PaletteCommand => ({
      id: `page.${s.key}`,
      kind: 'page',
      label: t(`nav.${s.key}`),
      keywords: [english(`nav.${s.key}`)],
      icon: s.icon,
      run: () => useNav.getState().go({ page: s.key }),
    })),
  ];
}
