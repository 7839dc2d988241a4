import { EraseForm } from '../backup';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';

/**
 * A forgotten teacher code. There is no back door that keeps data: the only way on is to erase
 * this tablet's Praatpapier data, after ticking a box and typing a word.
 */
export default function ResetScreen() {
  const t = useT();
  return (
    <main class="screen reset-screen">
      <h1>{t('resetTitle')}</h1>
      <EraseForm
        id="reset-word"
        class="card"
        understand="resetUnderstand"
        confirm="resetConfirm"
        cancel={
          <a class="button" href={paths.start}>
            {t('cancel')}
          </a>
        }
      >
        <p>{t('resetText')}</p>
      </EraseForm>
    </main>
  );
}
