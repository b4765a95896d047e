/**
 * The Content Security Policy of the app page. No remote content of any kind and no eval.
 * `style-src 'unsafe-inline'` is the one allowance: Ant Design injects its theme (CSS variables)
 * and a few styles at run time (CSS-in-JS; the components' own styles come from its stylesheet);
 * scripts, which is where an injection would do harm, stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
