/**
 * What `verify` (the command line and the window) says about a file's signature, and the line the
 * director's reports print at the foot of each page, in every UI language.
 */
import type { Locale } from '../domain';
import type { SignatureState } from '../snapshotSignature';
import { defineTexts, interpolate } from './texts';

const en = {
  this: 'Signed by this ledger (key {{fingerprint}}).',
  other: 'Signed by ledger {{fingerprint}} — not by this one.',
  unsigned: 'Unsigned or altered: the file carries no signature.',
  altered: 'Unsigned or altered: the signature does not match this file — it was changed after it was signed.',
  footer: 'Ledger key {{fingerprint}}',
};
type Table = typeof en;

const zhCN: Table = {
  this: '由本台账签名（密钥 {{fingerprint}}）。',
  other: '由台账 {{fingerprint}} 签名——不是本台账。',
  unsigned: '未签名或已被改动：文件没有签名。',
  altered: '未签名或已被改动：签名与文件不符——文件在签名后被改动过。',
  footer: '台账密钥 {{fingerprint}}',
};

const vi: Table = {
  this: 'Được ký bởi sổ này (khóa {{fingerprint}}).',
  other: 'Được ký bởi sổ {{fingerprint}} — không phải sổ này.',
  unsigned: 'Chưa ký hoặc đã bị sửa: tệp không có chữ ký.',
  altered: 'Chưa ký hoặc đã bị sửa: chữ ký không khớp với tệp — tệp đã bị sửa sau khi ký.',
  footer: 'Khóa sổ {{fingerprint}}',
};

export const SIGNATURE_TEXT = defineTexts<Table>(en, zhCN, vi);

export function signatureText(locale: Locale, s: SignatureState): string {
  return interpolate(SIGNATURE_TEXT[locale][s.state], s.state === 'unsigned' ? {} : { fingerprint: s.fingerprint });
}

export function signatureFooter(locale: Locale, fingerprint: string): string {
  return interpolate(SIGNATURE_TEXT[locale].footer, { fingerprint });
}
