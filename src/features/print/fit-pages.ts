/**
 * Every printed side must fit its page, so a pupil's praatpapier is one sheet printed on both
 * sides and a class printed double-sided pairs: a sheet that spilled onto a third page would
 * put the next pupil on the back of this one. The sides are laid out on screen at the width
 * they print (186 mm: A4 less its margins), measured, and a side that is too tall is zoomed
 * down until it fits. A side that cannot fit even then keeps every word and spills over whole
 * pages; its sheet then gets a blank back page, so the next pupil still starts on a sheet of
 * their own.
 */

/**
 * The height a side may take: US Letter's 255 mm less 12 mm margins (A4 has 273 mm), less 5 mm
 * so that what the screen measured never ends up a line too tall on paper.
 */
export const SIDE_HEIGHT_MM = 250;
/**
 * The room of a page a side spills over: A4's 273 mm less 12 mm margins, less 5 mm. A side that
 * spills is reckoned in A4 pages, the paper of the schools this is for; on US Letter such a
 * side may take a page more than reckoned, and the next pupil a back.
 */
export const A4_PAGE_MM = 268;
/** Below this the letters get too small to read at arm's length; rather spill onto a page. */
export const SMALLEST_ZOOM = 0.6;
/**
 * What a page break can cost a side that spills: the line or photo that would have been cut is
 * moved to the next page whole.
 */
export const BREAK_COST_MM = 30;
const PX_PER_MM = 96 / 25.4;

/**
 * The zoom for a side now zoomed by `zoom` and printing `height` tall, to fit in `room`: the same
 * when it fits, else smaller by the ratio, in whole hundredths. Zooming a side also gives its
 * text more room per line, so it shrinks at least as much as the zoom, unless something keeps
 * its printed size (the spinnenweb), hence fitSides tries again.
 */
export function nextZoom(zoom: number, height: number, room: number): number {
  if (height <= room) return zoom;
  return Math.max(SMALLEST_ZOOM, Math.floor(zoom * (room / height) * 100) / 100);
}

/**
 * The pages a side of `height` prints on, and the room to add below it so that number is sure:
 * each page break may push up to `breakCost` onto the next page, so when the last page would be
 * that nearly full, the side is made to take one page more.
 */
export function spill(
  height: number,
  room: number,
  breakCost: number,
): { pages: number; padding: number } {
  const pages = Math.max(1, Math.ceil(height / room - 0.001));
  if (pages === 1) return { pages, padding: 0 };
  const lastPage = height - (pages - 1) * room;
  if (lastPage + (pages - 1) * breakCost <= room) return { pages, padding: 0 };
  return { pages: pages + 1, padding: pages * room - height + breakCost / 2 };
}

/** Zooming a side can grow what keeps its printed size (the spinnenweb): try a few times. */
const FIT_TRIES = 4;

interface FittedSide {
  fit: HTMLElement;
  zoom: number;
  height: number;
}

/**
 * Fits every side (`.print-side`, its content in `.print-fit`) under `root`, and marks each sheet
 * (`.print-sheet`) whose pages add up to an odd number, for the blank back (print.css). The zoom
 * is also set as `--fit-zoom`, for what must keep its printed size however small the letters.
 * All sides are measured, then all zoomed, then all measured again: one layout a round for a
 * class of thirty, not one for every side.
 */
export function fitSides(root: HTMLElement): { zoomed: number; spilled: number; odd: number } {
  const room = SIDE_HEIGHT_MM * PX_PER_MM;
  const sheets = [...root.querySelectorAll<HTMLElement>('.print-sheet')].map((sheet) => ({
    sheet,
    sides: [...sheet.querySelectorAll<HTMLElement>('.print-side > .print-fit')].map(
      (fit): FittedSide => ({ fit, zoom: 1, height: 0 }),
    ),
  }));
  const sides = sheets.flatMap((sheet) => sheet.sides);
  for (const side of sides) {
    setZoom(side.fit, 1);
    side.fit.style.paddingBottom = '';
    side.fit.parentElement!.classList.remove('print-side--spills');
  }
  let unsure = sides;
  for (let tries = 0; unsure.length > 0; tries++) {
    for (const side of unsure) side.height = side.fit.getBoundingClientRect().height;
    if (tries === FIT_TRIES) break;
    unsure = unsure.filter((side) => nextZoom(side.zoom, side.height, room) !== side.zoom);
    for (const side of unsure) {
      side.zoom = nextZoom(side.zoom, side.height, room);
      setZoom(side.fit, side.zoom);
    }
  }

  const counts = { zoomed: 0, spilled: 0, odd: 0 };
  for (const { sheet, sides: sheetSides } of sheets) {
    let pages = 0;
    for (const { fit, zoom, height } of sheetSides) {
      if (zoom < 1) counts.zoomed += 1;
      const side =
        height <= room
          ? { pages: 1, padding: 0 }
          : spill(height, A4_PAGE_MM * PX_PER_MM, BREAK_COST_MM * PX_PER_MM);
      if (side.pages > 1) {
        // It breaks across pages anywhere, not only between parts (print.css).
        fit.parentElement!.classList.add('print-side--spills');
        if (side.padding > 0) fit.style.paddingBottom = `${side.padding / zoom}px`;
        counts.spilled += 1;
      }
      pages += side.pages;
    }
    sheet.classList.toggle('print-sheet--odd', pages % 2 === 1);
    if (pages % 2 === 1) counts.odd += 1;
  }
  return counts;
}

function setZoom(fit: HTMLElement, zoom: number) {
  fit.style.zoom = zoom === 1 ? '' : String(zoom);
  fit.style.setProperty('--fit-zoom', String(zoom));
}
