import { _createCache } from "use-intl/core";

/**
 * The messages, parsed once for the process instead of once per request.
 * next-intl makes a new translator for each namespace in each request, and
 * each translator parses the ICU messages it formats again, unless the
 * config hands it a cache (`_cache`, which next-intl passes on to use-intl's
 * `createTranslator`). The cache is keyed by the message's text, the locale and
 * the formats, never by the values put into it, so it holds no one's data and
 * is bounded by the messages files (lib/i18n/message-cache.test.ts).
 */
export const parsedMessages = _createCache();
