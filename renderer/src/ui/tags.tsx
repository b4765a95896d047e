/**
 * Small, pure tags for the registry's enumerations, each translated and coloured consistently: antd's
 * tag markup drawn as plain elements (ui/plain.tsx), as tables and the dashboard draw many of them.
 */
import {
  CrownFilled,
  DingtalkOutlined,
  MessageOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  TeamOutlined,
  WechatOutlined,
  WechatWorkOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { GroupStatus, Platform, Role } from '../../../shared/domain';
import type { Person } from '../../../shared/contract';
import { formatDate } from '../i18n/format';
import { PlainTag as Tag } from './plain';

/** One colour per platform, close to each platform's own brand colour. */
export const PLATFORM_COLOR: Record<Platform, string> = {
  wechat: 'green',
  wecom: 'cyan',
  zalo: 'blue',
  dingtalk: 'geekblue',
  teams: 'purple',
  telegram: 'magenta',
  other: 'default',
};

const PLATFORM_ICON: Record<Platform, ReactNode> = {
  wechat: <WechatOutlined />,
  wecom: <WechatWorkOutlined />,
  zalo: <MessageOutlined />,
  dingtalk: <DingtalkOutlined />,
  teams: <TeamOutlined />,
  telegram: <SendOutlined />,
  other: <MessageOutlined />,
};

export function PlatformTag({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  return (
    <Tag color={PLATFORM_COLOR[platform]} icon={PLATFORM_ICON[platform]} data-platform={platform}>
      {t(`platform.${platform}`)}
    </Tag>
  );
}

const STATUS_COLOR: Record<GroupStatus, string> = {
  active: 'success',
  dissolving: 'warning',
  dissolved: 'default',
  archived: 'default',
};

export function GroupStatusTag({ status }: { status: GroupStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`groupStatus.${status}`)}</Tag>;
}

export function GroupKindTag({ kind }: { kind: 'standing' | 'adhoc' }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'adhoc' ? 'orange' : 'default'}>{t(`groupKind.${kind}`)}</Tag>;
}

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  if (role === 'owner') {
    return (
      <Tag color="gold" icon={<CrownFilled />} data-role="owner">
        {t('role.owner')}
      </Tag>
    );
  }
  if (role === 'deputy') {
    return (
      <Tag color="blue" icon={<SafetyCertificateOutlined />} data-role="deputy">
        {t('role.deputy')}
      </Tag>
    );
  }
  return <Tag data-role="member">{t('role.member')}</Tag>;
}

export function PersonStatusTag({ status, leftOn }: { status: Person['status']; leftOn?: string | null }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'active' ? 'success' : 'red'}>
      {status === 'left' && leftOn ? `${t('personStatus.left')} · ${formatDate(leftOn)}` : t(`personStatus.${status}`)}
    </Tag>
  );
}
