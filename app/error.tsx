"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { ERROR_TEXTS } from "@/lib/i18n/error-texts";
import { toLocale } from "@/lib/i18n/locales";

const noSubscription = () => () => {};

/**
 * Shown when a page fails; no technical detail or personal data reaches the user.
 * Plain markup with Aksel's classes and texts in the page's language (from
 * <html lang>), so this boundary, which every page carries, costs almost no JavaScript.
 */
export default function ErrorPage({ reset }: { reset: () => void }) {
  const lang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => "nb",
  );
  const t = ERROR_TEXTS[toLocale(lang)];
  return (
    <div
      className="aksel-stack aksel-vstack aksel-stack-gap aksel-stack-direction aksel-r-p error-page"
      style={{
        ["--__axc-stack-gap-xs" as string]: "var(--ax-space-16)",
        ["--__axc-stack-direction-xs" as string]: "column",
        ["--__axc-r-p-xs" as string]: "var(--ax-space-32)",
      }}
    >
      <title>{t.errorTitle}</title>
      <h1 className="aksel-heading aksel-heading--xlarge">{t.errorHeading}</h1>
      <p className="aksel-body-long aksel-body-long--medium">{t.errorText}</p>
      <div>
        <button type="button" data-variant="primary" className="aksel-button aksel-button--medium" onClick={reset}>
          <span className="aksel-label aksel-label--medium">{t.retry}</span>
        </button>
      </div>
      <Link className="aksel-link" href="/">
        {t.home}
      </Link>
    </div>
  );
}
