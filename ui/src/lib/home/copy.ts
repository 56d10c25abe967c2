// Dutch text of the home frame (header bar, navigation) and the Casussen placeholder.

export const copy = {
  appName: 'TOP-3 Werkplaats',
  nav: 'Hoofdmenu',
  casussen: 'Casussen',
  settings: 'Instellingen',
  profile: 'Profiel',
  lock: 'Vergrendel',
  lockShortcut: 'Ctrl+L',
  casussenTitle: 'Casussen',
  casussenEmpty: 'Hier komen je casussen.',
  casussenLater: 'Het aanmaken en openen van casussen komt in een volgende versie.',
} as const;
