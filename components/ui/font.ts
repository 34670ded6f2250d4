import localFont from "next/font/local";

/**
 * Aksel's typeface, Source Sans 3, served from our own origin. next/font
 * preloads the Latin file (every Norwegian and English letter), so it is
 * usually there before the first paint. `display: optional`: if it is not
 * there by then (a slow phone's first visit), the page keeps the fallback
 * for that view instead of swapping the font in later, since a swap moved
 * the payment list's text and form (a 0.21 layout shift, ADR 0018). The
 * fallback is Arial scaled to Source Sans's widths where Arial exists. Other
 * letters (Sámi, for instance) come from the extended face in globals.css,
 * which the browser fetches only for a page that has one of them.
 */
const sourceSans = localFont({
  src: "../../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
  weight: "200 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: "Arial",
  preload: true,
});

const [main, ...fallback] = sourceSans.style.fontFamily.split(",").map((f) => f.trim());

/** The font stack for `--ax-font-family`: Source Sans 3, its extended Latin face, then the scaled fallback. */
export const FONT_STACK = [main, '"Source Sans 3 Extended"', ...fallback, "Arial", "sans-serif"].join(", ");
