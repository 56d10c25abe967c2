// The door to the MDA++ projector (the second window, label `presentatie`). Both windows use it:
// the main window opens, steers and closes; the projector window may only read the beeld and pass
// the voorzitter's keys on (its capability grants nothing else). The shell sends every change to
// both windows as the `presentatie-beeld` event; `null` means nothing is presented any more.

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { Beeldblok } from './bindings/Beeldblok';
import type { Presentatieactie } from './bindings/Presentatieactie';
import type { Presentatiebeeld } from './bindings/Presentatiebeeld';
import type { Presentatiestap } from './bindings/Presentatiestap';
import { toIpcError } from './errors';

export type { Beeldblok, Presentatieactie, Presentatiebeeld, Presentatiestap };

export const PRESENTATIE_BEELD_EVENT = 'presentatie-beeld';

export interface PresentatieApi {
  /** Presents sessie `sessieId` on the projector window (opened when needed), names hidden. */
  open(args: { sessieId: string }): Promise<Presentatiebeeld>;
  /** One of the voorzitter's actions; `null` when nothing is presented. */
  bedien(actie: Presentatieactie): Promise<Presentatiebeeld | null>;
  /** What the projector shows now; `null` when nothing is presented. */
  beeld(): Promise<Presentatiebeeld | null>;
  /** Stops presenting and closes the projector window. */
  sluit(): Promise<null>;
  /** Every change of the beeld, from either window's action or a save. */
  onBeeld(handler: (beeld: Presentatiebeeld | null) => void): Promise<() => void>;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toIpcError(reason);
  }
}

export const presentatie: PresentatieApi = {
  open: ({ sessieId }) => call<Presentatiebeeld>('presentatie_open', { sessieId }),
  bedien: (actie) => call<Presentatiebeeld | null>('presentatie_bedien', { actie }),
  beeld: () => call<Presentatiebeeld | null>('presentatie_beeld'),
  sluit: () => call<null>('presentatie_sluit'),
  onBeeld: async (handler) => {
    try {
      const unlisten = await listen<Presentatiebeeld | null>(PRESENTATIE_BEELD_EVENT, (event) =>
        handler(event.payload ?? null),
      );
      return () => unlisten();
    } catch (reason) {
      throw toIpcError(reason);
    }
  },
};
