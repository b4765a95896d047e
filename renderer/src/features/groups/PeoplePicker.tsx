import { useMemo, type CSSProperties } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { usePersonSearch } from '../../ui/usePersonSearch';
import { useDirectory } from '../../platform/directory';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  placeholder: string;
  testId?: string;
  id?: string;
  style?: CSSProperties;
}

interface SingleProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder: string;
  testId?: string;
  id?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/** One person, chosen by search; the chosen person keeps their name when the search moves on. */
export function PersonPicker({ value, onChange, ...rest }: SingleProps) {
  return <PeoplePicker {...rest} single value={value ? [value] : []} onChange={(ids) => onChange?.(ids.at(-1))} />;
}

/**
 * Chooses several people by searching the registry (name, pinyin, unaccented, phone, handle).
 * People already chosen keep their names even when the current search does not list them.
 */
export function PeoplePicker({
  value = [],
  onChange,
  placeholder,
  testId,
  id,
  single,
  allowClear,
  style,
}: Props & { single?: boolean; allowClear?: boolean }) {
  const { setSearch, rows, loading } = usePersonSearch();
  const names = useDirectory().people;

  const options = useMemo(() => {
    const listed = new Set(rows.map((r) => r.id));
    return [
      ...value.filter((v) => !listed.has(v)).map((v) => ({ value: v, label: names.get(v) ?? v, detail: '' })),
      ...rows.map((p) => ({
        value: p.id,
        label: p.name,
        detail: [p.unitName, p.position].filter(Boolean).join(' · '),
      })),
    ];
  }, [rows, value, names]);

  return (
    <Select<string | string[]>
      id={id}
      mode={single ? undefined : 'multiple'}
      allowClear={allowClear}
      style={style}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={single ? value[0] : value}
      onChange={(ids) => {
        setSearch('');
        onChange?.(ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]);
      }}
      placeholder={placeholder}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      data-testid={testId}
      options={options}
      optionRender={(option) => (
        <Flex gap={8}>
          <Typography.Text>{option.data.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.detail}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
