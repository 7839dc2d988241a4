import { useState } from 'preact/hooks';
import { checkTeacherCode } from '../access';
import { useT } from '../../i18n';
import { CodeInput } from '../../ui/CodeInput';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { runAction } from '../../app/action';

/** The teacher code, asked for every time the teacher screens are opened or have locked. */
export function TeacherGate() {
  const t = useT();
  const { setTeacherUnlocked } = useAppState();
  const [code, setCode] = useState('');
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setChecking(true);
    const ok = await checkTeacherCode(code);
    setChecking(false);
    if (ok) {
      setTeacherUnlocked(true);
      return;
    }
    setWrong(true);
    setCode('');
  }

  return (
    <main class="screen teacher-gate">
      <h1>{t('teacherLockTitle')}</h1>
      <form class="card" onSubmit={(event) => runAction(() => submit(event))}>
        <CodeInput
          id="teacher-code"
          label={t('teacherCodeLabel')}
          autocomplete="off"
          value={code}
          invalid={wrong}
          describedBy="teacher-code-error"
          onChange={setCode}
        />
        <p id="teacher-code-error" role="alert" class="field-error">
          {wrong ? t('teacherCodeWrong') : ''}
        </p>
        <div class="actions">
          <button
            type="submit"
            class="button button--primary"
            disabled={checking || code.length < 4}
          >
            {t('teacherOpen')}
          </button>
          <a class="button" href={paths.start}>
            {t('back')}
          </a>
          <a class="button" href={paths.reset}>
            {t('teacherForgot')}
          </a>
        </div>
      </form>
    </main>
  );
}
