import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/domain';
import { formatBytes } from '../../i18n/format';
import { TooLarge } from './store';

/** The message of a failed open or restore, in the UI language (a refusal made in the page included). */
export function errorText(t: TFunction, locale: Locale, error: Error): string {
  if (error instanceof TooLarge) {
    return t('errors:snapshot_too_large', {
      size: formatBytes(error.size, locale),
      max: formatBytes(error.max, locale),
    });
  }
  return error.message;
}
