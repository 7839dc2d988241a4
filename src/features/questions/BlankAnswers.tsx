import type { RoundRow } from '../../db';
import { useT } from '../../i18n';
import { PaperLines, PaperPart } from '../../ui/PaperPart';

/** On the blank invulblad: the round's questions with lines, and lines for a vragenpot question. */
export function BlankAnswers({ round }: { round: RoundRow }) {
  const t = useT();
  return (
    <>
      {round.tools.includes('questions') && round.questions.length > 0 ? (
        <PaperPart title={t('blankAnswers')}>
          <ol class="print-blank-questions">
            {round.questions.map((question) => (
              <li key={question.id}>
                <p>{question.text}</p>
                <PaperLines count={round.questions.length > 4 ? 2 : 3} />
              </li>
            ))}
          </ol>
        </PaperPart>
      ) : null}
      {round.tools.includes('vragenpot') ? (
        <PaperPart title={t('blankJar')}>
          <PaperLines count={3} />
        </PaperPart>
      ) : null}
    </>
  );
}

/** On the blank invulblad: lines for what the pupil wants to ask. */
export function BlankAsks() {
  const t = useT();
  return (
    <PaperPart title={t('blankAsk')}>
      <PaperLines count={2} />
    </PaperPart>
  );
}
