import { headers } from "next/headers";
import { Button } from "@/components/ui/aksel";
import { type Locale } from "@/lib/i18n/locales";

type Props = {
  label: string;
  returnTo: string;
  level: "substantial" | "high";
  locale: Locale;
  variant?: "primary" | "secondary";
};

/**
 * Starts the ID-porten login with a plain form POST to next-auth, so it works
 * without JavaScript: next-auth's CSRF token (made by the proxy) is in the
 * form, and the level and language go to ID-porten as authorization
 * parameters. For step-up it asks for the high level and a fresh login.
 */
export async function LoginButton({ label, returnTo, level, locale, variant = "primary" }: Props) {
  const csrfToken = (await headers()).get("x-csrf-token") ?? "";
  const params = new URLSearchParams({ acr_values: level === "high" ? "idporten-loa-high" : "idporten-loa-substantial", ui_locales: locale });
  if (level === "high") params.set("prompt", "login");
  return (
    <form method="post" action={`/api/auth/signin/idporten?${params}`} className="inline-form">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={returnTo} />
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}
