"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@navikt/ds-react";

type Props = {
  label: string;
  busyLabel: string;
  returnTo: string;
  level: "substantial" | "high";
  locale: "nb" | "en";
  variant?: "primary" | "secondary";
};

/** Starts the ID-porten login; for step-up it asks for the high level and a fresh login. */
export function LoginButton({ label, busyLabel, returnTo, level, locale, variant = "primary" }: Props) {
  const [busy, setBusy] = useState(false);
  const params: Record<string, string> = {
    acr_values: level === "high" ? "idporten-loa-high" : "idporten-loa-substantial",
    ui_locales: locale,
  };
  if (level === "high") params.prompt = "login";
  return (
    <Button
      variant={variant}
      loading={busy}
      aria-live="polite"
      onClick={() => {
        setBusy(true);
        void signIn("idporten", { callbackUrl: returnTo }, params);
      }}
    >
      {busy ? busyLabel : label}
    </Button>
  );
}
