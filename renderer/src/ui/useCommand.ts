import { useCallback, useState } from 'react';
import { App } from 'antd';
import { refreshAll } from '../platform/registry';

/**
 * Runs one registry command from a dialog: busy while it runs, the service's translated message
 * on failure (kept for the dialog to show), a success toast and a refresh of what is on screen.
 */
export function useCommand() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (command: () => Promise<string>, onDone: () => void) => {
      setBusy(true);
      setError(null);
      try {
        message.success(await command());
        refreshAll();
        onDone();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [message],
  );
  return { busy, error, setError, run };
}
