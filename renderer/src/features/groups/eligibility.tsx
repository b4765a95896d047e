/**
 * How a member stands against a charter, said the same way everywhere (group page, add dialog,
 * person page, reports): a coloured badge, the failed criteria in words, and allowed content kinds
 * translated when they are one of the suggested kinds.
 */
import { Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined, SafetyOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CharterMismatch, Eligibility } from '../../../../shared/contract';
import { CONTENT_KINDS } from '../../../../shared/vocabulary';

const COLOR: Record<Eligibility, string> = { in_charter: 'success', exception: 'warning', outside: 'error' };
const ICON = {
  in_charter: <CheckCircleOutlined />,
  exception: <SafetyOutlined />,
  outside: <ExclamationCircleOutlined />,
};

/** The failed criteria as one phrase: "tier, unit" → "not in a listed tier; not in a listed unit". */
export function mismatchText(t: TFunction, mismatches: readonly CharterMismatch[]): string {
  const listed: readonly CharterMismatch[] = mismatches.length ? mismatches : ['not_named'];
  return listed.map((m) => t(`membership.mismatch.${m}`)).join(t('membership.listSeparator'));
}

/** A suggested content kind in the UI language; free text as written. */
export function contentLabel(t: TFunction, value: string): string {
  return (CONTENT_KINDS as readonly string[]).includes(value) ? t(`membership.contentKind.${value}`) : value;
}

/** The eligibility badge, with why in a tooltip (failed criteria, or the exception that let them in). */
export function EligibilityTag({
  eligibility,
  mismatches = [],
  onOpenException,
}: {
  eligibility: Eligibility;
  mismatches?: readonly CharterMismatch[];
  /** For a member by exception: opens the exception that let them in. */
  onOpenException?: () => void;
}) {
  const { t } = useTranslation();
  const tip =
    mismatches.length > 0
      ? t('membership.eligibility.failed', { criteria: mismatchText(t, mismatches) })
      : t(`membership.eligibility.hint.${eligibility}`);
  const tag = (
    <Tag
      color={COLOR[eligibility]}
      icon={ICON[eligibility]}
      data-testid="eligibility"
      data-eligibility={eligibility}
      style={{ marginInlineEnd: 0, cursor: onOpenException ? 'pointer' : undefined }}
      onClick={
        onOpenException
          ? (e) => {
              // Inside a table row that opens the person: the badge opens the exception instead.
              e.stopPropagation();
              onOpenException();
            }
          : undefined
      }
      role={onOpenException ? 'link' : undefined}
      tabIndex={onOpenException ? 0 : undefined}
      onKeyDown={
        onOpenException
          ? (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                e.stopPropagation();
                onOpenException();
              }
            }
          : undefined
      }
    >
      {t(`membership.eligibility.${eligibility}`)}
    </Tag>
  );
  return <Tooltip title={tip}>{tag}</Tooltip>;
}
