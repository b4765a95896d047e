/**
 * The preload of the sandboxed renderer: exposes `window.groupLedger`, one method per contract
 * channel and the change subscription — never ipcRenderer itself, never a generic channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, REGISTRY_CHANGED, ipcChannel } from '../shared/channels';
import type { RegistryChanged } from '../shared/contract';

const api: Record<string, unknown> = {};
for (const name of CHANNEL_NAMES) {
  const channel = ipcChannel(name);
  api[name] = (input?: unknown) => ipcRenderer.invoke(channel, input);
}
api.onRegistryChanged = (listener: (event: RegistryChanged) => void) => {
  const wrapped = (_event: IpcRendererEvent, payload: RegistryChanged) => listener({ revision: payload.revision });
  ipcRenderer.on(REGISTRY_CHANGED, wrapped);
  return () => ipcRenderer.removeListener(REGISTRY_CHANGED, wrapped);
};

contextBridge.exposeInMainWorld('groupLedger', api);
