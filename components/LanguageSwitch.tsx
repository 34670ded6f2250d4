"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Button } from "@navikt/ds-react";
import { GlobeIcon } from "@navikt/aksel-icons";

type Props = {
  action: (formData: FormData) => Promise<void>;
  targetLocale: "nb" | "en";
  label: string;
  ariaLabel: string;
};

/** Posts to a server action; the current page (rendered on the server too) is where we come back to. */
export function LanguageSwitch({ action, targetLocale, label, ariaLabel }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="locale" value={targetLocale} />
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <Button type="submit" variant="tertiary" size="small" icon={<GlobeIcon aria-hidden />} lang={targetLocale} aria-label={ariaLabel}>
        {label}
      </Button>
    </form>
  );
}
