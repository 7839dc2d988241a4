/**
 * The built-in vragenpot: questions for children, by category and age band, in Dutch and
 * English. Deeper than "what did you learn?", concrete rather than abstract, in growth
 * language ("nog niet"), never a test (seeds 001 and 004). Ids are stable: a teacher's hidden
 * question stays hidden after an update, so never reuse or renumber an id.
 */
import type { AgeBand, BuiltInQuestion, QuestionCategory } from './model';

const ALL: readonly AgeBand[] = ['kleuters', 'onderbouw', 'middenbouw', 'bovenbouw'];
const SCHOOL: readonly AgeBand[] = ['onderbouw', 'middenbouw', 'bovenbouw'];
const OLDER: readonly AgeBand[] = ['middenbouw', 'bovenbouw'];

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
  q(
    'leren-01',
    'leren',
    ALL,
    'Wat kun je nu wat je eerst nog niet kon?',
    'What can you do now that you could not do before?',
  ),
  q('leren-02', 'leren', ALL, 'Wat vond je leuk om te leren?', 'What did you enjoy learning?'),
  q(
    'leren-03',
    'leren',
    ALL,
    'Laat eens iets zien wat je hebt gemaakt. Hoe heb je dat gedaan?',
    'Show something you made. How did you do it?',
  ),
  q(
    'leren-04',
    'leren',
    SCHOOL,
    'Wat heb je deze weken geleerd dat je thuis ook gebruikt?',
    'What did you learn these weeks that you also use at home?',
  ),
  q(
    'leren-05',
    'leren',
    SCHOOL,
    'Hoe leer jij het best: door te kijken, te luisteren of te doen?',
    'How do you learn best: by watching, listening or doing?',
  ),
  q(
    'leren-06',
    'leren',
    OLDER,
    'Wat was eerst moeilijk en gaat nu beter? Hoe komt dat?',
    'What was hard at first and goes better now? Why is that?',
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
    OLDER,
    'Wat zou je aan een jonger kind willen uitleggen?',
    'What would you like to explain to a younger child?',
  ),

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
    SCHOOL,
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
    OLDER,
    'Waar zijn anderen trots op jou, denk je?',
    'What do you think others are proud of in you?',
  ),
  q(
    'trots-07',
    'trots',
    OLDER,
    'Wat kun jij goed wat niet iedereen weet?',
    'What are you good at that not everyone knows?',
  ),
  q(
    'trots-08',
    'trots',
    OLDER,
    'Welk moment van de laatste weken zou je nog eens willen beleven?',
    'Which moment of the last weeks would you like to live again?',
  ),

  q(
    'werk-01',
    'werkpunten',
    ALL,
    'Wat kun je nog niet, maar wil je graag leren?',
    'What can you not do yet, but would like to learn?',
  ),
  q('werk-02', 'werkpunten', ALL, 'Wat vind je nog moeilijk?', 'What do you still find hard?'),
  q(
    'werk-03',
    'werkpunten',
    ALL,
    'Wat wil je de volgende keer anders doen?',
    'What do you want to do differently next time?',
  ),
  q(
    'werk-04',
    'werkpunten',
    SCHOOL,
    'Bij welk vak zou je nog een stapje verder willen komen?',
    'In which subject would you like to go one step further?',
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
    'Wanneer lukt opletten je nog niet zo goed? Wat zou helpen?',
    'When is paying attention still hard for you? What would help?',
  ),
  q(
    'werk-07',
    'werkpunten',
    OLDER,
    'Wat stel je soms uit? Hoe zou je het toch kunnen beginnen?',
    'What do you sometimes put off? How could you still start it?',
  ),
  q(
    'werk-08',
    'werkpunten',
    OLDER,
    'Hoe weet je straks dat je beter bent geworden?',
    'How will you know later that you have got better?',
  ),

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
    ALL,
    'Hoe laat je merken dat je hulp nodig hebt?',
    'How do you show that you need help?',
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
    'Which child in class can you easily ask a question?',
  ),
  q(
    'hulp-06',
    'hulp',
    OLDER,
    'Heb je meer uitleg, meer oefening of ander materiaal nodig? Waarvoor?',
    'Do you need more explanation, more practice or other material? For what?',
  ),
  q(
    'hulp-07',
    'hulp',
    OLDER,
    'Wat probeer je eerst zelf voordat je hulp vraagt?',
    'What do you try yourself first before you ask for help?',
  ),
  q(
    'hulp-08',
    'hulp',
    OLDER,
    'Wanneer help jij een ander kind? Wat leer je daarvan?',
    'When do you help another child? What do you learn from it?',
  ),

  q('klas-01', 'klas', ALL, 'Met wie speel je graag?', 'Who do you like to play with?'),
  q('klas-02', 'klas', ALL, 'Wat maakt jou blij in de klas?', 'What makes you happy in class?'),
  q(
    'klas-03',
    'klas',
    ALL,
    'Wat doe je als iemand alleen staat op de speelplaats?',
    'What do you do when someone is on their own in the playground?',
  ),
  q(
    'klas-04',
    'klas',
    SCHOOL,
    'Met wie werk je graag samen? Waarom?',
    'Who do you like to work with? Why?',
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
    'Wat doe jij om ruzie op te lossen?',
    'What do you do to sort out an argument?',
  ),
  q(
    'klas-07',
    'klas',
    OLDER,
    'Wat zouden je klasgenoten over jou zeggen?',
    'What would your classmates say about you?',
  ),
  q(
    'klas-08',
    'klas',
    OLDER,
    'Wat zou je in de klas willen veranderen als het mocht?',
    'What would you change in class if you could?',
  ),

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
    'How does your day start: getting up, breakfast, going to school?',
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
    'Wat wil je dat ik aan je ouders vertel, en wat liever niet?',
    'What do you want me to tell your parents, and what would you rather I did not?',
  ),
  q(
    'thuis-06',
    'thuis',
    OLDER,
    'Wat weten je ouders nog niet over hoe het op school gaat?',
    'What do your parents not know yet about how school is going?',
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
    'Which question do you want to ask your parents in the conversation?',
  ),

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
    'Is er iets wat je graag eens zou willen vertellen, maar nog niet hebt gedaan?',
    'Is there something you would like to tell, but have not yet?',
  ),
  q(
    'gevoel-08',
    'gevoel',
    OLDER,
    'Welk weer is het vandaag in jouw hoofd? Waarom?',
    'What is the weather like in your head today? Why?',
  ),

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
    'Which book, game or video did you love lately?',
  ),
  q(
    'interesse-05',
    'interesses',
    SCHOOL,
    'Zit je op een club of hobby? Wat leer je daar?',
    'Do you go to a club or have a hobby? What do you learn there?',
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
    'If you could teach for a day, what would it be about?',
  ),

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
    ALL,
    'Wat wil je volgende maand kunnen?',
    'What do you want to be able to do next month?',
  ),
  q('toekomst-03', 'toekomst', ALL, 'Waar kijk je naar uit?', 'What are you looking forward to?'),
  q(
    'toekomst-04',
    'toekomst',
    SCHOOL,
    'Wat wil je dit schooljaar nog leren?',
    'What do you still want to learn this school year?',
  ),
  q(
    'toekomst-05',
    'toekomst',
    SCHOOL,
    'Waar wil je over een maand staan? Wat is je eerste stap?',
    'Where do you want to be in a month? What is your first step?',
  ),
  q(
    'toekomst-06',
    'toekomst',
    OLDER,
    'Hoe stel je je je volgende school voor?',
    'How do you picture your next school?',
  ),
  q(
    'toekomst-07',
    'toekomst',
    OLDER,
    'Wat wil je zeker meenemen naar volgend jaar?',
    'What do you certainly want to take with you to next year?',
  ),
  q(
    'toekomst-08',
    'toekomst',
    OLDER,
    'Welk doel wil je samen met je ouders en juf of meester afspreken?',
    'Which goal do you want to agree on with your parents and teacher?',
  ),
];

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
