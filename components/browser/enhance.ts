/**
 * The portal's own script for logged-in pages: plain DOM code, no framework,
 * sent inline with the page's nonce (PageScript.tsx), so it works the same on
 * a page that runs React and on a plain page without it (ADR 0021).
 *
 * It must stand alone: PageScript sends `enhance.toString()`, so nothing
 * outside the function (no import, no module constant) can be used in it.
 *
 * - Marks the page as having run it (`data-enhanced` on <html>): the print
 *   buttons, which need a script, are hidden until then (globals.css).
 * - Prints when a `[data-print]` button is pressed.
 * - Does for a form on a plain page (ADR 0022) what React did for it: sends
 *   it once (a second press while the first is on its way is ignored, and
 *   the button says it is busy), moves focus to what the answer asks the user
 *   to look at first (`[data-focus-on-load]`: the error summary, the answers
 *   to check), and counts the characters left in a text box with a limit
 *   (CharacterCount.tsx). On a page that runs React, React sends its forms
 *   itself (the submit event comes here already handled) and this leaves them.
 * - Warns before the session ends (WCAG 2.2.1, the GOV.UK and Nav pattern):
 *   the modal dialog SessionTimeout renders, announced to screen readers,
 *   operable by keyboard, with "stay logged in", which restarts the idle limit
 *   on the server. Before warning it asks the server, since another tab may
 *   have kept the session alive. When the session has ended, the user is taken
 *   to a page that says so. Near the two-hour limit staying is not possible,
 *   and the dialog says that.
 */
type SessionConfig = {
  /** The server's clock: its "now" with the ends, so a browser whose clock is off still counts right. */
  idleEndsAt: string;
  endsAt: string;
  now: string;
  /** "{minutes}" in these is replaced by the minutes left. */
  idleText: string;
  absoluteText: string;
};

export type EnhanceConfig = { session: SessionConfig | null };

export function enhance(config: EnhanceConfig): void {
  document.documentElement.setAttribute("data-enhanced", "");
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("[data-print]")) window.print();
  });

  // A second press within this time, while the answer is on its way, is not sent.
  const SENDING_MS = 10_000;
  window.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method !== "post") return;
    if (form.hasAttribute("data-sending")) {
      event.preventDefault();
      return;
    }
    const button = event.submitter;
    form.setAttribute("data-sending", "");
    button?.setAttribute("aria-disabled", "true");
    // A form whose answer is a file leaves the page where it is: it can be sent again after a while.
    window.setTimeout(() => {
      form.removeAttribute("data-sending");
      button?.removeAttribute("aria-disabled");
    }, SENDING_MS);
  });
  // Back to a page the browser kept in memory: its forms can be sent again at once.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    for (const form of document.querySelectorAll("form[data-sending]")) form.removeAttribute("data-sending");
    for (const button of document.querySelectorAll('[aria-disabled="true"][type="submit"]')) button.removeAttribute("aria-disabled");
  });
  // The last one marked: the error summary comes after a problem message, and wins, as in useForm.
  // Inside it, a heading that takes focus gets it (Aksel's error summary does the same with React).
  const marked = [...document.querySelectorAll<HTMLElement>("[data-focus-on-load]")].at(-1);
  (marked?.querySelector<HTMLElement>('[tabindex="-1"]') ?? marked)?.focus();

  // Characters left: shown at once, told to screen readers near the limit once the user pauses.
  let statusTimer = 0;
  const count = (area: HTMLTextAreaElement, announce: boolean) => {
    const box = area.closest<HTMLElement>("[data-count-max]");
    const shown = box?.querySelector<HTMLElement>("[data-count-shown]");
    const status = box?.querySelector<HTMLElement>("[data-count-status]");
    if (!box || !shown || !status) return;
    const left = Number(box.dataset.countMax) - area.value.length;
    const words = (left < 0 ? box.dataset.countOver : box.dataset.countLeft) ?? "";
    shown.textContent = words.replace("{chars}", String(Math.abs(left)));
    shown.classList.toggle("aksel-textarea__counter--error", left < 0);
    if (!announce) return;
    window.clearTimeout(statusTimer);
    statusTimer = window.setTimeout(() => (status.textContent = left < 20 ? shown.textContent : ""), 1_500);
  };
  document.addEventListener("input", (event) => {
    if (event.target instanceof HTMLTextAreaElement) count(event.target, true);
  });
  // Text the browser put back (the back button, a restored tab) is counted too.
  // Aksel keeps a hidden copy of each text box for measuring (aria-hidden): it is not counted.
  for (const area of document.querySelectorAll<HTMLTextAreaElement>('[data-count-max] textarea:not([aria-hidden="true"])')) count(area, false);

  const session = config.session;
  const dialog = document.getElementById("session-timeout") as HTMLDialogElement | null;
  if (!session || !dialog) return;
  const WARN_MS = 5 * 60_000;
  const MINUTE = 60_000;
  const text = dialog.querySelector<HTMLElement>("[data-session-text]")!;
  const failed = dialog.querySelector<HTMLElement>("[data-session-failed]")!;
  const stayButton = dialog.querySelector<HTMLButtonElement>('[data-session="stay"]')!;
  const okButton = dialog.querySelector<HTMLButtonElement>('[data-session="ok"]')!;

  type Times = { idleEndsAt: string; endsAt: string; now: string };
  /** The ends on this browser's clock. */
  const local = (t: Times) => {
    const offset = Date.now() - Date.parse(t.now);
    return { idle: Date.parse(t.idleEndsAt) + offset, hard: Date.parse(t.endsAt) + offset };
  };
  let ends = local(session);
  let warnTimer = 0;
  let tickTimer = 0;
  let lastTimer = 0;
  const end = () => Math.min(ends.idle, ends.hard);
  const absolute = () => ends.hard <= ends.idle;
  // A full page load on purpose: nothing of the ended session stays in the browser's memory.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  const ended = () => window.location.assign("/logget-ut?grunn=tid");

  const show = () => {
    const minutes = Math.max(1, Math.ceil((end() - Date.now()) / MINUTE));
    text.textContent = (absolute() ? session.absoluteText : session.idleText).replace("{minutes}", String(minutes));
    stayButton.hidden = absolute();
    okButton.hidden = !absolute();
  };
  const schedule = () => {
    window.clearTimeout(warnTimer);
    warnTimer = window.setTimeout(() => void beforeWarning(), Math.max(0, end() - WARN_MS - Date.now()));
  };
  // Before the warning: ask the server whether the session was used elsewhere.
  const beforeWarning = async () => {
    const res = await fetch("/api/sesjon", { cache: "no-store" }).catch(() => null);
    if (res?.status === 401) return ended();
    const fresh = res?.ok ? local((await res.json()) as Times) : null;
    if (fresh && Math.min(fresh.idle, fresh.hard) > end()) {
      ends = fresh;
      return schedule();
    }
    open();
  };
  // While the warning is open: count down by the minute, and leave when time is up.
  const open = () => {
    show();
    failed.hidden = true;
    dialog.showModal();
    (absolute() ? okButton : stayButton).focus();
    tickTimer = window.setInterval(() => (Date.now() >= end() ? ended() : show()), 15_000);
    lastTimer = window.setTimeout(ended, Math.max(0, end() - Date.now()));
  };
  const close = () => {
    window.clearInterval(tickTimer);
    dialog.close();
  };
  const stay = async () => {
    const res = await fetch("/api/sesjon", { method: "POST", cache: "no-store" }).catch(() => null);
    if (res?.status === 401) return ended();
    if (!res?.ok) {
      failed.hidden = false;
      return;
    }
    failed.hidden = true;
    ends = local((await res.json()) as Times);
    window.clearTimeout(lastTimer);
    close();
    schedule();
  };
  // Near the two-hour limit "OK" only closes the warning: the session still ends on time.
  okButton.addEventListener("click", close);
  stayButton.addEventListener("click", () => void stay());
  dialog.addEventListener("cancel", (event) => event.preventDefault());
  dialog.addEventListener("keydown", (event) => {
    // Escape answers the warning as "I am still here" (near the two-hour limit: "I understand").
    if (event.key !== "Escape") return;
    event.preventDefault();
    if (absolute()) close();
    else void stay();
  });
  schedule();
}
