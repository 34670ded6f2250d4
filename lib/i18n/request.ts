import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { parsedMessages } from "./message-cache";
import { ERROR_TEXTS } from "./error-texts";
import { LOCALE_COOKIE, toLocale } from "./locales";
import { TIME_ZONE } from "../format";

// The language is a cookie set by the language switch: no locale in the URL,
// so links stay the same in both languages and nothing personal is in them.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default;
  // `_cache`: next-intl hands the config to every translator it makes; this one parses each message once (message-cache.ts).
  const config = { locale, messages: { ...messages, errors: ERROR_TEXTS[locale] }, timeZone: TIME_ZONE, _cache: parsedMessages };
  return config;
});
