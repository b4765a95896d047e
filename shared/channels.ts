/**
 * The channel names without their schemas (zod-free, for the preload and the harness client).
 * They live in shared/contract/channels.ts beside the per-capability contract files.
 */
export { CHANNEL_NAMES, REGISTRY_CHANGED, ipcChannel, type ChannelName } from './contract/channels';
