import { describe, expect, it } from "vitest";
import { enhance } from "@/components/browser/enhance";

/**
 * PageScript sends `enhance.toString()` into the page, so the function must
 * stand alone. Run from its own source text in a scope that has only what a
 * browser has, it fails with a ReferenceError if it uses anything from its
 * module (an import, a constant beside it).
 */
function runFromSource(config: unknown, dialog: unknown = null) {
  const calls: string[] = [];
  const document = {
    documentElement: { setAttribute: (name: string) => calls.push(`set ${name}`) },
    addEventListener: (type: string) => calls.push(`listen ${type}`),
    getElementById: (id: string) => (calls.push(`find ${id}`), dialog),
    querySelector: (selector: string) => (calls.push(`find ${selector}`), null),
    querySelectorAll: (selector: string) => (calls.push(`find all ${selector}`), []),
  };
  const window = { addEventListener: (type: string) => calls.push(`listen on window ${type}`) };
  const globals = { document, window, Element: class {}, HTMLElement: class {}, HTMLFormElement: class {}, HTMLTextAreaElement: class {} };
  const run = new Function(...Object.keys(globals), `(${enhance.toString()})(${JSON.stringify(config)})`);
  run(...Object.values(globals));
  return calls;
}

/** What the script sets up on every page, whether or not there is a session to warn about. */
const EVERY_PAGE = [
  "set data-enhanced",
  "listen click",
  "listen on window submit",
  "listen on window pageshow",
  "find all [data-focus-on-load]",
  "listen input",
  'find all [data-count-max] textarea:not([aria-hidden="true"])',
  "find session-timeout",
];

describe("the page's own script", () => {
  it("stands alone: it runs from its source text with nothing but the browser's globals", () => {
    expect(runFromSource({ session: null })).toEqual(EVERY_PAGE);
  });

  it("leaves the session warning alone when the page has no dialog for it", () => {
    const session = {
      idleEndsAt: "2026-11-26T12:30:00Z",
      endsAt: "2026-11-26T14:00:00Z",
      now: "2026-11-26T12:00:00Z",
      idleText: "{minutes}",
      absoluteText: "{minutes}",
    };
    expect(runFromSource({ session })).toEqual(EVERY_PAGE);
  });
});
