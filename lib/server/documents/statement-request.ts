import "server-only";
import { getTranslations } from "next-intl/server";
import { resolvePeriod } from "../../domain/periods";
import { today } from "../../clock";
import { requirePage } from "../auth/current-user";
import { paymentStatement } from "../data/statements";
import { statementLabels } from "./labels";

/** Shared by the PDF and CSV routes: authenticate, validate the period, load the statement. */
export async function statementFor(req: Request) {
  const user = await requirePage("/utbetalinger");
  const url = new URL(req.url);
  const { period, errors } = resolvePeriod("egen", today(), {
    from: url.searchParams.get("fra") ?? undefined,
    to: url.searchParams.get("til") ?? undefined,
  });
  if (errors.length) {
    const t = await getTranslations("payments.periodErrors");
    return { error: new Response(errors.map((e) => t(e)).join("\n"), { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } }) };
  }
  const statement = await paymentStatement(user, today(), period);
  return { statement, labels: await statementLabels(statement, today()) };
}

export function attachment(body: BodyInit, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
