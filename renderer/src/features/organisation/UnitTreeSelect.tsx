import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { matchesKey } from '../../../../shared/searchText';
import { useSearchKey } from '../../platform/pinyin';
import { collator } from '../../i18n/format';
import { useLocale } from '../../platform/settings';
import { buildUnitTree, type UnitNode, type UnitWithPeople } from './unitTree';

interface Props {
  units: UnitWithPeople[];
  value?: string | null;
  onChange?: (id: string | null) => void;
  placeholder: string;
  /** Units that cannot be chosen (a unit and its own sub-units when moving it). */
  disabledIds?: Set<string>;
  /** Offers a first entry with this label that stands for "no parent" (the value null). */
  topLevelLabel?: string;
  allowClear?: boolean;
  testId?: string;
  autoFocus?: boolean;
}

const TOP = '\u0000top';

interface Option {
  value: string;
  title: string;
  key: string;
  disabled: boolean;
  search: string;
  children: Option[];
}

/**
 * Chooses a unit from the tree. Typing filters by name, pinyin or initials (办公室: `bgs`) and
 * unaccented Vietnamese, like every other search in the app.
 */
export function UnitTreeSelect(props: Props) {
  const { units, value, onChange, placeholder, disabledIds, topLevelLabel, allowClear, testId, autoFocus } = props;
  const locale = useLocale();
  const searchKey = useSearchKey();
  const treeData = useMemo(() => {
    const toOption = (node: UnitNode): Option => ({
      value: node.unit.id,
      key: node.unit.id,
      title: node.unit.name,
      disabled: disabledIds?.has(node.unit.id) ?? false,
      search: searchKey(node.unit.name),
      children: node.children.map(toOption),
    });
    const tree = buildUnitTree(units, collator(locale).compare).map(toOption);
    return topLevelLabel
      ? [{ value: TOP, key: TOP, title: topLevelLabel, disabled: false, search: '', children: [] }, ...tree]
      : tree;
  }, [units, locale, disabledIds, topLevelLabel, searchKey]);

  const shown = value === null || value === undefined ? (topLevelLabel && value === null ? TOP : undefined) : value;
  return (
    <TreeSelect<string>
      value={shown}
      onChange={(v) => onChange?.(v === undefined || v === TOP ? null : v)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch
      filterTreeNode={(input, node) => matchesKey((node as unknown as Option).search ?? '', input)}
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 280 } } }}
      autoFocus={autoFocus}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
