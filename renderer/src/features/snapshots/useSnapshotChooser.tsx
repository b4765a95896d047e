import { useEffect, useRef, type ReactNode } from 'react';
import { useSession } from '../../platform/session';
import { useSnapshots } from './store';

/**
 * How a snapshot file is chosen: in the app, the host's open dialog (main process); in browser
 * mode, the page's own file picker, whose file is then sent over the harness RPC to be verified.
 * Render `input` once beside the trigger; call `choose` from a click.
 */
export function useSnapshotChooser(): { choose: () => Promise<void>; input: ReactNode } {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Known before the first click, so the page's picker opens within the click's activation.
    if (!useSession.getState().appInfo)
      void useSession
        .getState()
        .loadAppInfo()
        .catch(() => undefined);
  }, []);
  const choose = async () => {
    const { picksFilesItself, inspect } = useSnapshots.getState();
    if (await picksFilesItself()) ref.current?.click();
    else await inspect();
  };
  const input = (
    <input
      ref={ref}
      type="file"
      accept=".groupledger,.json,.enc,.gz,application/json"
      hidden
      data-testid="snapshot-file-input"
      onChange={(event) => {
        const file = event.target.files?.[0];
        // Cleared, so choosing the same file again is a new choice.
        event.target.value = '';
        if (file) void useSnapshots.getState().inspectFile(file);
      }}
    />
  );
  return { choose, input };
}
