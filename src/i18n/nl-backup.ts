/** Dutch messages of backups, moving pupils and the end of the school year (teacher screens). */
export const nlBackup = {
  backupTitle: 'Back-ups',
  backupOpen: 'Back-ups',
  backupLast: 'Laatste back-up: {date}.',
  backupNever: 'Er is nog geen back-up gemaakt op deze tablet.',
  backupRemind:
    'Alles staat alleen op deze tablet. Maak af en toe een back-up en bewaar het bestand op een veilige plek.',
  backupOld: 'De laatste back-up is {days} dagen oud. Maak er gerust een nieuwe.',
  backupMake: 'Back-up maken',
  backupMakeHint:
    'Eén bestand met alles wat gekozen is, ook foto’s en filmpjes. Zo kunt u gegevens terugzetten of naar een andere tablet brengen.',
  backupScope: 'Waarvan?',
  backupScopeAll: 'Alles op deze tablet',
  backupScopeClass: 'De hele {class}: {name}',
  backupScopePupil: 'Eén kind',
  backupPupil: 'Welk kind?',
  backupProtect: 'Beschermen met een wachtzin',
  backupProtectHint:
    'Zonder de wachtzin kan niemand het bestand openen, ook u niet. Schrijf hem ergens veilig op.',
  backupPassphrase: 'Wachtzin (minstens {min} tekens)',
  backupPassphraseAgain: 'Wachtzin nog een keer',
  backupPassphraseShort: 'De wachtzin is te kort.',
  backupPassphraseDiffers: 'De twee wachtzinnen zijn niet gelijk.',
  backupBusy: 'Bezig: {done} van {total} foto’s en opnames…',
  backupBusyStart: 'Bezig met de back-up…',
  backupDone: 'Klaar: {name} ({size}).',
  backupDownload: 'Bestand opslaan',
  backupShare: 'Delen of bewaren',
  backupFailed: 'De back-up is niet gelukt. Er is niets veranderd. Probeer het nog eens.',
  restoreTitle: 'Back-up terugzetten',
  restoreHint:
    'Kies een .praatpapier-bestand. Het wordt eerst helemaal nagekeken; er verandert niets tot u op “Terugzetten” tikt.',
  restoreFile: 'Bestand kiezen',
  restoreChecking: 'Het bestand wordt nagekeken…',
  restorePassphrase: 'Wachtzin van dit bestand',
  restoreOpen: 'Openen',
  restorePreview: 'Wat staat er in dit bestand?',
  restoreCreated: 'Gemaakt op {date}.',
  restoreClassNew: '{name} (nieuw op deze tablet)',
  restoreClassHere: '{name} (staat al op deze tablet: blijft zoals hij is)',
  restoreCounts: '{pupils}, {rounds}, {items}, {photos} en {recordings} ({size}).',
  countPupils: '{count} kinderen',
  countPupilsOne: '1 kind',
  countRounds: '{count} gesprekken',
  countRoundsOne: '1 gesprek',
  countItems: '{count} dingen in portfolio’s',
  countItemsOne: '1 ding in een portfolio',
  countPhotos: '{count} foto’s',
  countPhotosOne: '1 foto',
  countRecordings: '{count} opnames',
  countRecordingsOne: '1 opname',
  restoreSame: 'Deze kinderen staan al op deze tablet: {names}.',
  restoreReplace: 'Vervangen door wat in het bestand staat',
  restoreKeepBoth: 'Allebei houden (het kind uit het bestand krijgt “(2)” achter de naam)',
  restoreConfirm: 'Terugzetten',
  restoreBusy: 'Bezig met terugzetten…',
  restoreDone: 'Teruggezet. Alles uit het bestand staat nu op deze tablet.',
  restoreCancel: 'Toch niet',
  backupErrorNotZip:
    'Dit is geen Praatpapier-bestand. Kies een bestand dat eindigt op .praatpapier.',
  backupErrorTruncated:
    'Dit bestand is niet compleet (misschien niet helemaal gekopieerd). Er is niets veranderd.',
  backupErrorNotOurs: 'Dit is geen back-up van Praatpapier. Er is niets veranderd.',
  backupErrorTooNew:
    'Deze back-up komt uit een nieuwere versie van Praatpapier. Werk de app eerst bij en probeer het dan opnieuw.',
  backupErrorTooLarge: 'Dit bestand is groter dan een back-up van Praatpapier kan zijn.',
  backupErrorCompressed:
    'Dit bestand is ingepakt op een manier die Praatpapier niet maakt. Het wordt niet geopend.',
  backupErrorBadEntryName:
    'Dit bestand bevat iets wat niet in een back-up hoort. Het wordt niet geopend.',
  backupErrorMissingEntry:
    'Er ontbreekt iets in dit bestand (een foto of opname). Er is niets veranderd.',
  backupErrorBadChecksum:
    'Dit bestand is beschadigd of veranderd sinds het gemaakt is. Er is niets veranderd.',
  backupErrorNeedsPassphrase: 'Dit bestand is beschermd met een wachtzin.',
  backupErrorWrongPassphrase: 'Die wachtzin klopt niet. Probeer het nog eens.',
  backupErrorBadRows: 'De gegevens in dit bestand kloppen niet. Er is niets veranderd.',
  backupErrorBadReference:
    'De gegevens in dit bestand horen niet bij elkaar (iets verwijst naar een kind of gesprek dat er niet in staat). Er is niets veranderd.',
  backupErrorTooManyRows:
    'Dit bestand heeft meer gegevens dan een groep kan hebben. Er is niets veranderd.',
  backupErrorNoSpace:
    'Er is niet genoeg ruimte op deze tablet. Er is niets veranderd. Maak ruimte vrij en probeer opnieuw.',
  restoreAppError:
    'Er ging iets mis in de app. Het bestand is misschien in orde; er is niets veranderd.',
  yearEndTitle: 'Einde van het schooljaar',
  yearEndHint:
    'Maak eerst een back-up van alles en bewaar het bestand. Daarna kunt u deze tablet leegmaken voor het nieuwe schooljaar.',
  yearEndStepBackup: 'Stap 1: back-up van alles maken',
  yearEndBackupDone: 'De back-up is gemaakt. Bewaar het bestand voordat u verdergaat.',
  yearEndStepWipe: 'Stap 2: alles van deze tablet wissen',
  yearEndUnderstand:
    'Ik heb de back-up bewaard. Alle kinderen, gesprekken, foto’s en opnames worden gewist.',
  yearEndWipe: 'Alles wissen',
  roundErase: 'Dit gesprek verwijderen',
  roundEraseConfirm:
    'Alles wat voor “{title}” gemaakt is, wordt verwijderd: voorbereidingen, antwoorden, filmpjes, afspraken. Portfolio’s van de kinderen blijven.',
  roundErased: 'Het gesprek is verwijderd.',
  classesTitle: 'Groepen op deze tablet',
  classesHint: 'Deze tablet heeft meer dan één {class} (bijvoorbeeld uit een back-up).',
  classShown: '{name} (nu getoond)',
  classShow: 'Naar {name}',
  classErase: 'Deze {class} verwijderen',
  classEraseConfirm:
    'Alles van {name} wordt verwijderd: kinderen, gesprekken, foto’s, opnames en afspraken. Maak eerst een back-up als u het wilt bewaren.',
  classEraseOnly:
    'Dit is de enige {class} op deze tablet. Maak de tablet leeg via “Einde van het schooljaar” bij Back-ups.',
  restoreNeedsEverything:
    'Op een nieuwe tablet kan alleen een back-up van alles terug (daarin zit ook de code van de {teacher}). Ga anders terug en maak eerst de {class} aan.',
} as const;
