import { PrinterSmallIcon } from "@navikt/aksel-icons";
import { Button } from "./ui/button";

/** Prints the page. Printing needs a script, so the button is shown only once the page's script has run (browser/enhance.ts). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="tertiary" size="small" icon={<PrinterSmallIcon aria-hidden />} data-print className="no-print">
      {label}
    </Button>
  );
}
