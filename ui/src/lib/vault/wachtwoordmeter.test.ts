import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Wachtwoordoordeel } from '../ipc';
import { copy } from './copy';
import { BEOORDEEL_NA_MS, Wachtwoordmeter, weergave } from './wachtwoordmeter.svelte';

// What the core answers (src/vault/wachtwoord.rs); the UI shows it and decides nothing itself.
const HERHALING: Wachtwoordoordeel = {
  score: 0,
  voldoende: false,
  uitleg: [
    'Dit wachtwoord is te makkelijk te raden.',
    "Herhalingen zoals 'aaa' zijn makkelijk te raden.",
    'Gebruik een zin van vier of meer woorden die niet bij elkaar horen.',
  ],
};
const VOLDOENDE: Wachtwoordoordeel = {
  score: 3,
  voldoende: true,
  uitleg: ['Voldoende. Een langere zin maakt het nog sterker.'],
};
const STERK: Wachtwoordoordeel = { score: 4, voldoende: true, uitleg: ['Sterk wachtwoord.'] };

function kern(antwoorden: Record<string, Wachtwoordoordeel>) {
  return vi.fn(async (...args: [passphrase: string, profileName: string | null]) => {
    const a = antwoorden[args[0]];
    if (!a) throw { code: 'internal', message: 'onbekend' };
    return a;
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('weergave: the core verdict as the form shows it', () => {
  it('shows the core explanation as the hint and the score as the meter', () => {
    expect(weergave(HERHALING)).toEqual({ level: 'zwak', hint: HERHALING.uitleg.join(' ') });
    expect(weergave(VOLDOENDE)).toEqual({ level: 'voldoende', hint: VOLDOENDE.uitleg[0] });
    expect(weergave(STERK)).toEqual({ level: 'sterk', hint: 'Sterk wachtwoord.' });
    expect(weergave(null)).toEqual({ level: 'leeg', hint: copy.passphrase.empty });
  });

  it('a refused passphrase never shows as strong, whatever its score', () => {
    expect(weergave({ score: 4, voldoende: false, uitleg: ['Het wachtwoord is te kort.'] }).level).toBe('zwak');
  });
});

describe('Wachtwoordmeter: asks the core once per pause in typing', () => {
  it('typing "aaaaaaaaaaaa" asks once, after the pause, and shows the core verdict', async () => {
    const beoordeel = kern({ aaaaaaaaaaaa: HERHALING });
    const meter = new Wachtwoordmeter(beoordeel);
    let getypt = '';
    for (const teken of 'aaaaaaaaaaaa') {
      getypt += teken;
      meter.update(getypt, 'Noor Bakker');
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(beoordeel).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(BEOORDEEL_NA_MS);
    expect(beoordeel).toHaveBeenCalledTimes(1);
    expect(beoordeel).toHaveBeenCalledWith('aaaaaaaaaaaa', 'Noor Bakker');
    expect(meter.oordeel).toEqual(HERHALING);
    expect(meter.weergave.hint).toContain("Herhalingen zoals 'aaa' zijn makkelijk te raden.");
    expect(meter.weergave.level).toBe('zwak');
  });

  it('while a new verdict is pending the old one stays shown but no longer counts for the form', async () => {
    const beoordeel = kern({ aaaaaaaaaaaa: HERHALING, 'paraplu lantaarn zeef mosterd': STERK });
    const meter = new Wachtwoordmeter(beoordeel);
    meter.update('aaaaaaaaaaaa');
    await vi.advanceTimersByTimeAsync(BEOORDEEL_NA_MS);
    expect(meter.geldend).toEqual(HERHALING);
    meter.update('paraplu lantaarn zeef mosterd');
    expect(meter.weergave.level).toBe('zwak');
    expect(meter.geldend).toBeNull();
    await vi.advanceTimersByTimeAsync(BEOORDEEL_NA_MS);
    expect(meter.geldend).toEqual(STERK);
    expect(meter.weergave.level).toBe('sterk');
  });

  it('a late answer about an earlier passphrase is dropped', async () => {
    let laat: (o: Wachtwoordoordeel) => void = () => {};
    const beoordeel = vi
      .fn()
      .mockImplementationOnce(() => new Promise<Wachtwoordoordeel>((r) => (laat = r)))
      .mockImplementationOnce(async () => STERK);
    const meter = new Wachtwoordmeter(beoordeel);
    meter.update('aaaaaaaaaaaa');
    await vi.advanceTimersByTimeAsync(BEOORDEEL_NA_MS);
    meter.update('paraplu lantaarn zeef mosterd');
    await vi.advanceTimersByTimeAsync(BEOORDEEL_NA_MS);
    laat(HERHALING);
    await vi.runAllTimersAsync();
    expect(meter.oordeel).toEqual(STERK);
  });

  it('emptying the field clears the verdict without asking', async () => {
    const beoordeel = kern({ 'paraplu lantaarn zeef mosterd': STERK });
    const meter = new Wachtwoordmeter(beoordeel);
    meter.update('paraplu lantaarn zeef mosterd');
    await vi.advanceTimersByTimeAsync(BEOORDEEL_NA_MS);
    meter.update('');
    await vi.runAllTimersAsync();
    expect(beoordeel).toHaveBeenCalledTimes(1);
    expect(meter.oordeel).toBeNull();
    expect(meter.weergave.level).toBe('leeg');
  });

  it('nu() (on submit) asks at once and cancels the pending question', async () => {
    const beoordeel = kern({ 'Welkom2024!!': { score: 2, voldoende: false, uitleg: ['Veelgebruikte woorden.'] } });
    const meter = new Wachtwoordmeter(beoordeel);
    meter.update('Welkom2024!!');
    const oordeel = await meter.nu('Welkom2024!!');
    expect(oordeel?.voldoende).toBe(false);
    await vi.runAllTimersAsync();
    expect(beoordeel).toHaveBeenCalledTimes(1);
  });

  it('when the core cannot be asked there is no verdict (the core checks on submit)', async () => {
    const meter = new Wachtwoordmeter(kern({}));
    expect(await meter.nu('iets anders')).toBeNull();
    expect(meter.weergave).toEqual({ level: 'leeg', hint: copy.passphrase.empty });
  });

  it('dispose stops a pending question', async () => {
    const beoordeel = kern({});
    const meter = new Wachtwoordmeter(beoordeel);
    meter.update('iets');
    meter.dispose();
    await vi.runAllTimersAsync();
    expect(beoordeel).not.toHaveBeenCalled();
  });
});
