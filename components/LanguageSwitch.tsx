import { GlobeIcon } from "@navikt/aksel-icons";
import { Button } from "@/components/ui/aksel";

type Props = {
  action: (formData: FormData) => Promise<void>;
  targetLocale: "nb" | "en";
  label: string;
  ariaLabel: string;
};

/** Posts to a server action, which brings the user back to the page the form was on. */
export function LanguageSwitch({ action, targetLocale, label, ariaLabel }: Props) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="locale" value={targetLocale} />
      <Button type="submit" variant="tertiary" size="small" icon={<GlobeIcon aria-hidden />} lang={targetLocale} aria-label={ariaLabel}>
        {label}
      </Button>
    </form>
  );
}
