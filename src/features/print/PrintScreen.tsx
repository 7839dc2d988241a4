import './print.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { RoundRow } from '../../db';
import { getRound } from '../rounds';
import type { Audience } from '../preparation';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { loadPrintData, type PrintData } from './load-print';
import { PrintSheet } from './PrintSheet';
import { imagesDecoded, usePrintImages } from './use-print-images';
import { runAction } from '../../app/action';

/** Conversation order: by time slot, then by name. */
function bySlot(data: PrintData): PrintData {
  const key = (sheet: PrintData['sheets'][number]) => sheet.slot ?? '9999';
  return {
    ...data,
    sheets: [...data.sheets].sort(
      (a, b) => key(a).localeCompare(key(b)) || a.pupil.firstName.localeCompare(b.pupil.firstName),
    ),
  };
}

/**
 * The praatpapieren of one pupil or the whole class, one after the other with a page break before
 * each pupil, ready for the browser's print dialog (which also saves a PDF). "Print" is offered
 * only once every image is decoded, so no sheet prints with an empty box.
 */
export function PrintScreen() {
  const t = useT();
  const { params, query } = useRoute();
  const audience: Audience = query['copy'] === 'teacher' ? 'teacher' : 'parents';
  const pupilId = query['pupil'];
  const [round, setRound] = useState<RoundRow | null>();
  const [data, setData] = useState<PrintData | null>();
  const [ready, setReady] = useState(false);
  const sheetsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setReady(false);
    runAction(() =>
      (async () => {
        const found = await getRound(params['roundId'] ?? '');
        setRound(found ?? null);
        if (!found) return setData(null);
        const loaded = await loadPrintData(found, audience, pupilId);
        setData(loaded ? bySlot(loaded) : null);
      })(),
    );
  }, [params['roundId'], audience, pupilId]);

  const names = useMemo(
    () => ({
      now: t('spinnenwebNow'),
      month: t('spinnenwebMonth'),
      previous: t('spinnenwebPrevious'),
    }),
    [t],
  );
  const urls = usePrintImages(data ?? undefined, names);

  useEffect(() => {
    const sheets = sheetsRef.current;
    if (!urls || !sheets) return;
    let gone = false;
    runAction(() =>
      imagesDecoded(sheets).then(() => {
        if (gone) return;
        setReady(true);
        // The print benchmark measures from "print class" up to here.
        performance.mark('pp:print-ready');
      }),
    );
    return () => {
      gone = true;
    };
  }, [urls]);

  if (round === undefined || data === undefined) return null;
  const switchCopy = (copy: Audience) => paths.teacherPrint(round?.id ?? '', copy, pupilId);
  return (
    <main class="screen teacher-screen print-screen">
      <div class="no-print">
        <TeacherHeader
          title={round ? t('printTitle', { title: round.title }) : t('notFound')}
          back={
            pupilId && round ? paths.teacherPreparation(round.id, pupilId) : paths.teacherOverview
          }
        />
        {data ? (
          <div class="card">
            <nav class="actions" aria-label={t('printCopy')}>
              {(['parents', 'teacher'] as const).map((copy) => (
                <a
                  key={copy}
                  class="button"
                  href={switchCopy(copy)}
                  aria-current={audience === copy ? 'page' : undefined}
                >
                  {t(copy === 'parents' ? 'printCopyParents' : 'printCopyTeacher')}
                </a>
              ))}
            </nav>
            <p class="hint">
              {t(audience === 'parents' ? 'printCopyParentsHint' : 'printCopyTeacherHint')}
            </p>
            <p role="status" class="message">
              {data.sheets.length === 0
                ? t('printNobody')
                : !ready
                  ? t('printPreparing')
                  : data.sheets.length === 1
                    ? t('printReadyOne')
                    : t('printReady', { count: data.sheets.length })}
            </p>
            <p class="hint">{t('printAdvice')}</p>
            <button
              type="button"
              class="button button--primary"
              disabled={!ready || data.sheets.length === 0}
              onClick={() => window.print()}
            >
              {t('printNow')}
            </button>
          </div>
        ) : null}
      </div>
      {data ? (
        <div class="print-sheets" ref={sheetsRef}>
          {urls
            ? data.sheets.map((sheet) => (
                <PrintSheet
                  key={sheet.pupil.id}
                  sheet={sheet}
                  className={data.classRow.name}
                  media={data.media}
                  urls={urls}
                />
              ))
            : null}
        </div>
      ) : null}
    </main>
  );
}
