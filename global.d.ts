import type messages from "./lib/i18n/messages/nb.json";
import type { Locale } from "./lib/i18n/locales";
import type { ERROR_TEXTS } from "./lib/i18n/error-texts";

// Typed messages: a key that does not exist in the messages is a type error
// (nn.json and en.json have the same keys; lib/i18n/messages.test.ts checks that).
declare module "next-intl" {
  interface AppConfig {
    // request.ts adds the error pages' texts as `errors`.
    Messages: typeof messages & { errors: (typeof ERROR_TEXTS)["nb"] };
    Locale: Locale;
  }
}
