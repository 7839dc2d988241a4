/** The frame every printed sheet is made of: sides that each fit one page, and their parts. */
import type { ComponentChildren } from 'preact';

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

export function Part({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: ComponentChildren;
  /** Parts side by side in a two-column row take half the width unless wide. */
  wide?: boolean;
}) {
  return (
    <section class={wide ? 'print-part print-part--wide' : 'print-part'}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** Printed only on a duplex print after a sheet of an odd number of pages (fit-pages.ts). */
export function BlankBack() {
  return <div class="print-blank-back" aria-hidden="true" />;
}
