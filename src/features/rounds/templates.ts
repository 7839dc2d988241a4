/**
 * What each kind of conversation starts from, in Dutch and English: the questions every pupil
 * answers, the getting-to-know-you agenda with the pupil's, parents' and teacher's side of each
 * topic (seeds/003), and questions for parents to prepare at home (seeds/001, 002, 004).
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

/** The four core questions of the KOM-gesprek (seeds/000, 004), then Hattie's three in growth language. */
const KOM: ConversationTemplate = {
  kind: 'kom',
  questions: [
    question(
      'kom-learned',
      'Wat heb ik de voorbije weken geleerd?',
      'What did I learn in the last few weeks?',
    ),
    question('kom-proud', 'Waar ben ik trots op?', 'What am I proud of?'),
    question('kom-work-on', 'Wat zijn mijn werkpunten?', 'What do I still need to work on?'),
    question(
      'kom-help',
      'Waar heb ik nog hulp nodig, en wie kan me helpen?',
      'Where do I still need help, and who can help me?',
    ),
    question('kom-goal', 'Waar wil ik naartoe?', 'Where am I going?'),
    question('kom-how-far', 'Hoe ver ben ik al?', 'How far have I got?'),
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
      'Wat merkt u thuis van wat uw kind op school leert?',
      'What do you notice at home of what your child learns at school?',
    ),
    question(
      'kom-parent-proud',
      'Waar is uw kind trots op, denkt u? En waar bent u trots op?',
      'What do you think your child is proud of? And what are you proud of?',
    ),
    question(
      'kom-parent-talk',
      'Vertelt uw kind thuis over school? Waarover vooral?',
      'Does your child talk about school at home? Mostly about what?',
    ),
    question(
      'kom-parent-help',
      'Waarbij kan uw kind thuis of op school nog hulp gebruiken?',
      'Where could your child use some help, at home or at school?',
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
      'Hoe was het vorig jaar in de klas?',
      'What was it like in class last year?',
    ),
    question(
      'kennis-looking-forward',
      'Waar kijk ik dit jaar naar uit?',
      'What am I looking forward to this year?',
    ),
    question(
      'kennis-like',
      'Wat doe ik graag, op school en thuis?',
      'What do I like doing, at school and at home?',
    ),
    question(
      'kennis-teacher-know',
      'Wat moet mijn juf of meester zeker over mij weten?',
      'What should my teacher certainly know about me?',
    ),
  ],
  agenda: [
    topic(
      'kennis-introduction',
      t('Introductie en achtergrond', 'Introduction and background'),
      t(
        'Vertelt iets over zichzelf en over school.',
        'Tells something about themselves and about school.',
      ),
      t(
        'Vertellen over het gezin, werk en dergelijke.',
        'Tell about the family, work and the like.',
      ),
      t(
        'Vertelt iets over zichzelf en zijn of haar ervaring op school.',
        'Tells something about themselves and their experience at school.',
      ),
    ),
    topic(
      'kennis-agenda',
      t('Gezamenlijke agenda', 'Shared agenda'),
      t('Welke onderwerpen wil ik graag bespreken?', 'Which topics would I like to discuss?'),
      t(
        'Welke onderwerpen willen ouders graag bespreken?',
        'Which topics would the parents like to discuss?',
      ),
      t(
        'Welke onderwerpen wil de leerkracht bespreken?',
        'Which topics does the teacher want to discuss?',
      ),
    ),
    topic(
      'kennis-transition',
      t('Overgang naar dit leerjaar', 'Moving up to this year'),
      t(
        'Ervaringen van vorig jaar of een andere school, en verwachtingen voor dit jaar.',
        'Experiences of last year or another school, and expectations for this year.',
      ),
      t(
        'Ervaringen en verwachtingen rond het contact met de leerkracht.',
        'Experiences and expectations of contact with the teacher.',
      ),
      t(
        'Wat er bijzonder is aan dit leerjaar en aan deze leerkracht.',
        'What is special about this year and this teacher.',
      ),
    ),
    topic(
      'kennis-expectations',
      t('Verwachtingen', 'Expectations'),
      t('Wat verwacht ik van dit jaar?', 'What do I expect of this year?'),
      t(
        'Wat verwachten ouders van de ontwikkeling en begeleiding?',
        'What do the parents expect of the development and support?',
      ),
      t(
        'Wat verwacht de leerkracht, en wat mag je van de leerkracht verwachten?',
        'What does the teacher expect, and what can you expect of the teacher?',
      ),
    ),
    topic(
      'kennis-social',
      t('Plaats in de klas en sociale vaardigheden', 'Place in class and social skills'),
      t(
        'Met wie speel en werk ik? Hoe gaat het met klasgenoten en de leerkracht?',
        'Who do I play and work with? How is it going with classmates and the teacher?',
      ),
      t(
        'Hoe zien ouders het kind bij anderen, ook buiten school?',
        'How do the parents see their child with others, also outside school?',
      ),
      t('Welke ondersteuning kan de leerkracht bieden?', 'What support can the teacher offer?'),
    ),
    topic(
      'kennis-support',
      t('Steun thuis en op school', 'Support at home and at school'),
      t(
        'Praat ik thuis over school? Vraag ik om hulp?',
        'Do I talk about school at home? Do I ask for help?',
      ),
      t(
        'Hoe ondersteunen ouders hun kind thuis?',
        'How do the parents support their child at home?',
      ),
      t(
        'Wat verwacht school thuis (samen praten, spelen, lezen)? Hoe kan school daarbij helpen?',
        'What does school hope for at home (talking, playing, reading together)? How can school help?',
      ),
    ),
    topic(
      'kennis-routine',
      t('Dagritme', 'Daily routine'),
      t(
        'Hoe laat sta ik op, ontbijt ik, wanneer maak ik huiswerk? Lukt het op tijd te komen?',
        'When do I get up, have breakfast, do homework? Do I manage to be on time?',
      ),
      t(
        'Hoe begeleiden ouders dit? Wie is er thuis als het kind vertrekt of thuiskomt?',
        'How do the parents guide this? Who is at home when the child leaves or comes home?',
      ),
      t(
        'Hoe kan de leerkracht hier rekening mee houden of helpen?',
        'How can the teacher take this into account or help?',
      ),
    ),
    topic(
      'kennis-interests',
      t('Interesses en ambities', 'Interests and ambitions'),
      t(
        'Wat zijn mijn hobby’s, interesses, talenten en clubs?',
        'What are my hobbies, interests, talents and clubs?',
      ),
      t(
        'Hoe kijken ouders naar die interesses, en hoe moedigen ze ze aan?',
        'How do the parents see these interests, and how do they encourage them?',
      ),
      t(
        'Hoe kan school interesses en talenten steunen?',
        'How can school support interests and talents?',
      ),
    ),
    topic(
      'kennis-particulars',
      t('Bijzonderheden', 'Things to know'),
      t(
        'Is er iets wat de leerkracht over mij moet weten?',
        'Is there something the teacher should know about me?',
      ),
      t(
        'Gezondheid, thuissituatie, eerdere jaren: wat moet de leerkracht weten?',
        'Health, home situation, earlier years: what should the teacher know?',
      ),
      t('Heeft de leerkracht vragen?', 'Does the teacher have questions?'),
    ),
    topic(
      'kennis-closing',
      t('Afronding', 'Closing'),
      t('Wil ik nog iets vragen of vertellen?', 'Do I want to ask or tell anything else?'),
      t(
        'Hoe en wanneer nemen ouders contact op? Kloppen telefoonnummer en e-mail?',
        'How and when do the parents get in touch? Are phone number and e-mail right?',
      ),
      t('Afspraken over contact: hoe en wanneer.', 'Agreements about contact: how and when.'),
    ),
  ],
  parentQuestions: [
    question(
      'kennis-parent-child',
      'Wat wilt u ons vertellen over uw kind?',
      'What would you like to tell us about your child?',
    ),
    question(
      'kennis-parent-last-year',
      'Hoe ging het vorig jaar? Wat nemen jullie mee?',
      'How did last year go? What do you take with you?',
    ),
    question(
      'kennis-parent-expect',
      'Wat verwacht u van dit schooljaar?',
      'What do you expect of this school year?',
    ),
    question(
      'kennis-parent-home',
      'Hoe ziet een gewone schooldag er thuis uit?',
      'What does an ordinary school day look like at home?',
    ),
    question(
      'kennis-parent-contact',
      'Hoe wilt u het liefst contact met school: wanneer en hoe?',
      'How would you prefer to be in touch with school: when and how?',
    ),
  ],
};

/** The choice of secondary school (seeds/001). */
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
      'Hoe leer ik het liefst: met mijn hoofd, met mijn handen, samen?',
      'How do I like to learn best: with my head, with my hands, together?',
    ),
    question(
      'studie-school',
      'Wat voor school past bij mij? Wat wil ik daar leren?',
      'What kind of school suits me? What do I want to learn there?',
    ),
    question(
      'studie-worries',
      'Waar maak ik me zorgen over, als ik aan de nieuwe school denk?',
      'What do I worry about when I think of the new school?',
    ),
    question(
      'studie-need',
      'Wat heb ik nodig om een goede keuze te maken?',
      'What do I need to make a good choice?',
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
      'studie-parent-school',
      'Welke scholen of richtingen hebben jullie al bekeken?',
      'Which schools or courses have you already looked at?',
    ),
    question(
      'studie-parent-worries',
      'Waar maakt u zich zorgen over bij de overstap?',
      'What worries you about the move?',
    ),
    question(
      'studie-parent-ask',
      'Wat wilt u in het gesprek zeker vragen?',
      'What do you certainly want to ask in the conversation?',
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
