/** The frame every printed sheet is made of: sides that each fit one page, and their parts. */
import type { ComponentChildren } from 'preact';
import { PaperPart } from '../../ui/PaperPart';

/**
 * One printed side. Its content is measured and zoomed to fit the page by fitSides; `kind`
 * names the side for its layout in print.css.
 */
export function Side({ kind, children }: { kind: string; children: ComponentChildren }) {
  return (
    <section class={`print-side print-side--${kind}`}>
      <div class="print-fit">{children}</div>
    </section>
  );
}

/** A part under its heading: the same frame the tools' parts use on paper. */
export const Part = PaperPart;

/** Printed only on a duplex print after a sheet of an odd number of pages (fit-pages.ts). */
export function BlankBack() {
  return <div class="print-blank-back" aria-hidden="true" />;
}
