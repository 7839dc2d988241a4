import './print.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { RoundRow } from '../../db';
import { bySlot, getRound } from '../rounds';
import { useT, type MessageKey } from '../../i18n';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { loadPrintData, type Copy, type PrintData } from './load-print';
import { ParentsSheet } from './ParentsSheet';
import { TeacherSheet } from './TeacherSheet';
import { BlankSheet } from './BlankSheet';
import { fitSides } from './fit-pages';
import { imagesDecoded, usePrintImages } from './use-print-images';
import { runAction } from '../../app/action';

const COPIES: readonly { copy: Copy; label: MessageKey; hint: MessageKey }[] = [
  { copy: 'parents', label: 'printCopyParents', hint: 'printCopyParentsHint' },
  { copy: 'teacher', label: 'printCopyTeacher', hint: 'printCopyTeacherHint' },
  { copy: 'blank', label: 'printCopyBlank', hint: 'printCopyBlankHint' },
];

/** Conversation order: by time slot, then by name. */
const conversationOrder = bySlot<{ slot?: string; pupil?: { firstName: string } }>(
  (sheet) => sheet.slot,
  (sheet) => sheet.pupil?.firstName ?? '',
);
const inConversationOrder = (data: PrintData): PrintData => ({
  ...data,
  sheets: [...data.sheets].sort(conversationOrder),
  blanks: [...data.blanks].sort(conversationOrder),
});

/**
 * The praatpapieren of one pupil or the whole class, each pupil on a sheet of their own, ready
 * for the browser's print dialog (which also saves a PDF). "Print" is offered only once every
 * image is decoded and every side is fitted to its page, so no sheet prints with an empty box
 * and a class printed double-sided pairs.
 */
export function PrintScreen() {
  const t = useT();
  const { params, query } = useRoute();
  const copy: Copy =
    query['copy'] === 'teacher' ? 'teacher' : query['copy'] === 'blank' ? 'blank' : 'parents';
  const pupilId = query['pupil'];
  const [round, setRound] = useState<RoundRow | null>();
  const [data, setData] = useState<PrintData | null>();
  const [ready, setReady] = useState(false);
  const [duplex, setDuplex] = useState(true);
  const sheetsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setReady(false);
    runAction(() =>
      (async () => {
        const found = await getRound(params['roundId'] ?? '');
        setRound(found ?? null);
        if (!found) return setData(null);
        const loaded = await loadPrintData(found, copy, pupilId);
        setData(loaded ? inConversationOrder(loaded) : null);
      })(),
    );
  }, [params['roundId'], copy, pupilId]);

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
        fitSides(sheets);
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
  const count = data ? data.sheets.length + data.blanks.length : 0;
  const hint = COPIES.find((entry) => entry.copy === copy)!.hint;
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
              {COPIES.map((entry) => (
                <a
                  key={entry.copy}
                  class="button"
                  href={paths.teacherPrint(round?.id ?? '', entry.copy, pupilId)}
                  aria-current={copy === entry.copy ? 'page' : undefined}
                >
                  {t(entry.label)}
                </a>
              ))}
            </nav>
            <p class="hint">{t(hint)}</p>
            {copy === 'blank' && !pupilId && !data.blanks[0]?.pupil ? (
              <p class="hint">{t('printBlankEveryone')}</p>
            ) : null}
            <label class="choice">
              <input
                type="checkbox"
                checked={duplex}
                onChange={(event) => setDuplex(event.currentTarget.checked)}
              />
              <span>{t('printDuplex')}</span>
            </label>
            {duplex ? <p class="hint">{t('printDuplexHint')}</p> : null}
            <p role="status" class="message">
              {count === 0
                ? t('printNobody')
                : !ready
                  ? t('printPreparing')
                  : t(copy === 'blank' ? 'printReadyBlank' : 'printReady', { count })}
            </p>
            <p class="hint">{t('printAdvice')}</p>
            <button
              type="button"
              class="button button--primary"
              disabled={!ready || count === 0}
              onClick={() => window.print()}
            >
              {t('printNow')}
            </button>
          </div>
        ) : null}
      </div>
      {data ? (
        <div class={duplex ? 'print-sheets print-sheets--duplex' : 'print-sheets'} ref={sheetsRef}>
          {urls
            ? [
                ...data.sheets.map((sheet) =>
                  sheet.audience === 'teacher' ? (
                    <TeacherSheet
                      key={sheet.pupil.id}
                      sheet={sheet}
                      className={data.classRow.name}
                      urls={urls}
                      media={data.media}
                    />
                  ) : (
                    <ParentsSheet
                      key={sheet.pupil.id}
                      sheet={sheet}
                      className={data.classRow.name}
                      media={data.media}
                      urls={urls}
                    />
                  ),
                ),
                ...data.blanks.map((sheet) => (
                  <BlankSheet
                    key={sheet.pupil?.id ?? 'blank'}
                    sheet={sheet}
                    className={data.classRow.name}
                  />
                )),
              ]
            : null}
        </div>
      ) : null}
    </main>
  );
}
