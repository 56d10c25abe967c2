// The oefenomgeving half of a fake CoreApi for tests: every command rejects unless a test overrides it.

import type { CoreApi } from '../ipc';

type OefenApi = Pick<
  CoreApi,
  'oefenOpen' | 'oefenVerlaat' | 'oefenReset' | 'oefenMateriaal' | 'oefenKopie' | 'oefenDemo' | 'oefenVergelijk'
>;

const notFaked = () => Promise.reject({ code: 'internal', message: 'niet nagebootst in deze test' });

export function fakeOefenApi(): OefenApi {
  return {
    oefenOpen: notFaked,
    oefenVerlaat: notFaked,
    oefenReset: notFaked,
    oefenMateriaal: notFaked,
    oefenKopie: notFaked,
    oefenDemo: notFaked,
    oefenVergelijk: notFaked,
  };
}
