// All Dutch text of the vault screens (start, nieuwe kluis, herstelcode, ontgrendelen, herstellen),
// in one place so a domain expert can review the wording.

export const copy = {
  appName: 'TOP-3 Werkplaats',

  loading: 'De app wordt gestart…',
  loadFailedTitle: 'De app kan niet starten',
  loadFailedHelp: 'De kern van de app reageert niet. Sluit de app en open hem opnieuw.',
  retry: 'Opnieuw proberen',

  start: {
    intro: 'Een veilige werkplek voor de TOP-3 methodiek. Je gegevens blijven versleuteld op deze computer.',
    version: 'Versie',
    vaultDir: 'Kluis',
    choose: 'Waar wil je beginnen?',
    newVault: 'Nieuwe kluis aanmaken',
    newVaultHelp: 'Voor je eigen casussen. Je kiest een wachtwoord en krijgt een herstelcode.',
    practice: 'Oefenomgeving openen',
    practiceHelp: 'Vijf verzonnen casussen om de methodiek te oefenen en te demonstreren. Je eigen kluis blijft dicht.',
    practiceFailed: (m: string) => `De oefenomgeving kon niet openen. ${m}`,
    practiceBusy: 'Oefenomgeving openen…',
  },

  create: {
    title: 'Nieuwe kluis aanmaken',
    intro:
      'De kluis versleutelt alles wat je in deze app vastlegt. Zonder je wachtwoord of je herstelcode kan niemand erbij — ook wij niet.',
    profile: 'Naam',
    profileHelp: 'Je naam of initialen — komt in het logboek',
    profileMissing: 'Vul je naam of initialen in.',
    profileTooLong: (max: number) => `Gebruik hoogstens ${max} tekens.`,
    pass: 'Wachtwoord',
    pass2: 'Herhaal het wachtwoord',
    submit: 'Kluis aanmaken',
    busy: 'De kluis wordt aangemaakt…',
    back: 'Terug',
  },

  passphrase: {
    empty: 'Een zin van vier of meer woorden die niet bij elkaar horen, is sterk en goed te onthouden.',
    required: 'Kies een wachtwoord.',
    notStrong: 'Dit wachtwoord is niet sterk genoeg. Kies een ander; de uitleg staat hierboven.',
    mismatch: 'De twee wachtwoorden zijn niet gelijk.',
    sameAsOld: 'Het nieuwe wachtwoord is hetzelfde als het huidige.',
  },

  recoveryCode: {
    title: 'Je herstelcode',
    explain:
      'Schrijf deze herstelcode op en bewaar hem apart van je laptop. Je ziet hem maar één keer.',
    use: 'Ben je je wachtwoord kwijt? Dan open je de kluis met deze code en kies je een nieuw wachtwoord.',
    label: 'Herstelcode',
    confirm: 'Ik heb de herstelcode opgeschreven',
    confirmFirst: 'Vink eerst aan dat je de herstelcode hebt opgeschreven.',
    continue: 'Verder',
  },

  unlock: {
    title: 'Ontgrendelen',
    intro: 'Je kluis is vergrendeld. Vul je wachtwoord in om verder te werken.',
    lockedIdle: (minutes: number) =>
      `De app is vergrendeld omdat hij ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} niet is gebruikt.`,
    lockFailed: 'Vergrendelen is mogelijk niet gelukt. Sluit de app als je de computer onbeheerd achterlaat.',
    pass: 'Wachtwoord',
    submit: 'Ontgrendel',
    busy: 'Bezig met ontgrendelen…',
    wrong: 'Het wachtwoord klopt niet. Er is niets gewijzigd.',
    missing: 'Vul je wachtwoord in.',
    useRecovery: 'Herstelcode gebruiken',
    practice: 'Oefenomgeving openen',
    version: 'Versie',
  },

  recover: {
    title: 'Herstelcode gebruiken',
    intro:
      'Vul de herstelcode in die je bij het aanmaken van de kluis hebt opgeschreven, en kies een nieuw wachtwoord.',
    code: 'Herstelcode',
    codeHelp: 'Hoofdletters, kleine letters, spaties en streepjes maken niet uit.',
    codeMissing: 'Vul je herstelcode in.',
    pass: 'Nieuw wachtwoord',
    pass2: 'Herhaal het nieuwe wachtwoord',
    submit: 'Kluis openen',
    busy: 'Bezig met openen…',
    wrong: 'Deze herstelcode klopt niet. Er is niets gewijzigd.',
    back: 'Terug naar ontgrendelen',
  },
} as const;
