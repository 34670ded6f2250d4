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
