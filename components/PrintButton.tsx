"use client";

import { Button } from "@navikt/ds-react";
import { PrinterSmallIcon } from "@navikt/aksel-icons";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="tertiary" size="small" icon={<PrinterSmallIcon aria-hidden />} onClick={() => window.print()} className="no-print">
      {label}
    </Button>
  );
}
