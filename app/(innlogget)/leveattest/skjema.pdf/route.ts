import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/server/auth/current-user";
import { paperFormFacts } from "@/lib/server/data/life-certificate";
import { exportPdf } from "@/lib/server/documents/export-pdf";
import { attachment } from "@/lib/server/documents/statement-request";
import { formatCountry, formatDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/** The paper life certificate, filled in with the person's details, with room for signatures and where to send it. A tagged PDF. */
export async function GET() {
  const user = await requirePage("/leveattest/skjema.pdf");
  const t = await getTranslations("lifeCertificate.form");
  const locale = toLocale(await getLocale());
  const p = await paperFormFacts(user);
  const pdf = await exportPdf(
    t("title"),
    t("intro"),
    [
      {
        heading: t("you"),
        lines: [
          `${t("name")}: ${p.name}`,
          `${t("birthDate")}: ${formatDate(p.birthDate, locale)}`,
          `${t("idNumber")}: ${p.fnr}`,
          `${t("address")}: ${p.address}, ${formatCountry(p.countryCode, locale)}`,
        ],
      },
      {
        heading: t("declarationHeading"),
        lines: [t("declaration"), `${t("place")}: ______________________________`, `${t("signature")}: ______________________________`],
      },
      {
        heading: t("witnessHeading"),
        lines: [t("witness"), `${t("witnessName")}: ______________________________`, `${t("witnessSignature")}: ______________________________`],
      },
      { heading: t("sendHeading"), lines: [t("sendTo"), "Nav Familie- og pensjonsytelser", "Postboks 6600 Etterstad", "0607 Oslo", "Norge / Norway"] },
    ],
    locale,
  );
  return attachment(new Uint8Array(pdf), "application/pdf", t("fileName"));
}
