import type messages from "./lib/i18n/messages/nb.json";
import type { Locale } from "./lib/i18n/locales";

// Typed messages: a key that does not exist in the messages is a type error
// (nn.json and en.json have the same keys; lib/i18n/messages.test.ts checks that).
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages & { errors: Record<"notFoundHeading" | "notFoundText" | "errorHeading" | "errorTitle" | "errorText" | "retry" | "home", string> };
    Locale: Locale;
  }
}
