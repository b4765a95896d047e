/**
 * People commands: the person form's save (new or changed, a leaver marked), with the duplicate
 * rules every entry path shares (same phone or handle: the same person; same name and unit: asked).
 */
import type { ChannelInput } from '../../../shared/contract';
import type { Handles, Person } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { foldText } from '../../../shared/search';
import { stmt, transaction, type Db } from '../../db/database';
import { recordedDay, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { toPerson, type PersonRecord } from '../../kernel/rows';
import { insertPerson, personSearchKey } from '../../kernel/store';
import { getPersonRecord, requireOrganisation } from '../../kernel/records';
import { directionControl, stripInvisible } from '../../../shared/cellText';

import { findUnit, newId, requireTier, requireUnit } from './commands';

// ---------------------------------------------------------------------------------------------
// People

/** Characters a phone number may hold; the digits are counted separately. */
const PHONE_CHARS = /^[0-9 +\-()]+$/;

/** Just the digits of a phone number: "+86 138-0000 0001" and "8613800000001" are the same number. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** Digits, spaces, +, -, parentheses, and 5 to 20 digits in all. */
export function isValidPhone(phone: string): boolean {
  if (!PHONE_CHARS.test(phone)) return false;
  const digits = phoneDigits(phone).length;
  return digits >= 5 && digits <= 20;
}

/** A handle compared without case or surrounding spaces. */
export function handleKey(platform: string, handle: string): string {
  return `${platform}:${handle.trim().toLowerCase()}`;
}

function unitName(db: Db, unitId: string | null): string {
  if (unitId === null) return '—';
  return findUnit(db, unitId)?.name ?? unitId;
}

/**
 * Another person with the same phone or the same handle on a platform: that is the same person,
 * so saving is refused even when a same-name duplicate was confirmed.
 */
function contactDuplicate(
  db: Db,
  selfId: string | null,
  phone: string | null,
  handles: Handles,
): { other: PersonRecord; field: string; value: string } | null {
  if (phone) {
    const digits = phoneDigits(phone);
    const others = stmt(db, 'SELECT * FROM people WHERE phone IS NOT NULL AND id IS NOT ?').all(
      selfId,
    ) as unknown as PersonRecord[];
    const other = others.find((p) => phoneDigits(p.phone!) === digits);
    if (other) return { other, field: 'phone', value: phone };
  }
  for (const [platform, value] of Object.entries(handles)) {
    if (!value) continue;
    const other = stmt(
      db,
      `SELECT p.* FROM people p, json_each(p.handles) h
       WHERE h.key = ? AND lower(trim(h.value)) = ? AND p.id IS NOT ? LIMIT 1`,
    ).get(platform, value.trim().toLowerCase(), selfId) as PersonRecord | undefined;
    if (other) return { other, field: `handles.${platform}`, value };
  }
  return null;
}

/**
 * A name as compared for duplicates: folded (case, diacritics, đ/d) and without spaces, because
 * Chinese lists often pad two-character names ("陈  静") to line up with three-character ones,
 * and without invisible formatting characters: “李\u200b伟” is 李伟.
 */
export function nameKey(name: string): string {
  return foldText(name.replace(/\p{Cf}/gu, '')).replace(/ /g, '');
}

/** Someone else with the same name (see nameKey) in the same unit. */
function nameDuplicate(db: Db, selfId: string | null, name: string, unitId: string | null): PersonRecord | null {
  const folded = nameKey(name);
  const sameUnit = stmt(db, 'SELECT * FROM people WHERE unit_id IS ? AND id IS NOT ?').all(
    unitId,
    selfId,
  ) as unknown as PersonRecord[];
  return sameUnit.find((p) => nameKey(p.name) === folded) ?? null;
}

function samePerson(a: Person, b: Person): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Handles trimmed, empty ones dropped, in platform order so equal sets compare equal. */
function cleanHandles(handles: Handles): Handles {
  const out: Handles = {};
  for (const key of Object.keys(handles).sort() as Array<keyof Handles>) {
    const value = handles[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Creates (no id) or edits a person. Unit and tier must exist; the phone must look like one; a
 * person who left needs the date. A second record of the same person is refused: the same phone
 * or handle always (`duplicate_contact`), the same name in the same unit unless `allowDuplicate`
 * (`duplicate_person`: two people may share a name). Marking someone left changes nothing else —
 * they stay in their groups, where the read models and the dashboard flag them.
 */
export function savePerson(ctx: ServiceContext, input: ChannelInput<'people.save'>): Person {
  return transaction(ctx.db, () => {
    requireOrganisation(ctx.db);
    // Invisible characters as shared/cellText says: zero-width ones dropped, direction controls refused.
    const name = stripInvisible(input.name).trim();
    const control = directionControl(name);
    if (control) throw new LedgerError('invalid_input', { field: 'name', issue: 'text.direction', value: control });
    if (input.unitId !== null) requireUnit(ctx.db, input.unitId);
    if (input.tierId !== null) requireTier(ctx.db, input.tierId);
    const phone = input.phone?.trim() ? input.phone.trim() : null;
    if (phone !== null && !isValidPhone(phone)) {
      throw new LedgerError('invalid_input', { field: 'phone', issue: 'phone.format', value: phone });
    }
    if (input.status === 'left' && !input.leftOn) throw new LedgerError('left_on_required', { person: name });
    if (input.status === 'left') recordedDay(ctx.clock, input.leftOn);
    const position = input.position?.trim() ? input.position.trim() : null;
    const handles = cleanHandles(input.handles);
    const before = input.id === undefined ? null : toPerson(getPersonRecord(ctx.db, input.id));
    const person: Person = {
      id: before?.id ?? newId('person'),
      name,
      unitId: input.unitId,
      position,
      tierId: input.tierId,
      phone,
      handles,
      status: input.status,
      // An active person has no date of leaving; a returning person's old date is cleared.
      leftOn: input.status === 'left' ? input.leftOn : null,
    };
    if (before && samePerson({ ...before, handles: cleanHandles(before.handles) }, person)) return before;

    const contact = contactDuplicate(ctx.db, before?.id ?? null, phone, handles);
    if (contact) {
      throw new LedgerError('duplicate_contact', {
        name: contact.other.name,
        unit: unitName(ctx.db, contact.other.unit_id),
        field: contact.field,
        value: contact.value,
        personId: contact.other.id,
      });
    }
    const nameOrUnitChanged = !before || nameKey(before.name) !== nameKey(name) || before.unitId !== person.unitId;
    if (nameOrUnitChanged && !input.allowDuplicate) {
      const other = nameDuplicate(ctx.db, before?.id ?? null, name, person.unitId);
      if (other) {
        throw new LedgerError('duplicate_person', {
          name: other.name,
          unit: unitName(ctx.db, other.unit_id),
          personId: other.id,
        });
      }
    }

    if (!before) {
      insertPerson(ctx.db, person);
      appendEvent(ctx, { kind: 'person.created', subjects: [person.id], after: person });
      return person;
    }
    stmt(
      ctx.db,
      `UPDATE people SET name = ?, unit_id = ?, position = ?, tier_id = ?, phone = ?, handles = ?, status = ?,
         left_on = ?, search_key = ? WHERE id = ?`,
    ).run(
      person.name,
      person.unitId,
      person.position,
      person.tierId,
      person.phone,
      JSON.stringify(person.handles),
      person.status,
      person.leftOn,
      personSearchKey(person),
      person.id,
    );
    const kind = before.status === 'active' && person.status === 'left' ? 'person.left' : 'person.updated';
    appendEvent(ctx, { kind, subjects: [person.id], before, after: person });
    return person;
  });
}
