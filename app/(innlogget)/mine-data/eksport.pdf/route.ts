import { getLocale, getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/server/auth/current-user";
import { myData, SOURCES } from "@/lib/server/data/my-data";
import { yearSummaries } from "@/lib/server/data/statements";
import { accessLogPage } from "@/lib/server/data/privacy";
import { exportPdf } from "@/lib/server/documents/export-pdf";
import { GROUPS, myDataFacts } from "@/lib/my-data-facts";
import { formatInstant, formatMoney } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { byCode, runtime } from "@/lib/i18n/by-code";

export const dynamic = "force-dynamic";

/** A readable copy of everything, generated on the server from the same data as the pages. */
export async function GET() {
  const user = await requirePage("/mine-data/eksport.pdf");
  const locale = toLocale(await getLocale());
  const t = await getTranslations("myData");
  const tl = await getTranslations("accessLog");
  const tp = await getTranslations("payments");
  const tc = await getTranslations("privacyCentre");
  const [data, years, log] = await Promise.all([myData(user), yearSummaries(user, today()), accessLogPage(user, { actor: "ALL", page: 1 })]);
  const facts = myDataFacts(data, runtime(t), locale);
  const sections = GROUPS.map((g) => ({
    heading: t(`groups.${g}`),
    lines: [...facts[g], t("source", { source: t(`sources.${SOURCES[g].source}`) }), t("purpose", { purpose: t(`purposes.${SOURCES[g].purpose}`) })],
  }));
  sections.push({
    heading: tp("heading"),
    lines: years.map((y) => `${y.year}: ${tp("gross")} ${formatMoney(y.totals.grossOre, locale)}, ${tp("net")} ${formatMoney(y.totals.netOre, locale)}`),
  });
  sections.push({
    heading: tl("heading"),
    lines: log.entries.map(
      (e) =>
        `${formatInstant(e.at, locale)}: ${byCode(tl, `actors.${e.actorKind}`)}${e.actorLabel ? ` (${e.actorLabel})` : ""}, ${byCode(tl, `dataKinds.${e.dataKind}`, e.dataKind)}`,
    ),
  });
  const pdf = await exportPdf(t("heading"), tc("exportPdf.text"), sections, locale);
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": 'attachment; filename="din-pensjon-mine-data.pdf"', "cache-control": "no-store" },
  });
}
