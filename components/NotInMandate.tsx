import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/aksel";

/** In place of a form the power does not cover: says so, and who can give the right. */
export async function NotInMandate({ name }: { name: string }) {
  const t = await getTranslations("acting");
  return <Alert variant="info">{t("notInMandate", { name })}</Alert>;
}
