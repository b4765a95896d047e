import { Flex, Select, Spin, Typography } from 'antd';
import type { PersonRow } from '../../../shared/contract';
import { usePersonSearch } from './usePersonSearch';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder: string;
  /** People who cannot be chosen, with the reason shown beside their name. */
  disabledIds?: Map<string, string>;
  allowClear?: boolean;
  testId?: string;
  autoFocus?: boolean;
}

/** Chooses a person by searching the registry (name, pinyin, unaccented, phone, handle). */
export function PersonSelect({ value, onChange, placeholder, disabledIds, allowClear, testId, autoFocus }: Props) {
  const { setSearch, rows, loading } = usePersonSearch();

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(id) => onChange?.(id)}
      allowClear={allowClear}
      placeholder={placeholder}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      autoFocus={autoFocus}
      data-testid={testId}
      options={rows.map((p) => ({
        value: p.id,
        disabled: disabledIds?.has(p.id) ?? false,
        label: p.name,
        row: p,
      }))}
      optionRender={(option) => {
        const p = (option.data as { row: PersonRow }).row;
        const note = disabledIds?.get(p.id);
        return (
          <Flex justify="space-between" gap={8}>
            <span>
              <Typography.Text strong={!note}>{p.name}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {[p.unitName, p.position].filter(Boolean).join(' · ')}
              </Typography.Text>
            </span>
            {note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {note}
              </Typography.Text>
            )}
          </Flex>
        );
      }}
    />
  );
}
