/** The operating-system account's name, or `fallback` where the system has no user database. */
import { userInfo } from 'node:os';

export function osAccountName(fallback: string): string {
  try {
    return userInfo().username;
  } catch {
    return fallback;
  }
}
