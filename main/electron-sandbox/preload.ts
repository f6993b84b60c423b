// The preload of the main window (sandboxed, bundled to CommonJS). It exposes one object, with
// one function per call of the API contract, and nothing else: the page never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CALL_NAMES, IPC_CHANNEL } from '../common/contract/call-names';

const api = Object.fromEntries(API_CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input)]));

contextBridge.exposeInMainWorld('companion', Object.freeze({ shell: 'electron', api: Object.freeze(api) }));
