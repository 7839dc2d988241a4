/**
 * What each kind of conversation starts from, in Dutch and English:
 * - kom: the four core questions of the KOM-gesprek word for word (seeds/000), then Hattie's
 *   three feedback questions in growth language (seeds/004); the pupil's questions are in the
 *   first person, as the seeds write them, because they stand on the child's own sheet;
 * - kennismaking: questions for the pupil to introduce themselves, and the ten topics of the
 *   getting-to-know-you agenda with the pupil's, parents' and teacher's side of each (seeds/003);
 * - studiekeuze: the move to secondary school (seeds/001: interests and talents, Kies Raak!);
 * - own: empty, the teacher writes their own.
 * Parent questions are for parents preparing at home, optionally with their child (seeds/001,
 * 002: what do you see at home, what are your wishes, what do you want to ask).
 * Ids are stable and unique across all templates and the question bank.
 */
import type { AgendaTopic, Bilingual, ConversationKind, ConversationTemplate } from './model';

const t = (nl: string, en: string): Bilingual => ({ nl, en });
const question = (id: string, nl: string, en: string) => ({ id, text: t(nl, en) });

function topic(
  id: string,
  title: Bilingual,
  pupil: Bilingual,
  parent: Bilingual,
  teacher: Bilingual,
): AgendaTopic {
  return { id, title, pupil, parent, teacher };
}

const KOM: ConversationTemplate = {
  kind: 'kom',
  questions: [
    // The four core questions (seeds/000).
    question(
      'kom-learned',
      'Wat heb ik de voorbije periode geleerd?',
      'What have I learned lately?',
    ),
    question('kom-proud', 'Waar kan ik trots op zijn?', 'What can I be proud of?'),
    question('kom-work-on', 'Wat zijn mijn werkpunten?', 'What do I still need to work on?'),
    question(
      'kom-help',
      'Waar heb ik nog hulp nodig en waar kan ik die halen?',
      'Where do I still need help, and where can I get it?',
    ),
    // Hattie's three feedback questions, in growth language (seeds/004).
    question(
      'kom-goal',
      'Waar wil ik naartoe? Wat is mijn doel?',
      'Where am I heading? What is my goal?',
    ),
    question(
      'kom-how-far',
      'Hoe ver ben ik al? Wat heb ik al bereikt?',
      'How far have I got? What have I already achieved?',
    ),
    question(
      'kom-next-step',
      'Wat is mijn volgende stap, en wat heb ik daarvoor nodig?',
      'What is my next step, and what do I need for it?',
    ),
  ],
  agenda: [],
  parentQuestions: [
    question(
      'kom-parent-home',
      'Hoe gaat het thuis met uw kind? Wat merkt u thuis van wat het op school leert?',
      'How is your child doing at home? What do you notice at home of what they learn at school?',
    ),
    question(
      'kom-parent-proud',
      'Waar is uw kind trots op, denkt u? En waar bent u trots op?',
      'What do you think your child is proud of? And what are you proud of?',
    ),
    question(
      'kom-parent-talk',
      'Vertelt uw kind thuis over school? Waarover vooral?',
      'Does your child talk about school at home? What about, mostly?',
    ),
    question(
      'kom-parent-help',
      'Waarbij kan uw kind nog hulp gebruiken? Hoe helpt u thuis al?',
      'What could your child still use some help with? How do you already help at home?',
    ),
    question(
      'kom-parent-wish',
      'Wat wenst u voor uw kind in de komende periode?',
      'What do you wish for your child in the coming weeks?',
    ),
    question(
      'kom-parent-ask',
      'Wat wilt u graag vragen of vertellen in het gesprek?',
      'What would you like to ask or tell in the conversation?',
    ),
  ],
};

const KENNISMAKING: ConversationTemplate = {
  kind: 'kennismaking',
  questions: [
    question(
      'kennis-me',
      'Dit ben ik: wat wil ik over mezelf vertellen?',
      'This is me: what do I want to tell about myself?',
    ),
    question(
      'kennis-last-year',
      'Hoe was het vorig jaar, in mijn vorige klas of op mijn vorige school?',
      'What was last year like, in my old class or at my old school?',
    ),
    question(
      'kennis-looking-forward',
      'Waar kijk ik dit jaar naar uit?',
      'What am I looking forward to this year?',
    ),
    question(
      'kennis-like',
      'Wat doe ik graag, en waar ben ik goed in, op school en thuis?',
      'What do I like doing, and what am I good at, at school and at home?',
    ),
    question(
      'kennis-help-me',
      'Wat helpt mij om me fijn te voelen en goed te leren in de klas?',
      'What helps me feel good and learn well in class?',
    ),
    question(
      'kennis-teacher-know',
      'Wat moet mijn juf of meester zeker over mij weten?',
      'What should my teacher really know about me?',
    ),
  ],
  // The ten topics of seeds/003, in its order; each side in the words of its table.
  agenda: [
    topic(
      'kennis-introduction',
      t('Introductie en achtergrond', 'Introduction and background'),
      t('Vertelt over zichzelf en het gezin.', 'Tells about themselves and their family.'),
      t(
        'Vertellen over het gezin, werk en dergelijke.',
        'Tell about the family, their work and so on.',
      ),
      t(
        'Vertelt iets over zichzelf en zijn of haar ervaring op school.',
        'Tells something about themselves and their experience at school.',
      ),
    ),
    topic(
      'kennis-agenda',
      t('Gezamenlijke agenda', 'Shared agenda'),
      t(
        'Welke onderwerpen wil het kind graag bespreken?',
        'Which topics would the child like to discuss?',
      ),
      t(
        'Welke onderwerpen willen de ouders graag bespreken?',
        'Which topics would the parents like to discuss?',
      ),
      t(
        'Welke onderwerpen wil de leerkracht bespreken?',
        'Which topics does the teacher want to discuss?',
      ),
    ),
    topic(
      'kennis-transition',
      t('Overgang naar het nieuwe schooljaar', 'Moving up to the new school year'),
      t(
        'Hoe ging het vorig jaar of op de vorige school? Wat verwacht het kind van dit jaar?',
        'How did last year, or the previous school, go? What does the child expect of this year?',
      ),
      t(
        'Ervaringen en verwachtingen rond het contact met de leerkracht.',
        'Experiences and expectations of contact with the teacher.',
      ),
      t(
        'Wat is bijzonder aan dit schooljaar en aan deze leerkracht?',
        'What is special about this school year and this teacher?',
      ),
    ),
    topic(
      'kennis-expectations',
      t('Verwachtingen', 'Expectations'),
      t(
        'Wat verwacht het kind van dit jaar en van de leerkracht?',
        'What does the child expect of this year and of the teacher?',
      ),
      t(
        'Wat verwachten de ouders van de ontwikkeling en begeleiding van hun kind?',
        'What do the parents expect of their child’s development and support?',
      ),
      t(
        'Wat verwacht de leerkracht van de ontwikkeling en begeleiding van het kind?',
        'What does the teacher expect of the child’s development and support?',
      ),
    ),
    topic(
      'kennis-social',
      t('Plaats in de klas en sociale vaardigheden', 'Place in the class and social skills'),
      t(
        'Hoe gaat het met klasgenoten en de leerkracht? Druk, verlegen, snel afgeleid?',
        'How are things with classmates and the teacher? Lively, shy, easily distracted?',
      ),
      t(
        'Hoe zien ouders de plaats en het sociale gedrag van hun kind, ook in andere situaties?',
        'How do the parents see their child’s place and social behaviour, also in other situations?',
      ),
      t('Welke ondersteuning kan de leerkracht bieden?', 'What support can the teacher offer?'),
    ),
    topic(
      'kennis-support',
      t('Begeleiding thuis en op school', 'Support at home and at school'),
      t(
        'Praat het kind thuis over school? Vraagt het om steun?',
        'Does the child talk about school at home? Do they ask for support?',
      ),
      t('Hoe ondersteunen de ouders hun kind?', 'How do the parents support their child?'),
      t(
        'Wat verwacht school dit jaar van ouders thuis (samen praten, spelen, lezen)? Kan school daarbij helpen?',
        'What does school hope parents do at home this year (talking, playing, reading together)? Can school help?',
      ),
    ),
    topic(
      'kennis-routine',
      t('Dagritme', 'Daily routine'),
      t(
        'Hoe laat opstaan, ontbijt, naar school, wanneer huiswerk? Lukt het om op tijd te komen?',
        'Getting up, breakfast, leaving for school, homework: when? Is being on time going well?',
      ),
      t(
        'Hoe begeleiden ouders dit? Is er iemand thuis als het kind vertrekt en thuiskomt? Helpen anderen mee?',
        'How do the parents guide this? Is someone home when the child leaves and comes back? Do others help?',
      ),
      t(
        'Hoe kan de leerkracht hiermee rekening houden of helpen?',
        'How can the teacher take this into account or help?',
      ),
    ),
    topic(
      'kennis-interests',
      t('Interesses en ambities', 'Interests and ambitions'),
      t(
        'Wat zijn de hobby’s, interesses, talenten en clubs van het kind?',
        'What are the child’s hobbies, interests, talents and clubs?',
      ),
      t(
        'Hoe kijken ouders naar die interesses, en hoe moedigen ze die aan?',
        'How do the parents see these interests, and how do they encourage them?',
      ),
      t(
        'Hoe kan school de interesses en talenten ondersteunen, bijvoorbeeld met activiteiten na school?',
        'How can school support these interests and talents, for example with after-school activities?',
      ),
    ),
    topic(
      'kennis-particulars',
      t('Bijzonderheden', 'Things the teacher should know'),
      t(
        'Is er iets wat de leerkracht over het kind moet weten?',
        'Is there anything the teacher should know about the child?',
      ),
      t(
        'Gezondheid, thuissituatie, eerdere schooljaren, hulp van buiten school: wat moet de leerkracht weten?',
        'Health, home situation, earlier school years, help from outside school: what should the teacher know?',
      ),
      t('Heeft de leerkracht vragen?', 'Does the teacher have any questions?'),
    ),
    topic(
      'kennis-closing',
      t('Afronding', 'Closing'),
      t(
        'Wil het kind nog iets vragen of vertellen?',
        'Does the child want to ask or tell anything else?',
      ),
      t(
        'Zijn er nog andere onderwerpen? Wie houdt contact met school? Kloppen telefoonnummers en e-mailadressen?',
        'Any other topics? Who keeps in touch with school? Are the phone numbers and e-mail addresses right?',
      ),
      t(
        'Afspraken over hoe en wanneer ouders en leerkracht contact met elkaar opnemen.',
        'Agreements on how and when parents and teacher get in touch with each other.',
      ),
    ),
  ],
  parentQuestions: [
    question(
      'kennis-parent-child',
      'Wat wilt u de leerkracht vertellen over uw kind en uw gezin?',
      'What would you like to tell the teacher about your child and your family?',
    ),
    question(
      'kennis-parent-last-year',
      'Hoe ging het vorig schooljaar? Wat wilt u daarvan meegeven?',
      'How did last school year go? What would you like to pass on from it?',
    ),
    question(
      'kennis-parent-expect',
      'Wat verwacht u van dit schooljaar, voor uw kind en van de leerkracht?',
      'What do you expect of this school year, for your child and of the teacher?',
    ),
    question(
      'kennis-parent-home',
      'Hoe ziet een gewone schooldag er thuis uit, van opstaan tot slapengaan?',
      'What does an ordinary school day look like at home, from getting up to bedtime?',
    ),
    question(
      'kennis-parent-interests',
      'Wat doet uw kind graag buiten school, en hoe moedigt u dat aan?',
      'What does your child like doing outside school, and how do you encourage it?',
    ),
    question(
      'kennis-parent-contact',
      'Wie houdt contact met school, en hoe en wanneer doet u dat het liefst?',
      'Who keeps in touch with school, and how and when would you prefer to do it?',
    ),
  ],
};

const STUDIEKEUZE: ConversationTemplate = {
  kind: 'studiekeuze',
  questions: [
    question(
      'studie-interests',
      'Wat vind ik interessant? Waar word ik nieuwsgierig van?',
      'What do I find interesting? What makes me curious?',
    ),
    question(
      'studie-talents',
      'Waar ben ik goed in, op school en daarbuiten?',
      'What am I good at, at school and outside it?',
    ),
    question(
      'studie-learn',
      'Hoe leer ik het liefst: met mijn hoofd, met mijn handen, samen met anderen?',
      'How do I like to learn best: with my head, with my hands, together with others?',
    ),
    question(
      'studie-subjects',
      'Welke lessen gaan me goed af, en wat vind ik nog moeilijk?',
      'Which lessons go well for me, and what do I still find hard?',
    ),
    question(
      'studie-school',
      'Wat voor school past bij mij na de basisschool? Wat wil ik daar leren?',
      'What kind of school suits me after primary school? What do I want to learn there?',
    ),
    question(
      'studie-worries',
      'Waar kijk ik naar uit en waar maak ik me zorgen over, als ik aan mijn nieuwe school denk?',
      'What am I looking forward to and what do I worry about when I think of my new school?',
    ),
    question(
      'studie-need',
      'Wat heb ik nodig om een goede keuze te maken, en wie kan me daarbij helpen?',
      'What do I need to make a good choice, and who can help me with it?',
    ),
  ],
  agenda: [],
  parentQuestions: [
    question(
      'studie-parent-strengths',
      'Waar ziet u de sterke kanten van uw kind?',
      'Where do you see your child’s strengths?',
    ),
    question(
      'studie-parent-interests',
      'Welke interesses ziet u thuis en in de vrije tijd?',
      'Which interests do you see at home and in free time?',
    ),
    question(
      'studie-parent-learning',
      'Hoe leert en werkt uw kind thuis: zelfstandig, met hulp, liefst met de handen?',
      'How does your child learn and work at home: on their own, with help, preferably hands-on?',
    ),
    question(
      'studie-parent-school',
      'Welke scholen hebben jullie al bekeken of bezocht?',
      'Which schools have you already looked at or visited?',
    ),
    question(
      'studie-parent-worries',
      'Waar kijkt u naar uit, en waar maakt u zich zorgen over bij de overstap?',
      'What are you looking forward to, and what worries you about the move?',
    ),
    question(
      'studie-parent-ask',
      'Wat wilt u in het gesprek zeker vragen?',
      'What do you definitely want to ask in the conversation?',
    ),
  ],
};

const OWN: ConversationTemplate = { kind: 'own', questions: [], agenda: [], parentQuestions: [] };

export const TEMPLATES: Record<ConversationKind, ConversationTemplate> = {
  kom: KOM,
  kennismaking: KENNISMAKING,
  studiekeuze: STUDIEKEUZE,
  own: OWN,
};

export function templateFor(kind: ConversationKind): ConversationTemplate {
  return TEMPLATES[kind];
}
