import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";

/** Gives the client-side form components their texts; only pages with a form pay for next-intl in the browser. */
export async function FormMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages())}>{children}</NextIntlClientProvider>;
}
