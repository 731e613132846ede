/** Chart text on screen: readable on a phone (Plot's default is 10 px). */
export const SCREEN_TYPE_PX = 12;
/** Chart text in presentation mode: readable from the back of a room on a 1920×1080 projector. */
export const PRESENTATION_TYPE_PX = 18;

/** A length laid out for text of `base` px (the screen's), for text of `px`: margins, rows and spacing grow with the type. */
export function forType(length: number, px: number, base = SCREEN_TYPE_PX): number {
  return Math.round((length * px) / base);
}
