import { useRoute } from 'preact-iso';
import { TEXT_LIMITS, useLive, type AgreementRow, type PupilRow, type RoundRow } from '../../db';
import { pupilInRound } from '../rounds';
import { useT } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { ChoicePictures } from '../../ui/ChoicePictures';
import { TextField } from '../../ui/TextField';
import { SaveStatus } from '../../ui/SaveStatus';
import {
  AGREEMENT_WHO,
  agreementsOf,
  lookBackFor,
  MAX_AGREEMENTS,
  newAgreement,
  saveAgreements,
  type LookBack,
} from './agreements-repo';
import { LookBackList } from './LookBackList';
import { WHO_PICTURES, whoName } from './who';

type Form = Pick<AgreementRow, 'items' | 'tops' | 'tips' | 'notes'>;

interface Loaded {
  pupil: PupilRow;
  round: RoundRow;
  row: AgreementRow;
  lookBack?: LookBack;
}

/** After the talk: who does what by when, and the pupil's tops and tips. Autosaved. */
export function AgreementsScreen() {
  const t = useT();
  const { params } = useRoute();
  const data = useLive(async (): Promise<Loaded | null> => {
    const found = await pupilInRound(params.pupilId ?? '', params.roundId ?? '');
    if (!found) return null;
    const { pupil, round } = found;
    const [row, lookBack] = await Promise.all([
      agreementsOf(round.id, pupil.id),
      lookBackFor(pupil.id, round),
    ]);
    return { pupil, round, row, lookBack };
  }, [params.pupilId, params.roundId]);

  if (data === undefined) return null;
  if (data === null)
    return (
      <main class="screen teacher-screen">
        <TeacherHeader title={t('notFound')} back={paths.teacherOverview} />
      </main>
    );
  // The form is a draft loaded once: a write elsewhere never replaces what is being typed.
  return <AgreementsForm key={`${data.round.id}:${data.pupil.id}`} {...data} />;
}

function AgreementsForm({ pupil, round, row, lookBack }: Loaded) {
  const t = useT();
  const [form, setForm, state] = useAutosavedState<Form>(
    { items: row.items, tops: row.tops, tips: row.tips, notes: row.notes },
    (value) => saveAgreements(round.id, pupil.id, value),
    { journalKey: `agreements:${round.id}:${pupil.id}` },
  );
  const setItem = (index: number, change: Partial<Form['items'][number]>) =>
    setForm((before) => ({
      ...before,
      items: before.items.map((item, at) => (at === index ? { ...item, ...change } : item)),
    }));

  return (
    <main class="screen teacher-screen">
      <TeacherHeader
        title={t('agreementsTitle', { name: pupil.firstName })}
        back={paths.teacherOverview}
      />
      {lookBack ? (
        <section class="card" aria-labelledby="look-back-title">
          <h2 id="look-back-title">{t('agreementsLookBack', { title: lookBack.round.title })}</h2>
          <LookBackList items={lookBack.row.items} pupilName={pupil.firstName} />
        </section>
      ) : null}
      <section class="card" aria-labelledby="agreements-title">
        <h2 id="agreements-title">{t('sheetAgreements')}</h2>
        <p class="hint">{t('agreementsHint')}</p>
        <ol class="agreement-list">
          {form.items.map((item, index) => {
            const number = index + 1;
            return (
              <li key={item.id}>
                <fieldset class="agreement">
                  <legend>{t('agreementNumber', { number })}</legend>
                  <ChoicePictures
                    compact
                    label={`${t('agreementNumber', { number })}: ${t('agreementWho')}`}
                    value={item.who}
                    onChange={(who) => setItem(index, { who })}
                    options={AGREEMENT_WHO.map((who) => ({
                      value: who,
                      name: whoName(t, who, pupil.firstName),
                      picture: WHO_PICTURES[who],
                    }))}
                  />
                  <TextField
                    label={t('agreementWhat')}
                    value={item.what}
                    maxLength={TEXT_LIMITS.long}
                    onInput={(what) => setItem(index, { what })}
                  />
                  <div class="field">
                    <label for={`by-when-${item.id}`}>{t('agreementByWhen')}</label>
                    <input
                      id={`by-when-${item.id}`}
                      type="date"
                      value={item.byWhen ?? ''}
                      onInput={(event) =>
                        setItem(index, { byWhen: event.currentTarget.value || undefined })
                      }
                    />
                  </div>
                  <button
                    type="button"
                    class="button button--danger"
                    onClick={() =>
                      setForm((before) => ({
                        ...before,
                        items: before.items.filter((_, at) => at !== index),
                      }))
                    }
                  >
                    {t('agreementRemove', { number })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {form.items.length < MAX_AGREEMENTS ? (
          <button
            type="button"
            class="button button--primary"
            onClick={() =>
              setForm((before) => ({ ...before, items: [...before.items, newAgreement()] }))
            }
          >
            + {t('agreementAdd')}
          </button>
        ) : (
          <p class="hint">{t('agreementsMax', { max: MAX_AGREEMENTS })}</p>
        )}
      </section>
      <section class="card" aria-labelledby="tops-tips-title">
        <h2 id="tops-tips-title">{t('sheetTopsTips')}</h2>
        <TextField
          label={t('agreementsTops')}
          value={form.tops}
          multiline
          maxLength={TEXT_LIMITS.long}
          onInput={(tops) => setForm((before) => ({ ...before, tops }))}
        />
        <TextField
          label={t('agreementsTips')}
          value={form.tips}
          multiline
          maxLength={TEXT_LIMITS.long}
          onInput={(tips) => setForm((before) => ({ ...before, tips }))}
        />
      </section>
      <div class="card">
        <TextField
          label={t('agreementsNotes')}
          value={form.notes ?? ''}
          multiline
          maxLength={TEXT_LIMITS.long}
          onInput={(notes) => setForm((before) => ({ ...before, notes }))}
        />
      </div>
      <div class="card actions">
        <SaveStatus state={state} />
        <a class="button" href={paths.teacherPrint(round.id, 'teacher', pupil.id)}>
          {t('printPupil')}
        </a>
      </div>
    </main>
  );
}
