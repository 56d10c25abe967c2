// The sessie half of a fake CoreApi for tests: every command rejects unless a test overrides it.

import type { CoreApi } from '../ipc';

type SessieApi = Pick<
  CoreApi,
  | 'sessieList'
  | 'sessieCreate'
  | 'sessieOpen'
  | 'sessieSave'
  | 'sessieDelete'
  | 'sessieStarten'
  | 'sessieAfronden'
  | 'sessieExportPdf'
  | 'partnersList'
  | 'partnersSave'
>;

const notFaked = () => Promise.reject({ code: 'internal', message: 'niet nagebootst in deze test' });

export function fakeSessieApi(): SessieApi {
  return {
    sessieList: async () => ({
      vandaag: '2026-11-23',
      grenzen: { maxTekstBytes: 1048576, maxPartnerBytes: 2000, maxDuurMinuten: 480 },
      sessies: [],
    }),
    sessieCreate: notFaked,
    sessieOpen: notFaked,
    sessieSave: notFaked,
    sessieDelete: notFaked,
    sessieStarten: notFaked,
    sessieAfronden: notFaked,
    sessieExportPdf: notFaked,
    partnersList: async () => [],
    partnersSave: notFaked,
  };
}
