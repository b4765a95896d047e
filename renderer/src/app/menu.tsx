/** The console's sections, in menu order, with their icons. */
import type { ReactNode } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CameraOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  SettingOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { SectionPage } from '../platform/nav';

export const SECTIONS: Array<{ key: SectionPage; icon: ReactNode }> = [
  { key: 'dashboard', icon: <DashboardOutlined /> },
  { key: 'groups', icon: <TeamOutlined /> },
  { key: 'people', icon: <UserOutlined /> },
  { key: 'organisation', icon: <ApartmentOutlined /> },
  { key: 'reports', icon: <FileSearchOutlined /> },
  { key: 'escalations', icon: <AlertOutlined /> },
  { key: 'operations', icon: <ToolOutlined /> },
  { key: 'snapshots', icon: <CameraOutlined /> },
  { key: 'audit', icon: <AuditOutlined /> },
  { key: 'settings', icon: <SettingOutlined /> },
];
