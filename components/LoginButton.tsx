import { Button } from "@navikt/ds-react";

type Props = {
  label: string;
  returnTo: string;
  level: "substantial" | "high";
  locale: "nb" | "en";
  variant?: "primary" | "secondary";
};

/**
 * Starts the ID-porten login with a plain form POST, so it works without
 * JavaScript; for step-up it asks for the high level and a fresh login.
 */
export function LoginButton({ label, returnTo, level, locale, variant = "primary" }: Props) {
  return (
    <form method="post" action="/api/auth/signin/idporten" className="inline-form">
      <input type="hidden" name="callbackUrl" value={returnTo} />
      <input type="hidden" name="level" value={level} />
      <input type="hidden" name="locale" value={locale} />
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}
