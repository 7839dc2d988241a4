/**
 * Dutch, the source of every message key (Netherlands wording; Flemish differences are in
 * vl.ts). `{name}` marks a value filled in by `t`. English (en.ts) must have exactly these keys.
 */
import type { nlRounds } from './nl-rounds';
import type { nlPupil } from './nl-pupil';
import type { nlTalk } from './nl-talk';
import type { nlBackup } from './nl-backup';

export const nl = {
  appName: 'Praatpapier',
  loading: 'Even geduld…',
  back: 'Terug',
  close: 'Sluiten',
  cancel: 'Annuleren',
  save: 'Bewaren',
  next: 'Verder',
  setupRestore: 'Ik heb een back-up van een andere tablet',
  done: 'Klaar',
  delete: 'Verwijderen',
  errorUnexpected: 'Er ging iets mis. Er is niets verloren gegaan. Probeer het nog eens.',
  errorStorageFull:
    'De tablet is vol. Wat al bewaard was, blijft bewaard. Vraag de juf of meester om ruimte te maken.',
  // An area's fallback after an error (every area: these load with the app).
  fallbackTitle: 'Oeps, hier ging iets mis.',
  fallbackText: 'Wat je al gemaakt had, is bewaard.',
  fallbackHome: 'Terug naar het begin',

  // Words that differ between the Netherlands and Flanders.
  wordClass: 'groep',
  wordClassTitle: 'Groep',
  wordParentTalk: 'oudergesprek',
  wordTeacher: 'juf of meester',
  wordTeacherTitle: 'Juf of meester',
  classNameExample: 'bijvoorbeeld Groep 5b',

  // First run
  setupTitle: 'Welkom bij Praatpapier',
  setupIntro:
    'Met Praatpapier bereiden kinderen hun eigen gesprek voor met ouders en {teacher}. Alles blijft op deze tablet: er is geen account en niets gaat naar internet.',
  setupLanguage: 'Taal',
  setupWording: 'Woorden voor',
  wordingNl: 'Nederland (groep, oudergesprek)',
  wordingVl: 'Vlaanderen (klas, oudercontact)',
  setupInstallTitle: 'Eerst op het beginscherm zetten',
  setupInstallIpad:
    'Op een iPad: tik op de deel-knop en kies "Zet op beginscherm". Open Praatpapier daarna vanaf het beginscherm en begin pas dan. Wat je in een Safari-tabblad invult, wordt apart bewaard en na 7 dagen zonder gebruik gewist.',
  setupInstallOther:
    'Installeer Praatpapier als app (menu van de browser: "App installeren" of "Toevoegen aan startscherm"). Dan werkt het ook zonder internet.',
  setupInstalledOk: 'Praatpapier draait als app. Goed zo.',
  setupClassStep: 'Je {class}',
  setupClassName: 'Naam van de {class}',
  setupCodeStep: 'Code voor de {teacher}',
  setupCodeIntro:
    'Met deze code open je de schermen voor de {teacher}. Kinderen kennen hem niet. Kies minstens 4 cijfers.',
  setupCode: 'Code (minstens 4 cijfers)',
  setupCodeAgain: 'Code nog een keer',
  setupCodeMismatch: 'De twee codes zijn niet gelijk.',
  setupCodeInvalid: 'Gebruik 4 tot 12 cijfers, alleen cijfers.',
  setupPupilsStep: 'Kinderen',
  setupPupilsIntro:
    'Plak een lijst met voornamen (één per regel, of een kolom uit een spreadsheet). Je kunt later nog kinderen toevoegen.',
  setupFinish: 'Klaar, naar de {class}',
  setupStorageAsked: 'We hebben de browser gevraagd de gegevens vast te bewaren.',

  // Pupils: adding
  pasteNames: 'Voornamen',
  addNames: 'Toevoegen',
  addedNames: '{count} kinderen toegevoegd.',
  addedNamesOne: 'Eén kind toegevoegd.',
  addedNone: 'Er is niemand toegevoegd.',
  skippedDuplicates:
    'Al in de {class} of dubbel geplakt: {names}. Twee kinderen met dezelfde naam? Voeg een letter toe, zoals "Emma B".',
  skippedTooLong: 'Te lang (meer dan {max} tekens): {names}.',
  skippedOverLimit:
    'Er kunnen niet meer dan {max} kinderen in een {class}: {names} niet toegevoegd.',
  skippedEmpty: '{count} lege regels overgeslagen.',
  skippedEmptyOne: 'Eén lege regel overgeslagen.',
  pupilNameEmpty: 'Vul een voornaam in.',
  pupilNameTooLong: 'Die naam is te lang.',
  pupilNameDuplicate: 'Er is al een kind met die naam in de {class}.',
  classNameEmpty: 'Vul een naam voor de {class} in.',
  classNameTooLong: 'De naam van de {class} is te lang.',

  // Start screen
  whoAreYou: 'Wie ben jij?',
  startEmpty: 'Er zijn nog geen kinderen in deze {class}. De {teacher} kan ze toevoegen.',
  teacherButton: '{teacherTitle}',
  offlineReady: 'Praatpapier werkt nu ook zonder internet.',

  // Picture code
  codeTitle: 'Hoi {name}! Tik je drie plaatjes.',
  codeSlot: 'Plaatje {n} van 3',
  codeSlotFilled: 'Plaatje {n}: {picture}',
  codeClear: 'Opnieuw',
  codeWrong: 'Dat was niet goed. Probeer het nog eens.',
  codeWait:
    'Wacht even, nog {seconds} seconden. Weet je het niet meer? Vraag het aan je {teacher}.',
  codeNotMe: 'Ik ben het niet',
  pictureSun: 'Zon',
  pictureTree: 'Boom',
  pictureHouse: 'Huis',
  pictureCar: 'Auto',
  pictureBall: 'Bal',
  pictureStar: 'Ster',
  pictureApple: 'Appel',
  pictureFish: 'Vis',
  pictureFlower: 'Bloem',

  // Pupil space
  pupilHello: 'Hoi {name}!',
  pupilSoon: 'Hier maak je straks je praatpapier voor het gesprek.',
  pupilDone: 'Klaar, geef de tablet door',
  idleTitle: 'Ben je er nog?',
  idleText: 'Over {seconds} seconden ga je uit Praatpapier. Alles is bewaard.',
  idleStay: 'Ja, ik ben er nog',

  // Teacher lock
  teacherLockTitle: 'Voor de {teacher}',
  teacherCodeLabel: 'Code van de {teacher}',
  teacherOpen: 'Openen',
  teacherCodeWrong: 'Die code klopt niet.',
  teacherForgot: 'Code vergeten?',
  teacherLock: 'Vergrendelen',
  teacherBackToClass: 'Naar de {class}',

  // Teacher: class
  teacherHome: 'Je {class}',
  pupilsTitle: 'Kinderen',
  addPupilsTitle: 'Kinderen toevoegen',
  addOnePupil: 'Eén kind toevoegen',
  firstName: 'Voornaam',
  editPupil: '{name} aanpassen',
  archived: 'gearchiveerd',
  hasPictureCode: 'met plaatjescode',
  showArchived: 'Ook gearchiveerde kinderen tonen',

  // Teacher: one pupil
  avatarTitle: 'Tekening',
  avatarCat: 'Kat',
  avatarDog: 'Hond',
  avatarRabbit: 'Konijn',
  avatarOwl: 'Uil',
  avatarFox: 'Vos',
  avatarBear: 'Beer',
  avatarFrog: 'Kikker',
  avatarTurtle: 'Schildpad',
  avatarLion: 'Leeuw',
  avatarPenguin: 'Pinguïn',
  avatarWhale: 'Walvis',
  avatarButterfly: 'Vlinder',
  avatarElephant: 'Olifant',
  avatarHedgehog: 'Egel',
  avatarMouse: 'Muis',
  avatarLadybug: 'Lieveheersbeestje',
  colourTitle: 'Kleur',
  colourN: 'Kleur {n}',
  photoTitle: 'Foto',
  photoTake: 'Foto maken',
  photoShoot: 'Klik!',
  photoPick: 'Foto kiezen',
  photoRemove: 'Foto weghalen',
  photoNotImage: 'Dat bestand is geen foto. Kies een foto (JPEG, PNG, …).',
  cameraUnavailable:
    'De camera is niet beschikbaar. Geef Praatpapier toestemming voor de camera in de instellingen van de browser, of sluit een andere app die de camera gebruikt.',
  pictureCodeTitle: 'Plaatjescode',
  pictureCodeNone: 'Geen code: dit kind tikt alleen op de eigen tekening.',
  pictureCodeIsSet: 'Dit kind heeft een plaatjescode.',
  pictureCodeChoose: 'Tik drie plaatjes in volgorde.',
  pictureCodeSet: 'Code bewaren',
  pictureCodeSaved: 'Plaatjescode bewaard. Vertel hem aan het kind.',
  pictureCodeRemove: 'Code weghalen',
  archivePupil: 'Archiveren (van de startpagina halen)',
  unarchivePupil: 'Terugzetten op de startpagina',
  deletePupil: '{name} verwijderen',
  deleteConfirmTitle: '{name} verwijderen?',
  deleteConfirmText:
    'Dit wist {name} en alles wat {name} op deze tablet heeft gemaakt: {media} foto’s en opnames ({size}). Dit kan niet ongedaan worden gemaakt. Maak eerst een reservekopie als je het wilt bewaren.',
  deleteConfirm: 'Ja, {name} verwijderen',
  saved: 'Bewaard',

  // Teacher: settings
  settingsTitle: 'Instellingen',
  pupilIdle: 'Kinderen automatisch afmelden na (minuten)',
  teacherIdle: 'Deze schermen vergrendelen na (minuten)',
  minutesRange: 'Kies 1 tot {max} minuten.',
  changeCode: 'Code wijzigen',
  newCode: 'Nieuwe code',
  codeChanged: 'De code is gewijzigd.',

  // Teacher: storage
  storageTitle: 'Opslag op deze tablet',
  storageUse: '{used} in gebruik van ongeveer {quota} beschikbaar.',
  storageUnknown: 'Deze browser zegt niet hoeveel ruimte er is.',
  storagePersisted:
    'Vaste opslag staat aan: de browser wist deze gegevens niet zelf, ook niet als de tablet vol raakt.',
  storageNotPersisted:
    'Vaste opslag staat niet aan: als de tablet erg vol raakt, mag de browser deze gegevens wissen. Installeer Praatpapier als app en vraag om vaste opslag.',
  storageAsk: 'Vraag om vaste opslag',

  // Teacher: the error log
  errorLogTitle: 'Foutenlogboek',
  errorLogHint:
    'Wat er de laatste 50 keer misging in de app, zonder namen en zonder wat kinderen maakten. Kopieer het als iemand u helpt met een probleem.',
  errorLogEmpty: 'Er is nog niets misgegaan.',
  errorLogWhen: 'Wanneer',
  errorLogVersion: 'Versie',
  errorLogScreen: 'Scherm',
  errorLogMessage: 'Fout',
  errorLogCopy: 'Kopiëren',
  errorLogCopied: 'Gekopieerd.',
  errorLogCopyByHand:
    'Vanzelf kopiëren lukt hier niet. De tekst hieronder is geselecteerd: kopieer hem zelf.',
  errorLogAsText: 'Het foutenlogboek als tekst',
  errorLogClear: 'Wissen',
  errorLogCleared: 'Het foutenlogboek is leeg.',

  // Reset
  resetTitle: 'Code vergeten',
  resetText:
    'Zonder code kan niemand de schermen voor de {teacher} openen. Er is geen achterdeur: de enige weg is alles op deze tablet wissen en opnieuw beginnen. Alle kinderen, foto’s, opnames en antwoorden op deze tablet gaan dan verloren. Heb je een reservekopie, dan kun je die daarna terugzetten.',
  resetUnderstand: 'Ik begrijp dat alles op deze tablet wordt gewist.',
  resetTypeWord: 'Typ WISSEN om te bevestigen',
  resetWord: 'WISSEN',
  resetConfirm: 'Alles wissen',
  resetBusy: 'Bezig met wissen…',

  // Updates
  updateReady: 'Er is een nieuwe versie van Praatpapier.',
  updateApply: 'Nu bijwerken',
  updateWait: 'Bijwerken kan als er niemand is aangemeld.',
} as const;

/** Every key, including those of the teacher screens' messages, which load with those screens. */
export type MessageKey =
  | keyof typeof nl
  | keyof typeof nlRounds
  | keyof typeof nlPupil
  | keyof typeof nlTalk
  | keyof typeof nlBackup;
export type Messages = Record<MessageKey, string>;
/** The messages that load with the app; the rest load with the screens that use them. */
export type StartMessages = Record<keyof typeof nl, string>;
