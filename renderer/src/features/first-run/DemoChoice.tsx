import { Flex, Radio, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMO_KINDS, type DemoKind } from '../../../../shared/contract';
import { PlatformTag } from '../../ui/tags';

const DEMO_TEXT: Record<DemoKind, { title: string; description: string; platform: 'wechat' | 'zalo' }> = {
  'county-bureau': { title: 'firstRun.demoCounty', description: 'firstRun.demoCountyDescription', platform: 'wechat' },
  'youth-union': { title: 'firstRun.demoYouth', description: 'firstRun.demoYouthDescription', platform: 'zalo' },
};

/** The two demo organisations as selectable cards (a radio group, so arrow keys move between them). */
export function DemoChoice({ value, onChange }: { value: DemoKind; onChange: (kind: DemoKind) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Radio.Group value={value} onChange={(e) => onChange(e.target.value as DemoKind)} style={{ width: '100%' }}>
      <Flex vertical gap={10}>
        {DEMO_KINDS.map((kind) => {
          const text = DEMO_TEXT[kind];
          const selected = value === kind;
          return (
            <div
              key={kind}
              onClick={() => onChange(kind)}
              data-testid={`demo-${kind}`}
              style={{
                display: 'block',
                cursor: 'pointer',
                padding: '12px 14px',
                borderRadius: token.borderRadiusLG,
                border: `1px solid ${selected ? token.colorPrimary : token.colorBorder}`,
                background: selected ? token.colorPrimaryBg : undefined,
              }}
            >
              <Flex gap={10} align="flex-start">
                <Radio value={kind} style={{ marginTop: 2 }} />
                <div style={{ flex: 1 }}>
                  <Flex align="center" gap={8} wrap>
                    <Typography.Text strong>{t(text.title)}</Typography.Text>
                    <PlatformTag platform={text.platform} />
                  </Flex>
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
                    {t(text.description)}
                  </Typography.Paragraph>
                </div>
              </Flex>
            </div>
          );
        })}
      </Flex>
    </Radio.Group>
  );
}
