import { enBackups } from './en-backups';
import { enKoppelen } from './en-koppelen';
import { enExplore } from './en-explore';
import { enCompare } from './en-compare';
import { enGraph } from './en-graph';
import { enOverview } from './en-overview';
import { enLearn } from './en-learn';
import { enMapping } from './en-mapping';
import { enDbmerge } from './en-dbmerge';
import { enPublish } from './en-publish';
import { enEdit } from './en-edit';
import { enRoundtrip } from './en-roundtrip';
import { enImpact } from './en-impact';
import { enDevelopment } from './en-development';
import { enPresentations } from './en-presentations';
import type { Dictionary } from './nl';
import { enGoals } from './en-goals';

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
  'route.publiceren': 'Publish',
  'route.importeren': 'Import',
  'route.back-ups': 'Backups',
  'route.te-koppelen': 'To map',
  'route.impact': 'Impact',
  'route.presentatie': 'Presentation',

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
  'screen.publiceren.lead':
    'Publish turns the Ecosysteemkaart into a website that needs no server: entrepreneurs find the initiatives that fit them.',
  'screen.importeren.lead':
    'Import a completed Regioscan workbook (Excel) as a new scan. Regioscan checks the workbook, maps its values to the codebook and reports what it could not place.',
  'screen.te-koppelen.lead':
    'Values that matched no code on import are listed here with their count and origin. Map a value to a code: all its activities in every scan get that code, and every later import applies the rule.',
  'screen.impact.lead':
    'Impact shows per bottleneck what participants of the activities answered in the impact questionnaire: how many activities target it and to what extent taking part helped, with the number of responses beside every mean.',
  'screen.back-ups.lead':
    'Regioscan keeps copies of the database automatically. Here you see them and restore one when something went wrong, for example after a wrong import or a deleted scan.',
  'screen.presentatie.lead':
    'Turn saved views into a presentation: slides with a filter, a screen, a title and notes, presented full screen and exported as PDF or website.',

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
  'scans.sampleNote':
    'Reconstructed from the published totals of the 2022 Noord-Nederland pilot; the coding per activity is illustrative, not the original data.',
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

  'dialog.cancel': 'Cancel',
  'dialog.save': 'Save',

  'import.windowDrop': 'Drop the file to import it',
  'import.dropzone.title': 'Drag a workbook here or choose a file',
  'import.dropzone.hint': 'Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods), CSV or a Regioscan database (.sqlite) to merge, up to {mb} MB. You can also drop a file on the window from any screen.',
  'import.dropzone.readOnly': 'This database is read-only; importing is not possible',
  'import.choose': 'Choose file…',
  'import.template': 'Download the empty template',
  'import.cancel': 'Cancel',
  'import.commit': 'Import',
  'import.ignoredFiles': 'You can import one file at a time; only ‘{file}’ is read, not the other {count}.',
  'import.nothingChanged': 'Nothing was changed.',

  'import.error.title': 'The import did not succeed',
  'import.error.readOnly': 'This database is read-only, so nothing can be imported.',
  'import.error.tooLarge': 'This file is larger than {mb} MB; that is not a scan.',
  'import.error.unreadable': 'Regioscan could not read the file ‘{file}’.',

  'import.phase.send': 'Opening file',
  'import.phase.read': 'Reading',
  'import.phase.match': 'Matching to codebook',
  'import.phase.write': 'Writing',
  'import.progress.label': 'Import progress',
  'import.progress.steps': 'Steps of the import',
  'import.progress.fileUnknown': 'Chosen file',
  'import.progress.working': '{phase}… A preview follows shortly; nothing is saved yet.',
  'import.progress.writing': '{phase}… The scan is being stored in the database.',

  'import.preview.title': 'Check the import',
  'import.preview.file': 'File: {file} · {format}',
  'import.preview.leadOne': 'This workbook holds one scan. Check the counts and the import report; the scan is saved only after “Import”.',
  'import.preview.leadMany': 'This workbook holds {count, plural, one {# scan} other {# scans}}. Check the counts and the import report; the scans are saved only after “Import”.',
  'import.preview.empty': 'The file holds no scan that can be imported.',
  'import.preview.chooseFirst': 'First choose what should happen to the existing scan.',
  'import.preview.nothingChanged': 'Nothing has been saved yet.',

  'import.count.initiatives': 'Initiatives',
  'import.count.activities': 'Activities',
  'import.count.organisations': 'Organisations',

  'import.conflict.title': 'A scan for {scan} already exists',
  'import.conflict.description': 'Choose whether this import replaces the existing scan or is added next to it. Replacing happens in one go: the existing scan stays until the new one is fully saved.',
  'import.conflict.replace': 'Replace existing scan ‘{title}’',
  'import.conflict.keepBoth': 'Keep both',

  'import.facets.title': 'Activities per dimension',
  'import.facets.unmapped': 'not mapped',

  'import.issues.title': 'Import report',
  'import.issues.lead': 'Errors: the row was not imported. Warnings: taken with a change. Unmapped: kept as written, without a codebook code.',
  'import.issues.tableLabel': 'Import report of {scan}',
  'import.issues.filter': 'Show messages of severity',
  'import.issues.all': 'All',
  'import.issues.severity': 'Severity',
  'import.issues.sheet': 'Sheet',
  'import.issues.row': 'Row',
  'import.issues.column': 'Column',
  'import.issues.value': 'Value',
  'import.issues.message': 'Message',
  'import.issues.none': 'No messages: everything was read without changes.',
  'import.issues.noneInFilter': 'No messages of this severity.',
  'import.issues.shown': '{count, plural, one {# message} other {# messages}}',
  'import.issues.shownOf': '{shown} of {total, plural, one {# message} other {# messages}} shown',
  'import.issues.more': 'Show {count} more ({rest} left)',
  'import.severity.error': 'Error',
  'import.severity.warning': 'Warning',
  'import.severity.unmapped': 'Unmapped',
  'import.severity.error.plural': 'Errors',
  'import.severity.warning.plural': 'Warnings',
  'import.severity.unmapped.plural': 'Unmapped',
  'import.severity.error.count': 'Errors: {count}',
  'import.severity.warning.count': 'Warnings: {count}',
  'import.severity.unmapped.count': 'Unmapped: {count}',

  'import.done.title': 'Scan imported: {activities, plural, one {# activity} other {# activities}}, {initiatives, plural, one {# initiative} other {# initiatives}}',
  'import.done.titleMany': '{count, plural, one {# scan} other {# scans}} imported: {activities, plural, one {# activity} other {# activities}}, {initiatives, plural, one {# initiative} other {# initiatives}}',
  'import.done.body': 'The new scan is selected at the top, so the other screens show it straight away.',
  'import.done.openActivities': 'Go to Activities',
  'import.done.openOverview': 'Go to Overview',
  'import.done.close': 'Dismiss message',
  'import.failed.title': 'Import failed',
  'import.failed.unknown': 'The import failed; nothing was changed.',
  'import.cancelled.title': 'Import cancelled',

  'scansList.action.export': 'Export scan ‘{title}’ as a workbook',
  'scansList.exported': 'Scan exported: {file}',
  'scansList.showInFolder': 'Show in folder',
  'scansList.title': 'Imported scans',
  'scansList.lead': 'All scans in this database. You can rename a scan, delete it or look at its import report again.',
  'scansList.col.region': 'Region',
  'scansList.col.year': 'Year',
  'scansList.col.title': 'Title',
  'scansList.col.importedAt': 'Imported on',
  'scansList.col.actions': 'Actions',
  'scansList.action.rename': 'Change region, year or title of ‘{title}’',
  'scansList.action.delete': 'Delete ‘{title}’',
  'scansList.action.report': 'View the import report of ‘{title}’',
  'scansList.rename.title': 'Edit scan',
  'scansList.rename.lead': 'Region, year and title of the scan {scan}. A title Regioscan made itself follows a new region and year.',
  'scansList.rename.label': 'Title',
  'scansList.rename.empty': 'Enter a title.',
  'scansList.delete.title': 'Delete scan?',
  'scansList.delete.what': 'The scan ‘{scan}’ will be deleted, with its {initiatives, plural, one {# initiative} other {# initiatives}}, {activities, plural, one {# activity} other {# activities}}, the providers per activity and the import report.',
  'scansList.delete.kept': 'Organisations and new codebook values are kept, because other scans may use them.',
  'scansList.delete.final': 'A backup is made automatically first; you can restore it under Backups.',
  'scansList.delete.confirm': 'Delete',
  'scansList.report.title': 'Import report: {scan}',
  'scansList.report.loading': 'Loading import report…',
  'scansList.report.source': 'Source file: {file}',

  ...enExplore,
  ...enBackups,
  ...enGraph,
  ...enCompare,
  ...enOverview,
  ...enLearn,
  ...enMapping,
  ...enPublish,
  ...enEdit,
  ...enGoals,
  ...enKoppelen,
  ...enRoundtrip,
  ...enImpact,
  ...enDevelopment,
  ...enPresentations,
  ...enDbmerge,
};
