import { getTranslations } from "next-intl/server";
import { paymentCalendar } from "@/lib/domain/payment-dates";
import { paymentCalendarIcs } from "@/lib/domain/ics";
import { today } from "@/lib/clock";
import { calendarYear } from "@/lib/domain/payment-dates";

export const dynamic = "force-dynamic";

/** Public: the payment dates of a year as a calendar file for phones and calendar apps. */
export async function GET(req: Request) {
  const year = calendarYear(new URL(req.url).searchParams.get("ar") ?? undefined, Number(today().slice(0, 4)));
  const t = await getTranslations("ics");
  const body = paymentCalendarIcs(
    paymentCalendar(year, today()),
    { summary: t("summary"), summaryEstimated: t("summaryEstimated"), description: t("description") },
    new Date(),
  );
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="pensjon-utbetalinger-${year}.ics"`,
    },
  });
}
