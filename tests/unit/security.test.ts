import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/csp';
import { isAppNavigation } from '../../electron/core/security';
import { parseAppArgs } from '../../electron/core/args';

describe('window security', () => {
  it('has a CSP without eval, inline scripts or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY.match(/script-src [^;]*/)![0]).not.toContain('unsafe-inline');
  });

  it('allows navigation only inside the app origin', () => {
    expect(isAppNavigation('app://group-ledger/index.html#/groups', 'app://group-ledger')).toBe(true);
    expect(isAppNavigation('app://other/index.html', 'app://group-ledger')).toBe(false);
    expect(isAppNavigation('https://group-ledger/', 'app://group-ledger')).toBe(false);
  });

  it('validates the --data argument', () => {
    expect(parseAppArgs(['--data', '/srv/ledger']).dataDir).toBe('/srv/ledger');
    expect(parseAppArgs(['--data=/srv/ledger', '--enable-logging']).dataDir).toBe('/srv/ledger');
    expect(parseAppArgs(['--some-chromium-flag']).dataDir).toBeNull();
    expect(() => parseAppArgs(['--data'])).toThrow(expect.objectContaining({ code: 'bad_argument' }));
    expect(() => parseAppArgs(['--data', '--json'])).toThrow(expect.objectContaining({ code: 'bad_argument' }));
  });
});
