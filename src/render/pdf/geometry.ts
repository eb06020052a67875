// Page geometry in PDF points (1/72 inch; y grows upwards from the bottom edge).
// The recipient block sits in the window of a DIN 5008 (form B) / C5/6 or DL window envelope:
// window 90 × 45 mm, 20 mm from the left and 45 mm from the top edge. Text starts 5 mm inside it
// (25 mm, 50 mm) so it stays visible when the sheet shifts in the envelope.

export const MM = 72 / 25.4;

export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

/** y coordinate of a distance measured from the top edge. */
export const fromTop = (mm: number): number => PAGE_HEIGHT - mm * MM;

export const MARGIN_LEFT = 25 * MM;
export const MARGIN_RIGHT = 20 * MM;
/** Width of the text column. */
export const MEASURE = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/** The sender block: top right, clear of the window (which ends at 110 mm from the left). */
export const SENDER = { x: 125 * MM, top: fromTop(15), width: PAGE_WIDTH - MARGIN_RIGHT - 125 * MM };

/** The recipient block, inside the envelope window. */
export const WINDOW = { x: 20 * MM, top: fromTop(45), width: 90 * MM, height: 45 * MM };
export const RECIPIENT = { x: MARGIN_LEFT, top: fromTop(50), width: WINDOW.x + WINDOW.width - 5 * MM - MARGIN_LEFT };

/** The text flow: on page 1 below the window (DIN 5008 B starts the text at about 98 mm). */
export const FIRST_PAGE_FRAME = { top: fromTop(100), bottom: 25 * MM };
export const NEXT_PAGE_FRAME = { top: fromTop(20), bottom: 25 * MM };

/** Baseline of "pagina X van Y", below the text frame. */
export const PAGE_NUMBER_BASELINE = 12 * MM;

/** Fold marks for a window envelope (DIN 5008 B: 105 mm and 210 mm from the top). */
export const FOLD_MARKS = [fromTop(105), fromTop(210)];

export const TYPE = {
  body: { size: 10, leading: 14.5 },
  heading: { size: 10.5, leading: 15 },
  address: { size: 10, leading: 13.5 },
  sender: { size: 9, leading: 12 },
  pageNumber: { size: 8 },
  /** Vertical space between blocks, between list items, and left for a handwritten signature. */
  blockGap: 8,
  itemGap: 3,
  signatureGap: 42,
} as const;
