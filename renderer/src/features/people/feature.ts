/** People: the list, a person's page, the person form, the import wizard and their history sentences. */
import { createElement } from 'react';
import { ImportOutlined, UserAddOutlined, UserOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { rehearseWhenRead } from '../../platform/rehearsal';
import { goWith } from '../../platform/intent';
import { peopleEventTexts } from './events';
import { useSettings } from '../../platform/settings';
import { peopleArrangement, usePeopleWindow } from './store';

// The pages come with their own chunks, read the first time they are shown.
const PeoplePage = lazyPage(() => import('./PeoplePage').then((m) => m.PeoplePage));
const PersonPage = lazyPage(() => import('./PersonPage').then((m) => m.PersonPage));

export const feature: Feature = {
  name: 'people',
  routes: {
    people: () => createElement(PeoplePage),
    person: (route) => createElement(PersonPage, { key: route.id, id: route.id }),
  },
  menu: [{ key: 'people', icon: createElement(UserOutlined) }],
  palette: [
    {
      id: 'person.new',
      label: 'insights.palette.action.newPerson',
      keywordKeys: ['directory.people.new'],
      icon: createElement(UserAddOutlined),
      order: 10,
      run: () => goWith({ page: 'people' }, { kind: 'person.new' }),
    },
    {
      id: 'people.import',
      label: 'insights.palette.action.importPeople',
      keywordKeys: ['directory.people.import'],
      icon: createElement(ImportOutlined),
      order: 30,
      run: () => goWith({ page: 'people' }, { kind: 'people.import' }),
    },
  ],
  eventTexts: peopleEventTexts,
  warm: () => {
    // The table's first page, in the order the page first shows (100 rows, not the whole directory).
    const list = usePeopleWindow.getState().readAhead(peopleArrangement('', useSettings.getState().locale, null));
    // The page (header, table, closed form and wizard) rendered once out of sight, when its code and
    // the first rows are there.
    rehearseWhenRead(Promise.all([import('./PeoplePage'), list, PeoplePage.preload()]), ([page]) =>
      createElement(page.PeoplePageRehearsal),
    );
  },
};
