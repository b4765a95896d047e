/**
 * Snapshots: export, open or restore a ledger, and the registry check. The first run restores a
 * snapshot with the chooser, the dialog and the store below.
 */
export { useSnapshots } from './store';
export { SnapshotPreviewDetails } from './SnapshotPreviewDetails';
export { RestoreDialog } from './RestoreDialog';
export { useSnapshotChooser } from './useSnapshotChooser';
export { errorText as snapshotErrorText } from './errorText';
