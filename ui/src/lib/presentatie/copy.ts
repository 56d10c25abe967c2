// Dutch text of the MDA++ presentation: the projector window and the voorzitter's controls.

export const copy = {
  venster: {
    titel: 'Presentatie',
    geen: 'Er wordt geen sessie gepresenteerd.',
    geenHulp: 'Kies in het hoofdvenster bij een sessie „Presenteren”.',
    casus: (n: number, van: number) => `Casus ${n} van ${van}`,
    stappen: 'Stappen',
    verborgen: 'Namen verborgen',
    zichtbaar: 'Namen zichtbaar',
    timer: 'Tijd',
    timerLoopt: 'loopt',
    timerStil: 'gestopt',
    overTijd: 'over tijd',
    leeg: 'Nog niets vastgelegd bij deze stap.',
    toetsen: '→ volgende stap · ← vorige stap · ↓ ↑ verder lezen · N volgende casus · V vorige casus · T timer',
    fout: (m: string) => `Dat lukte niet. ${m}`,
    aangekondigd: (stap: string, n: number, van: number, casus: string) => `${casus}, stap ${n} van ${van}: ${stap}`,
  },
  bediening: {
    regio: 'Presentatie op het tweede scherm',
    presenteren: 'Presenteren',
    presenterenUitleg:
      'Opent een tweede venster voor de beamer, met grote letters. Namen zijn daar standaard verborgen: betrokkenen staan er met initialen, deelnemers met organisatie en rol.',
    geenAgenda: 'Zet eerst een casus op de agenda.',
    opScherm: 'Op het scherm',
    vorigeStap: 'Vorige stap',
    volgendeStap: 'Volgende stap',
    vorigeCasus: 'Vorige casus',
    volgendeCasus: 'Volgende casus',
    timerStart: 'Timer starten',
    timerStop: 'Timer stoppen',
    verbergen: 'Namen verbergen op het scherm',
    verbergenUitleg: 'Zet dit alleen uit als iedereen in de zaal de namen mag zien.',
    stoppen: 'Stoppen met presenteren',
    toetsenHulp: 'Toetsen (ook in het presentatievenster): → ← stap, N V casus, T timer.',
  },
} as const;
