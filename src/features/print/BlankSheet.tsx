import { CIRCLE_NAMES } from '../circles';
import { useT } from '../../i18n';
import { SmileyFace } from '../../ui/SmileyScale';
import { TopicPicture } from '../../ui/drawings/topic-pictures';
import type { BlankSheetModel } from './print-model';
import { Lines, RoundLine } from './PrintParts';
import { BlankBack, Part, Side } from './SheetSide';

/** Three faces for kleuters (sad, so-so, happy), five for the others, as on the tablet. */
const MOODS = { 'three-steps': [0, 2, 4], other: [0, 1, 2, 3, 4] } as const;

/**
 * The blank invulblad: the round's own questions with lines to write on, its topics with faces
 * to colour, now and in a month, and the three circles to write or draw in; only the parts the
 * round uses. For a pupil who did not prepare on the tablet, to fill in at home or in class.
 */
export function BlankSheet({ sheet, className }: { sheet: BlankSheetModel; className: string }) {
  const t = useT();
  const { round, pupil } = sheet;
  const uses = (tool: (typeof round.tools)[number]) => round.tools.includes(tool);
  const moods = round.scale === 'three-steps' ? MOODS['three-steps'] : MOODS.other;
  return (
    <article class="print-sheet print-sheet--blank" aria-label={pupil?.firstName ?? t('blankName')}>
      <Side kind="front">
        <header class="print-head">
          <div class="print-draw-me">{t('blankDrawMe')}</div>
          <div>
            <p class="print-kicker">{t('sheetMine')}</p>
            {pupil ? (
              <h2 class="print-name">{pupil.firstName}</h2>
            ) : (
              <h2 class="print-name print-name-line">{t('blankName')}:</h2>
            )}
            <RoundLine className={className} round={round} slot={sheet.slot} />
          </div>
        </header>
        {uses('portfolio') ? (
          <Part title={t('sheetProud')}>
            <div class="print-draw-box" />
          </Part>
        ) : null}
        {uses('questions') && round.questions.length > 0 ? (
          <Part title={t('blankAnswers')}>
            <ol class="print-blank-questions">
              {round.questions.map((question) => (
                <li key={question.id}>
                  <p>{question.text}</p>
                  <Lines count={round.questions.length > 4 ? 2 : 3} />
                </li>
              ))}
            </ol>
          </Part>
        ) : null}
        {uses('vragenpot') ? (
          <Part title={t('blankJar')}>
            <Lines count={3} />
          </Part>
        ) : null}
        <Part title={t('blankAsk')}>
          <Lines count={2} />
        </Part>
      </Side>
      <Side kind="back">
        {(uses('ratings') || uses('spinnenweb')) && round.topics.length > 0 ? (
          <Part title={t('blankRatings')}>
            <table class="print-table print-colour-faces">
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('blankNow')}</th>
                  <th scope="col">{t('blankMonth')}</th>
                </tr>
              </thead>
              <tbody>
                {round.topics.map((topic) => (
                  <tr key={topic.id}>
                    <th scope="row">
                      <TopicPicture topicId={topic.id} size={32} /> {topic.label}
                    </th>
                    {['now', 'month'].map((when) => (
                      <td key={when}>
                        {moods.map((mood) => (
                          <SmileyFace key={mood} mood={mood} size={30} uncoloured />
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Part>
        ) : null}
        {uses('circles') ? (
          <Part title={t('sheetCircles')}>
            <p class="print-hint">{t('blankCircles')}</p>
            <div class="print-empty-circles">
              {(['home', 'me', 'school'] as const).map((circle) => (
                <div key={circle} class={`print-empty-circle circle--${circle}`}>
                  {t(CIRCLE_NAMES[circle])}
                </div>
              ))}
            </div>
          </Part>
        ) : null}
        {uses('goals') ? (
          <Part title={t('sheetGoals')}>
            <h4>{t('blankGoal')}</h4>
            <Lines count={2} />
            <h4>{t('blankHelp')}</h4>
            <Lines count={2} />
          </Part>
        ) : null}
      </Side>
      <BlankBack />
    </article>
  );
}
