import { getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";

/**
 * "Page not found", in the page's place. Logged-in pages return this instead of
 * calling notFound(): Next renders notFound() from a dynamic page only with
 * JavaScript (vercel/next.js#62228), so without it the page was empty. The
 * answer is 200 rather than 404; the title comes from the page's own metadata.
 * See docs/adr/0013-representation.md for the same choice for refusals.
 */
export async function NotFoundContent({ text }: { text?: string }) {
  const t = await getTranslations("errors");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("notFoundHeading")}
      </Heading>
      <BodyLong>{text ?? t("notFoundText")}</BodyLong>
      <Link href="/">{t("home")}</Link>
    </PageShell>
  );
}
