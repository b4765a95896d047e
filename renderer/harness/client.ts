/**
 * window.groupLedger over the browser harness's RPC endpoint — the same API the Electron preload
 * exposes, one method per contract channel. Loaded only by the harness, never in the app.
 */
import { CHANNEL_NAMES } from '../../shared/channels';
import type { ExportedFile, GroupLedgerApi, RegistryChanged, Result } from '../../shared/contract';

const TOKEN_KEY = 'group-ledger-harness-token';

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeToken();

async function call(channel: string, input: unknown): Promise<Result<unknown>> {
  const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Group-Ledger-Token': token },
    body: JSON.stringify({ input }),
  });
  if (!response.ok) {
    // A refusal the harness words itself (a snapshot too large to send) comes as a Result.
    if (response.headers.get('Content-Type')?.startsWith('application/json')) {
      return (await response.json()) as Result<unknown>;
    }
    return { ok: false, error: { code: 'forbidden_sender', message: `HTTP ${response.status}` } };
  }
  return (await response.json()) as Result<unknown>;
}

const api: Record<string, unknown> = {};
for (const name of CHANNEL_NAMES) api[name] = (input?: unknown) => call(name, input);
api.onRegistryChanged = (listener: (event: RegistryChanged) => void) => {
  const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
  const onChanged = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as RegistryChanged);
  source.addEventListener('changed', onChanged);
  return () => source.close();
};

// A browser has no save dialog: the file the harness wrote into its exports folder is downloaded.
api.download = async (file: ExportedFile) => {
  const name = file.path.split(/[\\/]/).pop() ?? '';
  const response = await fetch(`/exports/${encodeURIComponent(name)}`, { headers: { 'X-Group-Ledger-Token': token } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
};

Object.defineProperty(window, 'groupLedger', { value: Object.freeze(api) as GroupLedgerApi, writable: false });
