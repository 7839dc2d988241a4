/**
 * The built-in vragenpot (question jar): questions for children, by category and age band, in
 * Dutch and English. Deeper than "wat heb je geleerd?", concrete rather than abstract (seeds/001),
 * in growth language ("nog niet", "al bijna"), never a test or a punishment (seeds/004). Some come
 * straight from the seeds: the "nog niet / al bijna / al" scale of the kleuters (004), "waar sta je
 * nu en waar over een maand?" (004), the three circles thuis–kind–school (004), the
 * interesse-talenten-raster (001), evidence for what you say (000), and the pupil's grip on what
 * is told to the parents (004). Kleuter questions can be answered by speaking or pointing.
 * Dutch that reads right in the Netherlands and in Flanders: no "groep"/"leerjaar", no
 * "speelplaats"/"schoolplein", always "je juf of meester".
 *
 * Ids are stable: a teacher's hidden question stays hidden after an update, so never reuse or
 * renumber an id; add new ones at the end of their category.
 */
import type { AgeBand, BuiltInQuestion, QuestionCategory } from './model';

const ALL: readonly AgeBand[] = ['kleuters', 'onderbouw', 'middenbouw', 'bovenbouw'];
const YOUNG: readonly AgeBand[] = ['kleuters', 'onderbouw'];
const KLEUTERS: readonly AgeBand[] = ['kleuters'];
const SCHOOL: readonly AgeBand[] = ['onderbouw', 'middenbouw', 'bovenbouw'];
const OLDER: readonly AgeBand[] = ['middenbouw', 'bovenbouw'];
const TOP: readonly AgeBand[] = ['bovenbouw'];

function q(
  id: string,
  category: QuestionCategory,
  ages: readonly AgeBand[],
  nl: string,
  en: string,
): BuiltInQuestion {
  return { id, category, ages, text: { nl, en } };
}

export const BUILT_IN_QUESTIONS: readonly BuiltInQuestion[] = [
  // Leren: what I learned, and how (the first core question, made concrete).
  q(
    'leren-01',
    'leren',
    ALL,
    'Wat kun je nu wat je eerst nog niet kon?',
    'What can you do now that you couldn’t do before?',
  ),
  q('leren-02', 'leren', ALL, 'Wat vond je leuk om te leren?', 'What did you enjoy learning?'),
  q(
    'leren-03',
    'leren',
    ALL,
    'Laat eens iets zien wat je hebt gemaakt. Hoe heb je dat gedaan?',
    'Show me something you made. How did you do it?',
  ),
  q(
    'leren-04',
    'leren',
    SCHOOL,
    'Wat heb je de laatste weken geleerd dat je thuis ook gebruikt?',
    'What have you learned in the last few weeks that you use at home too?',
  ),
  q(
    'leren-05',
    'leren',
    SCHOOL,
    'Hoe leer jij het best: door te kijken, te luisteren of te doen?',
    'How do you learn best: by watching, by listening or by doing?',
  ),
  q(
    'leren-06',
    'leren',
    OLDER,
    'Wat was eerst moeilijk en gaat nu beter? Hoe komt dat?',
    'What was hard at first and is going better now? How did that happen?',
  ),
  q(
    'leren-07',
    'leren',
    OLDER,
    'Welke fout heeft je iets geleerd?',
    'Which mistake taught you something?',
  ),
  q(
    'leren-08',
    'leren',
    SCHOOL,
    'Wat kun je al zo goed dat je het aan een ander kind kunt uitleggen?',
    'What can you already do so well that you could explain it to another child?',
  ),
  q(
    'leren-09',
    'leren',
    YOUNG,
    'Wat heb je geleerd? Doe het eens voor.',
    'What have you learned? Show me how you do it.',
  ),
  q(
    'leren-10',
    'leren',
    ALL,
    'Wijs een werkje of foto aan. Wat heb je daarbij geleerd?',
    'Point to a piece of work or a photo. What did you learn doing it?',
  ),
  q(
    'leren-11',
    'leren',
    OLDER,
    'Welke manier van oefenen werkt goed voor jou?',
    'Which way of practising works well for you?',
  ),

  // Trots: what I can be proud of, with something to show for it.
  q('trots-01', 'trots', ALL, 'Waar ben je trots op?', 'What are you proud of?'),
  q(
    'trots-02',
    'trots',
    ALL,
    'Wat heb je deze week heel goed gedaan?',
    'What did you do really well this week?',
  ),
  q(
    'trots-03',
    'trots',
    ALL,
    'Wie heb jij geholpen? Hoe voelde dat?',
    'Who did you help? How did that feel?',
  ),
  q(
    'trots-04',
    'trots',
    ALL,
    'Welk werkje wil je aan je ouders laten zien? Waarom dat?',
    'Which piece of work do you want to show your parents? Why that one?',
  ),
  q(
    'trots-05',
    'trots',
    SCHOOL,
    'Wanneer heb je doorgezet, ook al was het moeilijk?',
    'When did you keep going, even though it was hard?',
  ),
  q(
    'trots-06',
    'trots',
    ALL,
    'Wie is er trots op jou? Waarom, denk je?',
    'Who is proud of you? Why do you think that is?',
  ),
  q(
    'trots-07',
    'trots',
    OLDER,
    'Wat kun jij goed wat niet iedereen van je weet?',
    'What are you good at that not everyone knows about?',
  ),
  q(
    'trots-08',
    'trots',
    SCHOOL,
    'Op welk moment van de laatste weken was je echt trots?',
    'When in the last few weeks did you feel really proud?',
  ),
  q(
    'trots-09',
    'trots',
    YOUNG,
    'Wat kun je al helemaal zelf? Laat eens zien.',
    'What can you already do all by yourself? Show me.',
  ),
  q(
    'trots-10',
    'trots',
    YOUNG,
    'Wat heb je gebouwd, getekend of gemaakt waar je blij mee bent?',
    'What did you build, draw or make that you are happy with?',
  ),
  q(
    'trots-11',
    'trots',
    OLDER,
    'Wat kun je laten zien als bewijs dat je gegroeid bent?',
    'What can you show as proof that you have grown?',
  ),

  // Werkpunten: what I can't do yet (never "can't"), and the next step.
  q(
    'werk-01',
    'werkpunten',
    ALL,
    'Wat kun je nog niet, maar wil je graag leren?',
    'What can’t you do yet, but would love to learn?',
  ),
  q('werk-02', 'werkpunten', ALL, 'Wat vind je nog moeilijk?', 'What do you still find hard?'),
  q(
    'werk-03',
    'werkpunten',
    SCHOOL,
    'Wat wil je de volgende keer anders doen?',
    'What do you want to do differently next time?',
  ),
  q(
    'werk-04',
    'werkpunten',
    SCHOOL,
    'Bij welk vak wil je nog een stapje verder komen?',
    'In which subject would you like to get one step further?',
  ),
  q(
    'werk-05',
    'werkpunten',
    SCHOOL,
    'Wat is je volgende stap? Hoe ga je die zetten?',
    'What is your next step? How will you take it?',
  ),
  q(
    'werk-06',
    'werkpunten',
    OLDER,
    'Wanneer lukt het je nog niet zo goed om op te letten? Wat zou helpen?',
    'When is it still hard for you to pay attention? What would help?',
  ),
  q(
    'werk-07',
    'werkpunten',
    OLDER,
    'Wat stel je soms uit? Hoe zou je er toch aan kunnen beginnen?',
    'What do you sometimes put off? How could you get started anyway?',
  ),
  q(
    'werk-08',
    'werkpunten',
    OLDER,
    'Hoe merk je straks dat je beter bent geworden?',
    'How will you notice that you’ve got better?',
  ),
  q(
    'werk-09',
    'werkpunten',
    KLEUTERS,
    'Veters strikken, knippen, je jas dichtdoen: kun je het nog niet, al bijna of al?',
    'Tying laces, cutting, doing up your coat: not yet, almost, or already?',
  ),
  q(
    'werk-10',
    'werkpunten',
    KLEUTERS,
    'Wat wil je nog beter leren: tekenen, knippen, tellen of iets anders?',
    'What would you like to get better at: drawing, cutting, counting or something else?',
  ),
  q(
    'werk-11',
    'werkpunten',
    YOUNG,
    'Waarvoor moet je nog veel oefenen?',
    'What do you still need to practise a lot?',
  ),
  q(
    'werk-12',
    'werkpunten',
    OLDER,
    'Wat lukt nog niet, ook al oefen je veel? Wat kun je eens anders proberen?',
    'What isn’t working yet, even though you practise a lot? What could you try differently?',
  ),

  // Hulp: who helps me, what I need, and whom I can help.
  q(
    'hulp-01',
    'hulp',
    ALL,
    'Wie helpt jou als iets moeilijk is?',
    'Who helps you when something is hard?',
  ),
  q(
    'hulp-02',
    'hulp',
    SCHOOL,
    'Hoe laat je merken dat je hulp nodig hebt?',
    'How do you let people know that you need help?',
  ),
  q(
    'hulp-03',
    'hulp',
    ALL,
    'Wat kan je juf of meester doen om jou te helpen?',
    'What can your teacher do to help you?',
  ),
  q(
    'hulp-04',
    'hulp',
    SCHOOL,
    'Wat kunnen je ouders thuis doen om je te helpen?',
    'What can your parents do at home to help you?',
  ),
  q(
    'hulp-05',
    'hulp',
    SCHOOL,
    'Bij welk kind in de klas kun je goed terecht met een vraag?',
    'Which child in your class is easy to ask a question?',
  ),
  q(
    'hulp-06',
    'hulp',
    OLDER,
    'Heb je meer uitleg, meer oefening of ander materiaal nodig? Waarvoor?',
    'Do you need more explanation, more practice or different materials? For what?',
  ),
  q(
    'hulp-07',
    'hulp',
    OLDER,
    'Wat probeer je eerst zelf voordat je hulp vraagt?',
    'What do you try on your own before you ask for help?',
  ),
  q(
    'hulp-08',
    'hulp',
    OLDER,
    'Wanneer help jij een ander kind? Wat leer je daarvan?',
    'When do you help another child? What do you learn from it?',
  ),
  q(
    'hulp-09',
    'hulp',
    YOUNG,
    'Wat doe je als iets niet meteen lukt?',
    'What do you do when something doesn’t work out straight away?',
  ),
  q(
    'hulp-10',
    'hulp',
    YOUNG,
    'Welk kind wil jij eens helpen? Waarmee?',
    'Which child would you like to help? With what?',
  ),
  q(
    'hulp-11',
    'hulp',
    OLDER,
    'Welke uitleg helpt jou het best: voordoen, een tekening, of zelf proberen?',
    'What kind of explanation helps you most: showing you, a drawing, or trying it yourself?',
  ),

  // Klas en vriendschap.
  q('klas-01', 'klas', ALL, 'Met wie speel je graag?', 'Who do you like to play with?'),
  q('klas-02', 'klas', ALL, 'Wat is er fijn aan jouw klas?', 'What is nice about your class?'),
  q(
    'klas-03',
    'klas',
    ALL,
    'Wat doe je als iemand alleen staat bij het buitenspelen?',
    'What do you do when someone is on their own at playtime?',
  ),
  q(
    'klas-04',
    'klas',
    SCHOOL,
    'Met wie werk je graag samen? Waarom?',
    'Who do you like working with? Why?',
  ),
  q(
    'klas-05',
    'klas',
    SCHOOL,
    'Is er iets in de klas wat je lastig vindt?',
    'Is there anything in class that you find difficult?',
  ),
  q(
    'klas-06',
    'klas',
    OLDER,
    'Wat doe jij om een ruzie op te lossen?',
    'What do you do to sort out an argument?',
  ),
  q(
    'klas-07',
    'klas',
    OLDER,
    'Wat zouden je klasgenoten over jou vertellen?',
    'What would your classmates say about you?',
  ),
  q(
    'klas-08',
    'klas',
    OLDER,
    'Wat zou je in de klas willen veranderen als het mocht?',
    'What would you change in your class if you could?',
  ),
  q(
    'klas-09',
    'klas',
    YOUNG,
    'Wie zijn je vriendjes in de klas?',
    'Who are your friends in class?',
  ),
  q(
    'klas-10',
    'klas',
    KLEUTERS,
    'In welke hoek speel je het liefst? Wijs hem eens aan.',
    'Which corner of the classroom do you like playing in most? Point to it.',
  ),
  q(
    'klas-11',
    'klas',
    OLDER,
    'Voelt iedereen zich welkom in de klas? Wat kun jij daarvoor doen?',
    'Does everyone feel welcome in your class? What can you do to help?',
  ),
  q(
    'klas-12',
    'klas',
    ALL,
    'Wat doe je als iemand niet lief is voor jou?',
    'What do you do when someone is unkind to you?',
  ),

  // Thuis: home, the daily routine, and what goes from school to the parents.
  q('thuis-01', 'thuis', ALL, 'Wat doe je graag thuis?', 'What do you like doing at home?'),
  q(
    'thuis-02',
    'thuis',
    ALL,
    'Met wie praat je thuis over school?',
    'Who do you talk to about school at home?',
  ),
  q(
    'thuis-03',
    'thuis',
    ALL,
    'Hoe begint jouw dag: opstaan, ontbijten, naar school?',
    'How does your day start: getting up, breakfast, off to school?',
  ),
  q(
    'thuis-04',
    'thuis',
    SCHOOL,
    'Waar en wanneer maak je thuis je huiswerk of lees je?',
    'Where and when do you do homework or read at home?',
  ),
  q(
    'thuis-05',
    'thuis',
    SCHOOL,
    'Wat wil je dat je juf of meester aan je ouders vertelt of vraagt, en wat niet?',
    'What would you like your teacher to tell or ask your parents, and what not?',
  ),
  q(
    'thuis-06',
    'thuis',
    SCHOOL,
    'Wat zou je je ouders graag eens vertellen over school?',
    'What would you like to tell your parents about school?',
  ),
  q(
    'thuis-07',
    'thuis',
    OLDER,
    'Wat leer je thuis wat je op school ook kunt gebruiken?',
    'What do you learn at home that you can use at school too?',
  ),
  q(
    'thuis-08',
    'thuis',
    OLDER,
    'Welke vraag wil je aan je ouders stellen in het gesprek?',
    'What question would you like to ask your parents in the conversation?',
  ),
  q(
    'thuis-09',
    'thuis',
    YOUNG,
    'Wie woont er bij jou thuis? Vertel of teken het eens.',
    'Who lives in your home? Tell me or draw it.',
  ),
  q(
    'thuis-10',
    'thuis',
    YOUNG,
    'Wat heb je thuis al geleerd, zoals je tanden poetsen of je aankleden?',
    'What have you already learned at home, like brushing your teeth or getting dressed?',
  ),
  q(
    'thuis-11',
    'thuis',
    OLDER,
    'Thuis: wat gaat goed, wat gaat nog niet zo goed, en wat zou je willen?',
    'At home: what goes well, what doesn’t go so well yet, and what would you like?',
  ),

  // Gevoel: how I feel, with smileys, weather and a thermometer to point at.
  q(
    'gevoel-01',
    'gevoel',
    ALL,
    'Hoe voel je je als je ’s morgens naar school komt?',
    'How do you feel when you come to school in the morning?',
  ),
  q(
    'gevoel-02',
    'gevoel',
    ALL,
    'Wanneer ben je echt blij op school?',
    'When are you really happy at school?',
  ),
  q(
    'gevoel-03',
    'gevoel',
    ALL,
    'Wat doe je als je verdrietig of boos bent?',
    'What do you do when you are sad or angry?',
  ),
  q(
    'gevoel-04',
    'gevoel',
    SCHOOL,
    'Waar maak je je soms zorgen over?',
    'What do you sometimes worry about?',
  ),
  q(
    'gevoel-05',
    'gevoel',
    SCHOOL,
    'Wat helpt jou om rustig te worden?',
    'What helps you calm down?',
  ),
  q(
    'gevoel-06',
    'gevoel',
    OLDER,
    'Wanneer voel je je zeker van jezelf?',
    'When do you feel sure of yourself?',
  ),
  q(
    'gevoel-07',
    'gevoel',
    OLDER,
    'Is er iets wat je graag eens zou vertellen, maar nog niet hebt gedaan?',
    'Is there something you would like to tell, but haven’t yet?',
  ),
  q(
    'gevoel-08',
    'gevoel',
    ALL,
    'Wat voor weer is het vandaag in jouw hoofd: zon, wolken of regen?',
    'What’s the weather like in your head today: sun, clouds or rain?',
  ),
  q(
    'gevoel-09',
    'gevoel',
    YOUNG,
    'Wijs de smiley aan die past bij hoe jij je voelt in de klas.',
    'Point to the smiley that shows how you feel in class.',
  ),
  q(
    'gevoel-10',
    'gevoel',
    SCHOOL,
    'Wijs het aan op de thermometer: hoe fijn voel jij je in de klas?',
    'Point to it on the thermometer: how good do you feel in class?',
  ),
  q(
    'gevoel-11',
    'gevoel',
    OLDER,
    'Wat geeft jou energie, en wat kost je veel energie?',
    'What gives you energy, and what takes a lot of energy?',
  ),

  // Interesses: hobbies, talents, clubs (the interesse-talenten-raster).
  q(
    'interesse-01',
    'interesses',
    ALL,
    'Wat speel je het liefst?',
    'What do you like playing most?',
  ),
  q(
    'interesse-02',
    'interesses',
    ALL,
    'Waar wil je meer over weten?',
    'What would you like to know more about?',
  ),
  q(
    'interesse-03',
    'interesses',
    ALL,
    'Wat doe je na school of in het weekend?',
    'What do you do after school or at the weekend?',
  ),
  q(
    'interesse-04',
    'interesses',
    SCHOOL,
    'Welk boek, spel of filmpje vond je de laatste tijd super?',
    'Which book, game or video have you loved lately?',
  ),
  q(
    'interesse-05',
    'interesses',
    SCHOOL,
    'Heb je een hobby of ga je naar een club? Wat leer je daar?',
    'Do you have a hobby or go to a club? What do you learn there?',
  ),
  q(
    'interesse-06',
    'interesses',
    OLDER,
    'Waar kun je uren mee bezig zijn zonder dat je het merkt?',
    'What can you spend hours on without noticing?',
  ),
  q(
    'interesse-07',
    'interesses',
    OLDER,
    'Welk talent zou je in de klas willen laten zien?',
    'Which talent would you like to show in class?',
  ),
  q(
    'interesse-08',
    'interesses',
    OLDER,
    'Als je een dag les mocht geven, waarover zou het gaan?',
    'If you could teach the class for a day, what would it be about?',
  ),
  q(
    'interesse-09',
    'interesses',
    YOUNG,
    'Wat is je lievelingsboek of lievelingsspel?',
    'What is your favourite book or game?',
  ),
  q(
    'interesse-10',
    'interesses',
    YOUNG,
    'Wat teken of bouw je het liefst?',
    'What do you like drawing or building most?',
  ),
  q(
    'interesse-11',
    'interesses',
    OLDER,
    'Wat doe je graag én goed? En wat doe je graag, maar lukt nog niet zo goed?',
    'What do you enjoy and are good at? And what do you enjoy but can’t do so well yet?',
  ),

  // Toekomst: next step, next month, next school.
  q(
    'toekomst-01',
    'toekomst',
    ALL,
    'Wat wil je worden als je groot bent?',
    'What do you want to be when you grow up?',
  ),
  q(
    'toekomst-02',
    'toekomst',
    SCHOOL,
    'Wat wil je volgende maand kunnen?',
    'What would you like to be able to do next month?',
  ),
  q('toekomst-03', 'toekomst', ALL, 'Waar kijk je naar uit?', 'What are you looking forward to?'),
  q(
    'toekomst-04',
    'toekomst',
    SCHOOL,
    'Wat wil je dit schooljaar nog leren?',
    'What would you still like to learn this school year?',
  ),
  q(
    'toekomst-05',
    'toekomst',
    SCHOOL,
    'Waar sta je nu, en waar wil je over een maand staan?',
    'Where are you now, and where do you want to be in a month?',
  ),
  q(
    'toekomst-06',
    'toekomst',
    TOP,
    'Hoe stel je je de school na de basisschool voor?',
    'How do you picture your school after primary school?',
  ),
  q(
    'toekomst-07',
    'toekomst',
    OLDER,
    'Wat wil je zeker meenemen naar volgend schooljaar?',
    'What do you definitely want to take with you into next school year?',
  ),
  q(
    'toekomst-08',
    'toekomst',
    OLDER,
    'Welk doel wil je samen met je ouders en je juf of meester afspreken?',
    'Which goal would you like to agree on with your parents and your teacher?',
  ),
  q(
    'toekomst-09',
    'toekomst',
    YOUNG,
    'Wat wil je morgen graag doen op school?',
    'What would you like to do at school tomorrow?',
  ),
  q(
    'toekomst-10',
    'toekomst',
    ALL,
    'Wat zou je graag eens willen proberen?',
    'What would you love to try one day?',
  ),
  q(
    'toekomst-11',
    'toekomst',
    OLDER,
    'Wat wil je later graag kunnen, en wat kun je daar nu al voor doen?',
    'What would you like to be able to do later, and what can you already do for it now?',
  ),
  q(
    'toekomst-12',
    'toekomst',
    KLEUTERS,
    'Wat wil je nog leren voor de zomervakantie?',
    'What would you like to learn before the summer holidays?',
  ),
];

/** The bank's questions for an age band, optionally of one category, in bank order. */
export function questionsFor(age: AgeBand, category?: QuestionCategory): BuiltInQuestion[] {
  return BUILT_IN_QUESTIONS.filter(
    (question) =>
      question.ages.includes(age) && (category === undefined || question.category === category),
  );
}

const byId = new Map(BUILT_IN_QUESTIONS.map((question) => [question.id, question]));

export function findBuiltInQuestion(id: string): BuiltInQuestion | undefined {
  return byId.get(id);
}
