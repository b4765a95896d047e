import { Button, Flex, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../ui/PersonSelect';

export interface PartyValue {
  kind: 'person' | 'position';
  ref?: string;
  /** The person's name when the value was filled in for the admin (a select would show the id). */
  label?: string;
}

/** A person of the registry, or a position as written ("办公室主任"). */
export function PartyInput({
  value,
  onChange,
  testId,
}: {
  value?: PartyValue;
  onChange?: (value: PartyValue) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const kind = value?.kind ?? 'position';
  return (
    <Flex gap={8} align="center" data-testid={testId}>
      <Radio.Group
        optionType="button"
        value={kind}
        onChange={(e) => onChange?.({ kind: e.target.value as PartyValue['kind'] })}
        options={[
          { value: 'position', label: t('escalations.party.position') },
          { value: 'person', label: t('escalations.party.person') },
        ]}
      />
      <div style={{ flex: 1, minWidth: 0 }}>
        {kind === 'person' && value?.label && value.ref ? (
          <Flex gap={8} align="center">
            <Typography.Text strong>{value.label}</Typography.Text>
            <Button size="small" type="link" onClick={() => onChange?.({ kind })}>
              {t('escalations.party.change')}
            </Button>
          </Flex>
        ) : kind === 'person' ? (
          <PersonSelect
            value={value?.ref}
            onChange={(ref) => onChange?.({ kind, ref })}
            placeholder={t('escalations.form.personPlaceholder')}
            testId={`${testId}-person`}
          />
        ) : (
          <Input
            value={value?.ref}
            onChange={(e) => onChange?.({ kind, ref: e.target.value })}
            placeholder={t('escalations.party.positionPlaceholder')}
            maxLength={200}
            data-testid={`${testId}-position`}
          />
        )}
      </div>
    </Flex>
  );
}

/** Form rule: a party needs its person or its position. */
export const partyRequired = (message: string) => ({
  validator: (_: unknown, value: PartyValue | undefined) =>
    value?.ref?.trim() ? Promise.resolve() : Promise.reject(new Error(message)),
});

export function partyOf(value: PartyValue): { kind: 'person'; ref: string } | { kind: 'position'; ref: string } {
  return { kind: value.kind, ref: (value.ref ?? '').trim() };
}

/** A recorded party as a form value. */
export function partyValue(party: { kind: 'person' | 'position'; ref: string; label: string } | null): PartyValue {
  if (!party) return { kind: 'position' };
  return party.kind === 'person'
    ? { kind: 'person', ref: party.ref, label: party.label }
    : { kind: 'position', ref: party.ref };
}
