import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Refused } from "@/components/Refused";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("acting.forbidden");
  return { title: t("heading") };
}

/** The 403 page, for a refusal in the data layer (pages send a refused representative to /ingen-tilgang first). */
export default function Forbidden() {
  return <Refused />;
}
