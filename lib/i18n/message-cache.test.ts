import { describe, expect, it } from "vitest";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import nb from "./messages/nb.json";
import en from "./messages/en.json";
import { parsedMessages } from "./message-cache";
import { TIME_ZONE } from "../format";

/** A translator as next-intl makes one for each namespace of each request: its own formatters, the config's cache. */
function requestTranslator(locale: "nb" | "en") {
  const messages = locale === "nb" ? nb : en;
  return createTranslator({
    locale,
    messages,
    namespace: "overview",
    timeZone: TIME_ZONE,
    _cache: parsedMessages,
    _formatters: _createIntlFormatters(_createCache()),
  });
}

const parsed = () => Object.keys(parsedMessages.message);

describe("the messages parsed once for the process", () => {
  it("parses a message on its first use and reuses it in later requests, with their own values", () => {
    const before = parsed().length;
    expect(requestTranslator("nb")("heading", { name: "Kari Nordmann" })).toBe("Hei, Kari Nordmann");
    const afterFirst = parsed();
    expect(afterFirst.length).toBe(before + 1);
    expect(requestTranslator("nb")("heading", { name: "Ola Hansen" })).toBe("Hei, Ola Hansen");
    expect(parsed()).toEqual(afterFirst);
  });

  it("keeps the languages apart", () => {
    expect(requestTranslator("en")("heading", { name: "Kari Nordmann" })).toBe("Hello, Kari Nordmann");
    expect(requestTranslator("nb")("heading", { name: "Kari Nordmann" })).toBe("Hei, Kari Nordmann");
  });

  it("holds the messages' text, never the values put into them", () => {
    requestTranslator("nb")("headingActing", { name: "Per Person" });
    const held = JSON.stringify(parsed());
    expect(held).toContain("Oversikt for {name}");
    expect(held).not.toMatch(/Kari|Ola|Per Person/);
  });
});
