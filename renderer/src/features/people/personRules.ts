/**
 * The person checks the form makes before it asks the service, mirroring
 * electron/services/editing.ts (the service has the last word; these only catch mistakes beside
 * the field). Pure, so the unit tests pin them to the service's own rules.
 */

/** Digits, spaces, +, -, parentheses, and 5 to 20 digits in all ("+86 138-0000 0001"). */
export function isPhoneLike(phone: string): boolean {
  if (!/^[0-9 +\-()]+$/.test(phone)) return false;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 20;
}
