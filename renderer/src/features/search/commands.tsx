/** The palette's pages and actions: everything the menu and the main buttons reach, by name. */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { FileSearchOutlined, ImportOutlined, UsergroupAddOutlined, UserAddOutlined } from '@ant-design/icons';
import { SECTIONS } from '../../app/menu';
import { i18n } from '../../i18n';
import { goWith } from '../../platform/intent';
import { openNewGroupForm } from '../groups/newGroup';
import { useNav } from '../../platform/nav';
import type { Matchable } from './match';

export interface PaletteCommand extends Matchable {
  id: string;
  kind: 'action' | 'page';
  icon: ReactNode;
  run(): void;
}

/** The English text of a key, so "import" finds the import action in Chinese and Vietnamese too. */
function english(key: string): string {
  return i18n.t(key, { lng: 'en' });
}

export function paletteCommands(t: TFunction): PaletteCommand[] {
  const go = (page: (typeof SECTIONS)[number]['key']) => useNav.getState().go({ page });
  const action = (
    id: string,
    key: string,
    icon: ReactNode,
    run: () => void,
    keywords: string[] = [],
  ): PaletteCommand => ({ id, kind: 'action', label: t(key), keywords: [english(key), ...keywords], icon, run });
  const actions: PaletteCommand[] = [
    action('person.new', 'insights.palette.action.newPerson', <UserAddOutlined />, () =>
      goWith({ page: 'people' }, { kind: 'person.new' }),
    ),
    action('group.new', 'insights.palette.action.newGroup', <UsergroupAddOutlined />, () => {
      go('groups');
      openNewGroupForm();
    }),
    action('people.import', 'insights.palette.action.importPeople', <ImportOutlined />, () =>
      goWith({ page: 'people' }, { kind: 'people.import' }),
    ),
    action('report.scopeCreep', 'insights.palette.action.scopeCreep', <FileSearchOutlined />, () => go('reports'), [
      t('insights.report.title'),
      english('insights.report.title'),
      'scope creep',
    ]),
  ];
  const pages = SECTIONS.map((s): PaletteCommand => ({
    id: `page.${s.key}`,
    kind: 'page',
    label: t(`nav.${s.key}`),
    keywords: [english(`nav.${s.key}`)],
    icon: s.icon,
    run: () => go(s.key),
  }));
  return [...actions, ...pages];
}
