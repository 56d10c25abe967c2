import { describe, expect, it, vi } from 'vitest';
import { fakeCasusApi } from '../casus/fake';
import { emptyCasus, werkblad } from '../casus/fixture';
import type { CasusOverzicht, CoreApi } from '../ipc';
import { CasussenService } from './casussen.svelte';

const row = (id: string): CasusOverzicht => ({
  id,
  code: id,
  titel: '',
  fase: 'directeVeiligheid',
  status: 'open',
  versie: 1,
  gewijzigd: '2026-11-01T10:00:00Z',
  signalen: [],
});

function service(over: Partial<CoreApi> = {}) {
  const api = { ...fakeCasusApi(), casusList: vi.fn(async () => [row('a'), row('b')]), ...over } as unknown as CoreApi;
  return { api, casussen: new CasussenService(api) };
}

describe('CasussenService', () => {
  it('loads the rows; a failure shows the core message', async () => {
    const { casussen } = service();
    await casussen.load();
    expect(casussen.visible.map((r) => r.id)).toEqual(['a', 'b']);
    const failing = service({ casusList: () => Promise.reject({ code: 'locked', message: 'De kluis is vergrendeld.' }) });
    await failing.casussen.load();
    expect(failing.casussen.error).toBe('De kluis is vergrendeld.');
    expect(failing.casussen.loaded).toBe(true);
  });

  it('search narrows to the core matches; empty text clears it; the last query wins', async () => {
    let resolveFirst: (ids: string[]) => void = () => {};
    const casusSearch = vi
      .fn()
      .mockImplementationOnce(() => new Promise<string[]>((r) => (resolveFirst = r)))
      .mockImplementationOnce(async () => ['b']);
    const { casussen } = service({ casusSearch });
    await casussen.load();
    const first = casussen.search('kast');
    await casussen.search('keuken');
    resolveFirst(['a']);
    await first;
    expect(casussen.visible.map((r) => r.id)).toEqual(['b']);
    expect(casusSearch).toHaveBeenLastCalledWith({ tekst: 'keuken' });
    await casussen.search('  ');
    expect(casussen.matches).toBeNull();
    expect(casussen.visible).toHaveLength(2);
  });

  it('create opens the new casus; close goes back to the overview', async () => {
    const { casussen } = service({ casusCreate: vi.fn(async () => werkblad(emptyCasus({ id: 'nieuw' }))) });
    await casussen.create(' K-9 ', ' Titel ');
    expect(casussen.openId).toBe('nieuw');
    casussen.close();
    expect(casussen.openId).toBeNull();
  });

  it('remove deletes and reloads', async () => {
    const casusDelete = vi.fn(async () => null);
    const { api, casussen } = service({ casusDelete });
    await casussen.remove('a');
    expect(casusDelete).toHaveBeenCalledWith({ id: 'a' });
    expect(api.casusList).toHaveBeenCalled();
  });
});
