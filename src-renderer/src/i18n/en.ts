import type { Dictionary } from './nl';

/** English UI texts. Typed as `Dictionary`, so a missing or extra key is a compile error. */
export const en: Dictionary = {
  'app.name': 'Regioscan',
  'app.tagline': 'Public support for SME digitalisation',
  'app.loading': 'Loading Regioscan…',
  'app.documentTitle': '{screen} · Regioscan',
  'skipLink': 'Skip to content',

  'nav.label': 'Main navigation',
  'nav.toggle.open': 'Open menu',
  'nav.toggle.close': 'Close menu',

  'route.overzicht': 'Overview',
  'route.activiteiten': 'Activities',
  'route.ecosysteemkaart': 'Ecosystem map',
  'route.leer-van-elkaar': 'Learn from each other',
  'route.vergelijken': 'Compare',
  'route.witte-vlekken': 'White spots',
  'route.importeren': 'Import',

  'screen.overzicht.lead':
    'The overview shows the key figures of the selected scans: how many initiatives, activities and organisations there are, and how the activities are spread over type, geography and bottlenecks.',
  'screen.activiteiten.lead':
    'Here you filter all activities on the dimensions of the Regioscan, such as sector, digitalisation form, bottleneck and activity type. Within one dimension values combine with or, across dimensions with and.',
  'screen.ecosysteemkaart.lead':
    'The ecosystem map shows the initiatives as a network, coloured by their focus of digitalisation. Initiatives are linked when they target the same sector; a thicker line means more shared sectors.',
  'screen.leer-van-elkaar.lead':
    'Learn from each other sets two dimensions against each other: target group and digitalisation form, bottleneck and activity, or provider and policy rationale. It shows how others tackle a similar task.',
  'screen.vergelijken.lead':
    'Compare puts two or more scans side by side, for example provinces or years, broken down by the same dimensions.',
  'screen.witte-vlekken.lead':
    'White spots shows which combinations of sector, digitalisation form and bottleneck have few or no activities. Whether an empty combination matters depends on policy goals and on what entrepreneurs need.',
  'screen.importeren.lead':
    'Import a completed Regioscan workbook (Excel) as a new scan. Regioscan checks the workbook, maps its values to the codebook and reports what it could not place.',

  'empty.noScans': 'No scans have been loaded yet. Import a workbook first to see data here.',
  'empty.noSelection': 'Select one or more scans at the top to see data here.',
  'empty.importAction': 'Go to Import',
  'empty.importHint': 'All data stays on this computer; nothing is sent anywhere.',

  'scans.label': 'Scans',
  'scans.placeholder': 'Select scans',
  'scans.empty': 'No scans imported yet',
  'scans.loading': 'Loading scans…',
  'scans.error': 'Scans could not be loaded',
  'scans.nothingFound': 'No scan found',
  'scans.sample': 'sample',
  'scans.noYear': 'year unknown',

  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'colorScheme.toDark': 'Use dark theme',
  'colorScheme.toLight': 'Use light theme',

  'about.open': 'About Regioscan',
  'about.title': 'About Regioscan',
  'about.description':
    'Regioscan maps public support for SME digitalisation, following the Regioscan Digitalisering method. The app works fully offline.',
  'about.close': 'Close',
  'about.version': 'Version',
  'about.database': 'Database file',
  'about.schema': 'Schema version',
  'about.host': 'Environment',
  'about.host.electron': 'Desktop app',
  'about.host.http': 'Local web server',
  'about.access': 'Access',
  'about.readOnly': 'Read-only',
  'about.readWrite': 'Read and write',
  'about.unavailable': 'The app information could not be loaded.',
  'footer.version': 'Version {version}',

  'notice.title': 'Something went wrong',
  'notice.dismiss': 'Dismiss message',
};
