import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/NotFoundContent";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFoundHeading") };
}

/** An address that matches no page (a 404 with the page rendered on the server). */
export default function NotFound() {
  return <NotFoundContent />;
}
