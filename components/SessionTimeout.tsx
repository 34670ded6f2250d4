"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type SessionTimeoutTexts = {
  heading: string;
  idleText: string;
  absoluteText: string;
  stay: string;
  ok: string;
  logout: string;
  failed: string;
};

/** As the server sends them: its own clock's "now" with the ends, so a browser whose clock is off still counts right. */
type Times = { idleEndsAt: string; endsAt: string; now: string };
type LocalEnds = { idleEnd: number; hardEnd: number };

/** The ends on this browser's clock. */
const local = (t: Times): LocalEnds => {
  const offset = Date.now() - Date.parse(t.now);
  return { idleEnd: Date.parse(t.idleEndsAt) + offset, hardEnd: Date.parse(t.endsAt) + offset };
};

/** How long before the end the warning appears. */
const WARN_MS = 5 * 60_000;
const MINUTE = 60_000;

/**
 * Warns a few minutes before the session ends (WCAG 2.2.1, the GOV.UK and Nav
 * pattern): a modal dialog that screen readers announce, operable by keyboard,
 * with "stay logged in", which restarts the idle limit on the server. Before
 * warning it asks the server, since another tab may have kept the session
 * alive. When the session has ended, the user is taken to a page that says so.
 * Near the two-hour limit, staying is not possible, and the dialog says that.
 * Texts come from the server, so this needs no translation code in the browser.
 */
export function SessionTimeout({ initial, texts }: { initial: Times; texts: SessionTimeoutTexts }) {
  const [ends, setEnds] = useState(() => local(initial));
  const [open, setOpen] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  const end = Math.min(ends.idleEnd, ends.hardEnd);
  const absolute = ends.hardEnd <= ends.idleEnd;

  // A full page load on purpose: nothing of the ended session stays in the browser's memory.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  const ended = useCallback(() => window.location.assign("/logget-ut?grunn=tid"), []);

  // Before the warning: ask the server whether the session was used elsewhere.
  useEffect(() => {
    if (open) return;
    const timer = window.setTimeout(
      async () => {
        const res = await fetch("/api/sesjon", { cache: "no-store" }).catch(() => null);
        if (res?.status === 401) return ended();
        const fresh = res?.ok ? local((await res.json()) as Times) : null;
        if (fresh && Math.min(fresh.idleEnd, fresh.hardEnd) > end) return setEnds(fresh);
        setNow(Date.now());
        setOpen(true);
      },
      Math.max(0, end - WARN_MS - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [end, open, ended]);

  // While the warning is open: count down by the minute, and leave when time is up.
  useEffect(() => {
    if (!open) return;
    dialog.current?.showModal();
    const tick = window.setInterval(() => {
      if (Date.now() >= end) ended();
      else setNow(Date.now());
    }, 15_000);
    const last = window.setTimeout(ended, Math.max(0, end - Date.now()));
    return () => {
      window.clearInterval(tick);
      window.clearTimeout(last);
    };
  }, [open, end, ended]);

  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };

  const stay = async () => {
    const res = await fetch("/api/sesjon", { method: "POST", cache: "no-store" }).catch(() => null);
    if (res?.status === 401) return ended();
    if (!res?.ok) return setError(true);
    setError(false);
    setEnds(local((await res.json()) as Times));
    close();
  };

  const minutes = Math.max(1, Math.ceil((end - now) / MINUTE));
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby="session-timeout-heading"
      aria-describedby="session-timeout-text"
      className="session-timeout"
      onCancel={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        // Escape answers the warning as "I am still here" (near the two-hour limit: "I understand").
        if (e.key !== "Escape") return;
        e.preventDefault();
        if (absolute) close();
        else void stay();
      }}
    >
      <h2 id="session-timeout-heading" className="aksel-heading aksel-heading--medium">
        {texts.heading}
      </h2>
      <p id="session-timeout-text" className="aksel-body-long aksel-body-long--medium">
        {(absolute ? texts.absoluteText : texts.idleText).replace("{minutes}", String(minutes))}
      </p>
      {error && (
        <p role="alert" className="aksel-body-long aksel-body-long--medium">
          {texts.failed}
        </p>
      )}
      <div className="session-timeout__buttons">
        <button type="button" data-variant="primary" className="aksel-button aksel-button--medium" onClick={absolute ? close : stay} autoFocus>
          <span className="aksel-label aksel-label--medium">{absolute ? texts.ok : texts.stay}</span>
        </button>
        <form action="/logg-ut" method="post">
          <button type="submit" data-variant="secondary" className="aksel-button aksel-button--medium">
            <span className="aksel-label aksel-label--medium">{texts.logout}</span>
          </button>
        </form>
      </div>
    </dialog>
  );
}
