/**
 * Groups: the list, a group's page (members, charter, exceptions, ownership, rules) and the
 * history sentences of those changes. Other features may use the charter wording and tags below.
 */
import { createElement } from 'react';
import { TeamOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { rehearseWhenRead } from '../../platform/rehearsal';
import { useNav } from '../../platform/nav';
import { openNewGroupForm } from './newGroup';
import { groupEventTexts } from './events';
import { useSettings } from '../../platform/settings';
import { groupsArrangement, useGroupWindow } from './store';

// The pages come with their own chunks, read the first time they are shown.
const GroupsPage = lazyPage(() => import('./GroupsPage').then((m) => m.GroupsPage));
const GroupPage = lazyPage(() => import('./GroupPage').then((m) => m.GroupPage));

export const feature: Feature = {
  name: 'groups',
  routes: {
    groups: () => createElement(GroupsPage),
    group: (route) => createElement(GroupPage, { key: route.id, id: route.id }),
  },
  menu: [{ key: 'groups', icon: createElement(TeamOutlined) }],
  palette: [
    {
      id: 'group.new',
      label: 'insights.palette.action.newGroup',
      // Found by the words its button shows too (“Thêm nhóm” as well as “Tạo nhóm mới”).
      keywordKeys: ['membership.newGroup'],
      icon: createElement(UsergroupAddOutlined),
      order: 20,
      run: () => {
        useNav.getState().go({ page: 'groups' });
        openNewGroupForm();
      },
    },
  ],
  eventTexts: groupEventTexts,
  warm: () => {
    // The table's first page, in the order the page first shows.
    const list = useGroupWindow.getState().readAhead(groupsArrangement('', useSettings.getState().locale, null, {}));
    // The table rendered once out of sight, when its code and its first rows are there.
    rehearseWhenRead(Promise.all([import('./GroupsPage'), list, GroupsPage.preload()]), ([page]) =>
      createElement(page.GroupsTableRehearsal),
    );
  },
};
