import type { ComponentChildren } from 'preact';

/** A part of a printed sheet under its heading. */
export function PaperPart({
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

/** Writing lines on paper, `count` of 8 mm. */
export function PaperLines({ count }: { count: number }) {
  return <div class="print-lines" style={{ height: `${count * 8}mm` }} />;
}
