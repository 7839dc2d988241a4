import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useLive, type RoundRow } from '../../db';
import { useT } from '../../i18n';
import { useAutosave } from '../../app/autosave';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { getRound, updateRound } from './rounds-repo';
import { roundProblems, settingsOf, type RoundSettings } from './round-rules';
import { PROBLEM_MESSAGES } from './problems';
import { BasicsFields } from './BasicsFields';
import { ToolsFields } from './ToolsFields';
import { TopicsEditor } from './TopicsEditor';
import { QuestionListEditor } from './QuestionListEditor';
import { JarEditor } from './JarEditor';
import { SlotsEditor } from './SlotsEditor';
import { AgendaView } from './AgendaView';
import { RoundStatusBar } from './RoundStatusBar';

/**
 * Everything a round asks of the pupils, on one page in sections. Each change is saved a moment
 * later when the round is valid; when it is not, the problems are listed and nothing is saved.
 */
export function RoundEditor({ children }: { children?: ComponentChildren }) {
  const { params } = useRoute();
  const roundId = params['roundId'] ?? '';
  const round = useLive(async () => (await getRound(roundId)) ?? null, [roundId]);
  if (round === undefined) return null;
  if (round === null) return <TeacherHeader title="" back={paths.teacher} />;
  // The form is a draft loaded once, so its own saves and a write elsewhere never replace what
  // is being typed; opening or closing the round (here or by opening another) starts it again
  // from what is stored (everything was saved before).
  return (
    <LoadedRoundEditor key={`${round.id}:${round.status}`} initial={round}>
      {children}
    </LoadedRoundEditor>
  );
}

function LoadedRoundEditor(props: {
  initial: RoundRow;
  /** What other features show about the round, under its status (who can hear its texts). */
  children?: ComponentChildren;
}) {
  const { initial } = props;
  const t = useT();
  const [round, setRound] = useState(initial);
  const settings = useMemo(() => settingsOf(round), [round]);
  const problems = useMemo(() => roundProblems(settings), [settings]);
  const saveState = useAutosave(
    settings,
    (value) => updateRound(round.id, value).then(() => undefined),
    {
      shouldSave: problems.length === 0,
    },
  );
  const change = (patch: Partial<RoundSettings>) =>
    setRound((current) => ({ ...current, ...patch }));

  return (
    <main class="screen teacher-screen round-editor">
      <TeacherHeader title={t('roundEdit', { title: initial.title })} back={paths.teacher} />
      <RoundStatusBar round={round} problems={problems} saveState={saveState} />
      {problems.length > 0 ? (
        <div class="message message--warn" role="alert">
          <p>{t('notSavedYet')}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{t(PROBLEM_MESSAGES[problem])}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.children}
      <BasicsFields round={round} onChange={change} />
      <ToolsFields round={round} onChange={change} />
      <TopicsEditor round={round} onChange={change} />
      <QuestionListEditor
        title={t('questionsTitle')}
        idPrefix="question"
        questions={round.questions}
        onChange={(questions) => change({ questions })}
      />
      {round.agenda.length > 0 ? <AgendaView agenda={round.agenda} /> : null}
      {round.tools.includes('vragenpot') ? <JarEditor round={round} onChange={change} /> : null}
      {round.tools.includes('parentQuestions') ? (
        <QuestionListEditor
          title={t('parentQuestionsTitle')}
          idPrefix="parent-question"
          questions={round.parentQuestions}
          onChange={(parentQuestions) => change({ parentQuestions })}
        />
      ) : null}
      <SlotsEditor round={round} />
    </main>
  );
}
