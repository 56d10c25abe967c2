// The casus half of a fake CoreApi for tests: every command rejects unless a test overrides it.

import type { CoreApi } from '../ipc';

type CasusApi = Pick<
  CoreApi,
  | 'casusList'
  | 'casusCreate'
  | 'casusOpen'
  | 'casusSave'
  | 'casusDelete'
  | 'casusSearch'
  | 'casusChangePhase'
  | 'planNieuw'
  | 'planVaststellen'
  | 'planVerwijderConcept'
  | 'planExportPdf'
>;

const notFaked = () => Promise.reject({ code: 'internal', message: 'niet nagebootst in deze test' });

export function fakeCasusApi(): CasusApi {
  return {
    casusList: async () => [],
    casusCreate: notFaked,
    casusOpen: notFaked,
    casusSave: notFaked,
    casusDelete: notFaked,
    casusSearch: async () => [],
    casusChangePhase: notFaked,
    planNieuw: notFaked,
    planVaststellen: notFaked,
    planVerwijderConcept: notFaked,
    planExportPdf: notFaked,
  };
}
