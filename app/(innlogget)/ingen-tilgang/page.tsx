import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Refused } from "@/components/Refused";
import { requirePage } from "@/lib/server/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("acting.forbidden");
  return { title: t("heading") };
}

/** Where a representative lands when the page asked for is outside the power: a plain page that works without JavaScript. */
export default async function RefusedPage() {
  await requirePage("/ingen-tilgang");
  return <Refused />;
}
