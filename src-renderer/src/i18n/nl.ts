/**
 * Dutch UI texts (the default language). Keys are English; `en.ts` must have exactly these keys.
 * `{name}` marks a placeholder filled in by `t(key, { name })`.
 */
import { nlBackups } from './nl-backups';
import { nlExplore } from './nl-explore';
import { nlCompare } from './nl-compare';
import { nlGraph } from './nl-graph';
import { nlOverview } from './nl-overview';
import { nlLearn } from './nl-learn';
import { nlMapping } from './nl-mapping';
import { nlDbmerge } from './nl-dbmerge';
import { nlPublish } from './nl-publish';
import { nlEdit } from './nl-edit';
import { nlGoals } from './nl-goals';
import { nlKoppelen } from './nl-koppelen';
import { nlRoundtrip } from './nl-roundtrip';
import { nlImpact } from './nl-impact';
import { nlDevelopment } from './nl-development';
import { nlPresentations } from './nl-presentations';

export const nl = {
  'app.name': 'Regioscan',
  'app.tagline': 'Publieke ondersteuning voor digitalisering van het mkb',
  'app.loading': 'Regioscan wordt geladen…',
  'app.documentTitle': '{screen} · Regioscan',
  'skipLink': 'Naar inhoud',

  'nav.label': 'Hoofdnavigatie',
  'nav.toggle.open': 'Menu openen',
  'nav.toggle.close': 'Menu sluiten',

  'route.overzicht': 'Overzicht',
  'route.activiteiten': 'Activiteiten',
  'route.ecosysteemkaart': 'Ecosysteemkaart',
  'route.leer-van-elkaar': 'Leer van elkaar',
  'route.vergelijken': 'Vergelijken',
  'route.witte-vlekken': 'Witte vlekken',
  'route.publiceren': 'Publiceren',
  'route.importeren': 'Importeren',
  'route.back-ups': 'Back-ups',
  'route.te-koppelen': 'Te koppelen',
  'route.impact': 'Impact',
  'route.presentatie': 'Presentatie',

  'screen.overzicht.lead':
    'Het overzicht toont de kerncijfers van de gekozen scans: hoeveel initiatieven, activiteiten en organisaties er zijn, en hoe de activiteiten verdeeld zijn over type, geografie en knelpunten.',
  'screen.activiteiten.lead':
    'Hier filtert u alle activiteiten op de dimensies van de Regioscan, zoals sector, digitaliseringsvorm, knelpunt en type activiteit. Binnen één dimensie tellen waarden als óf, tussen dimensies als én.',
  'screen.ecosysteemkaart.lead':
    'De ecosysteemkaart toont de initiatieven als netwerk, gekleurd naar hun focus op digitalisering. Initiatieven zijn verbonden als ze zich op dezelfde sector richten; een dikkere lijn betekent meer gedeelde sectoren.',
  'screen.leer-van-elkaar.lead':
    'Leer van elkaar zet twee dimensies tegen elkaar af: doelgroep en digitaliseringsvorm, knelpunt en activiteit, of aanbieder en beleidsrationale. Zo ziet u hoe anderen een vergelijkbare opgave aanpakken.',
  'screen.vergelijken.lead':
    'Vergelijken zet twee of meer scans naast elkaar, bijvoorbeeld provincies of jaren, in dezelfde indeling naar dimensies.',
  'screen.witte-vlekken.lead':
    'Witte vlekken laat zien welke combinaties van sector, digitaliseringsvorm en knelpunt geen of weinig activiteiten hebben. Of een lege combinatie ertoe doet, hangt af van beleidsdoelen en de vraag van ondernemers.',
  'screen.publiceren.lead':
    'Publiceren maakt van de Ecosysteemkaart een website die zonder server werkt: ondernemers vinden er de initiatieven die bij hen passen.',
  'screen.importeren.lead':
    'Importeer een ingevuld Regioscan-werkboek (Excel) als nieuwe scan. Regioscan controleert het werkboek, koppelt de waarden aan het codeboek en meldt wat het niet kon plaatsen.',
  'screen.te-koppelen.lead':
    'Waarden die bij de import bij geen code pasten, staan hier met hun aantal en herkomst. Koppel een waarde aan een code: al haar activiteiten in alle scans krijgen die code, en elke volgende import past de regel toe.',
  'screen.impact.lead':
    'Impact toont per knelpunt wat deelnemers van de activiteiten antwoordden op de impactvragenlijst: hoeveel activiteiten erop gericht zijn en in welke mate deelname hielp, met het aantal antwoorden naast elk gemiddelde.',
  'screen.back-ups.lead':
    'Regioscan bewaart automatisch kopieën van de database. Hier ziet u ze en zet u er een terug als er iets mis is gegaan, bijvoorbeeld na een verkeerde import of een verwijderde scan.',
  'screen.presentatie.lead':
    'Maak van opgeslagen weergaven een presentatie: dia’s met een filter, een scherm, een titel en notities, schermvullend te presenteren en als pdf of website te exporteren.',

  'empty.noScans': 'Er zijn nog geen scans geladen. Importeer eerst een werkboek om hier gegevens te zien.',
  'empty.noSelection': 'Kies bovenaan een of meer scans om hier gegevens te zien.',
  'empty.importAction': 'Naar Importeren',
  'empty.importHint': 'Alle gegevens blijven op deze computer; er wordt niets verstuurd.',

  'scans.label': 'Scans',
  'scans.placeholder': 'Kies scans',
  'scans.empty': 'Nog geen scans geïmporteerd',
  'scans.loading': 'Scans laden…',
  'scans.error': 'Scans konden niet worden geladen',
  'scans.nothingFound': 'Geen scan gevonden',
  'scans.sample': 'voorbeeld',
  'scans.sampleNote':
    'Reconstructie uit de gepubliceerde totalen van de pilot Noord-Nederland 2022; de codering per activiteit is illustratief, niet de oorspronkelijke data.',
  'scans.noYear': 'jaar onbekend',

  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'colorScheme.toDark': 'Donkere weergave gebruiken',
  'colorScheme.toLight': 'Lichte weergave gebruiken',

  'about.open': 'Over Regioscan',
  'about.title': 'Over Regioscan',
  'about.description':
    'Regioscan brengt de publieke ondersteuning voor digitalisering van het mkb in kaart, volgens de methode Regioscan Digitalisering. De app werkt volledig offline.',
  'about.close': 'Sluiten',
  'about.version': 'Versie',
  'about.database': 'Databasebestand',
  'about.schema': 'Schemaversie',
  'about.host': 'Omgeving',
  'about.host.electron': 'Desktop-app',
  'about.host.http': 'Lokale webserver',
  'about.access': 'Toegang',
  'about.readOnly': 'Alleen lezen',
  'about.readWrite': 'Lezen en schrijven',
  'about.unavailable': 'De app-informatie kon niet worden geladen.',
  'footer.version': 'Versie {version}',

  'notice.title': 'Er ging iets mis',
  'notice.dismiss': 'Melding sluiten',

  'dialog.cancel': 'Annuleren',
  'dialog.save': 'Opslaan',

  'import.windowDrop': 'Laat het bestand los om het te importeren',
  'import.dropzone.title': 'Sleep een werkboek hierheen of kies een bestand',
  'import.dropzone.hint': 'Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods), CSV of een Regioscan-database (.sqlite) om samen te voegen, tot {mb} MB. U kunt een bestand ook op elk scherm in het venster laten vallen.',
  'import.dropzone.readOnly': 'Deze database is alleen te lezen; importeren is niet mogelijk',
  'import.choose': 'Bestand kiezen…',
  'import.template': 'Download het lege sjabloon',
  'import.cancel': 'Annuleren',
  'import.commit': 'Importeren',
  'import.ignoredFiles': 'U kunt één bestand tegelijk importeren; alleen ‘{file}’ wordt gelezen, de overige {count} niet.',
  'import.nothingChanged': 'Er is niets gewijzigd.',

  'import.error.title': 'Importeren lukte niet',
  'import.error.readOnly': 'Deze database is alleen te lezen, dus er kan niets worden geïmporteerd.',
  'import.error.tooLarge': 'Dit bestand is groter dan {mb} MB; dat is geen scan.',
  'import.error.unreadable': 'Regioscan kon het bestand ‘{file}’ niet lezen.',

  'import.phase.send': 'Bestand openen',
  'import.phase.read': 'Lezen',
  'import.phase.match': 'Koppelen aan codeboek',
  'import.phase.write': 'Schrijven',
  'import.progress.label': 'Voortgang van het importeren',
  'import.progress.steps': 'Stappen van het importeren',
  'import.progress.fileUnknown': 'Gekozen bestand',
  'import.progress.working': '{phase}… U ziet zo een voorbeeld; er wordt nog niets opgeslagen.',
  'import.progress.writing': '{phase}… De scan wordt in de database gezet.',

  'import.preview.title': 'Controleer de import',
  'import.preview.file': 'Bestand: {file} · {format}',
  'import.preview.leadOne': 'Dit werkboek bevat één scan. Controleer de aantallen en het importrapport; pas na “Importeren” wordt de scan opgeslagen.',
  'import.preview.leadMany': 'Dit werkboek bevat {count, plural, one {# scan} other {# scans}}. Controleer de aantallen en het importrapport; pas na “Importeren” worden de scans opgeslagen.',
  'import.preview.empty': 'Het bestand bevat geen scan die kan worden geïmporteerd.',
  'import.preview.chooseFirst': 'Kies eerst wat er met de bestaande scan moet gebeuren.',
  'import.preview.nothingChanged': 'Er is nog niets opgeslagen.',

  'import.count.initiatives': 'Initiatieven',
  'import.count.activities': 'Activiteiten',
  'import.count.organisations': 'Organisaties',

  'import.conflict.title': 'Er is al een scan voor {scan}',
  'import.conflict.description': 'Kies of deze import de bestaande scan vervangt of ernaast komt. Vervangen gebeurt in één keer: de bestaande scan blijft staan tot de nieuwe volledig is opgeslagen.',
  'import.conflict.replace': 'Vervang bestaande scan ‘{title}’',
  'import.conflict.keepBoth': 'Bewaar beide',

  'import.facets.title': 'Activiteiten per dimensie',
  'import.facets.unmapped': 'niet gekoppeld',

  'import.issues.title': 'Importrapport',
  'import.issues.lead': 'Fouten: de rij is niet geïmporteerd. Waarschuwingen: overgenomen met een aanpassing. Niet gekoppeld: bewaard zoals geschreven, zonder code uit het codeboek.',
  'import.issues.tableLabel': 'Importrapport van {scan}',
  'import.issues.filter': 'Toon meldingen met ernst',
  'import.issues.all': 'Alle',
  'import.issues.severity': 'Ernst',
  'import.issues.sheet': 'Blad',
  'import.issues.row': 'Rij',
  'import.issues.column': 'Kolom',
  'import.issues.value': 'Waarde',
  'import.issues.message': 'Melding',
  'import.issues.none': 'Geen meldingen: alles is zonder aanpassing ingelezen.',
  'import.issues.noneInFilter': 'Geen meldingen met deze ernst.',
  'import.issues.shown': '{count, plural, one {# melding} other {# meldingen}}',
  'import.issues.shownOf': '{shown} van {total, plural, one {# melding} other {# meldingen}} getoond',
  'import.issues.more': 'Toon {count} meer (nog {rest})',
  'import.severity.error': 'Fout',
  'import.severity.warning': 'Waarschuwing',
  'import.severity.unmapped': 'Niet gekoppeld',
  'import.severity.error.plural': 'Fouten',
  'import.severity.warning.plural': 'Waarschuwingen',
  'import.severity.unmapped.plural': 'Niet gekoppeld',
  'import.severity.error.count': 'Fouten: {count}',
  'import.severity.warning.count': 'Waarschuwingen: {count}',
  'import.severity.unmapped.count': 'Niet gekoppeld: {count}',

  'import.done.title': 'Scan geïmporteerd: {activities, plural, one {# activiteit} other {# activiteiten}}, {initiatives, plural, one {# initiatief} other {# initiatieven}}',
  'import.done.titleMany': '{count, plural, one {# scan} other {# scans}} geïmporteerd: {activities, plural, one {# activiteit} other {# activiteiten}}, {initiatives, plural, one {# initiatief} other {# initiatieven}}',
  'import.done.body': 'De nieuwe scan is bovenaan gekozen, zodat u hem meteen op de andere schermen ziet.',
  'import.done.openActivities': 'Naar Activiteiten',
  'import.done.openOverview': 'Naar Overzicht',
  'import.done.close': 'Melding sluiten',
  'import.failed.title': 'Importeren mislukt',
  'import.failed.unknown': 'Het importeren is mislukt; er is niets gewijzigd.',
  'import.cancelled.title': 'Import geannuleerd',

  'scansList.action.export': 'Scan ‘{title}’ exporteren als werkboek',
  'scansList.exported': 'Scan geëxporteerd: {file}',
  'scansList.showInFolder': 'Toon in map',
  'scansList.title': 'Geïmporteerde scans',
  'scansList.lead': 'Alle scans in deze database. U kunt een scan hernoemen, verwijderen of het importrapport opnieuw bekijken.',
  'scansList.col.region': 'Regio',
  'scansList.col.year': 'Jaar',
  'scansList.col.title': 'Titel',
  'scansList.col.importedAt': 'Geïmporteerd op',
  'scansList.col.actions': 'Acties',
  'scansList.action.rename': 'Regio, jaar of titel wijzigen van ‘{title}’',
  'scansList.action.delete': '‘{title}’ verwijderen',
  'scansList.action.report': 'Importrapport van ‘{title}’ bekijken',
  'scansList.rename.title': 'Scan bewerken',
  'scansList.rename.lead': 'Regio, jaar en titel van de scan {scan}. Een titel die Regioscan zelf maakte, volgt een nieuwe regio en een nieuw jaar.',
  'scansList.rename.label': 'Titel',
  'scansList.rename.empty': 'Vul een titel in.',
  'scansList.delete.title': 'Scan verwijderen?',
  'scansList.delete.what': 'De scan ‘{scan}’ wordt verwijderd, met zijn {initiatives, plural, one {# initiatief} other {# initiatieven}}, {activities, plural, one {# activiteit} other {# activiteiten}}, de aanbieders per activiteit en het importrapport.',
  'scansList.delete.kept': 'Organisaties en nieuwe codeboekwaarden blijven bewaard, omdat andere scans ze kunnen gebruiken.',
  'scansList.delete.final': 'Er wordt eerst automatisch een back-up gemaakt; onder Back-ups kunt u die terugzetten.',
  'scansList.delete.confirm': 'Verwijderen',
  'scansList.report.title': 'Importrapport: {scan}',
  'scansList.report.loading': 'Importrapport laden…',
  'scansList.report.source': 'Bronbestand: {file}',

  ...nlExplore,
  ...nlBackups,
  ...nlGraph,
  ...nlCompare,
  ...nlOverview,
  ...nlLearn,
  ...nlMapping,
  ...nlPublish,
  ...nlEdit,
  ...nlGoals,
  ...nlKoppelen,
  ...nlRoundtrip,
  ...nlImpact,
  ...nlDevelopment,
  ...nlPresentations,
  ...nlDbmerge,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;

/** A full dictionary: every key of the Dutch one, and no other. */
export type Dictionary = Record<MessageKey, string>;
