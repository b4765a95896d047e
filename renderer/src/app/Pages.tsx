import type { Route } from '../platform/nav';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { GroupPage } from '../features/groups/GroupPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonPage } from '../features/people/PersonPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { EscalationsPage } from '../features/escalations/EscalationsPage';
import { OperationsPage } from '../features/operations/OperationsPage';
import { SnapshotsPage } from '../features/snapshots/SnapshotsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { SettingsPage } from '../features/settings/SettingsPage';

/** The page for a route. Detail pages are keyed by id so their local state starts fresh. */
export function Pages({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'groups':
      return <GroupsPage />;
    case 'group':
      return <GroupPage key={route.id} id={route.id} />;
    case 'people':
      return <PeoplePage />;
    case 'person':
      return <PersonPage key={route.id} id={route.id} />;
    case 'organisation':
      return <OrganisationPage />;
    case 'reports':
      return <ReportsPage />;
    case 'escalations':
      return <EscalationsPage />;
    case 'operations':
      return <OperationsPage />;
    case 'snapshots':
      return <SnapshotsPage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
