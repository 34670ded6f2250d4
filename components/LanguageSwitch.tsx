import { GlobeIcon } from "@navikt/aksel-icons";
import { Button } from "@/components/ui/aksel";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

type Props = {
  action: (formData: FormData) => Promise<void>;
  current: Locale;
  label: string;
};

/**
 * The other two languages, each a button named in its own language (and marked
 * with it). A plain form post to a server action, which brings the user back
 * to the page the form was on, so it works without JavaScript.
 */
export function LanguageSwitch({ action, current, label }: Props) {
  return (
    <form action={action} className="language-switch" aria-label={label}>
      <GlobeIcon aria-hidden className="language-switch__icon" />
      {LOCALES.filter((l) => l !== current).map((l) => (
        <Button key={l} type="submit" name="locale" value={l} variant="tertiary" size="small" lang={l} aria-label={LANGUAGE_NAMES[l].switchLabel}>
          {LANGUAGE_NAMES[l].name}
        </Button>
      ))}
    </form>
  );
}
