import type { Locale } from "./locales";

/**
 * The texts of the error pages. They live here, not in messages/*.json, because
 * the error boundary (app/error.tsx) is a client component on every page: with
 * these few strings it needs neither next-intl nor the message files in the
 * browser. The server merges them into the messages as `errors` (request.ts),
 * so server pages use them through next-intl like any other text.
 */
export const ERROR_TEXTS = {
  nb: {
    notFoundHeading: "Fant ikke siden",
    notFoundText: "Siden kan være flyttet eller slettet. Sjekk at adressen er riktig.",
    errorHeading: "Noe gikk galt",
    errorTitle: "Feil: Noe gikk galt – Din pensjon",
    errorText: "Det er ikke din feil. Prøv igjen om litt. Hvis feilen fortsetter, kan du ringe oss på 55 55 33 34.",
    retry: "Prøv igjen",
    home: "Gå til forsiden",
  },
  nn: {
    notFoundHeading: "Fann ikkje sida",
    notFoundText: "Sida kan vere flytta eller sletta. Sjekk at adressa er rett.",
    errorHeading: "Noko gjekk gale",
    errorTitle: "Feil: Noko gjekk gale – Din pensjon",
    errorText: "Det er ikkje din feil. Prøv igjen om litt. Dersom feilen held fram, kan du ringje oss på 55 55 33 34.",
    retry: "Prøv igjen",
    home: "Gå til framsida",
  },
  en: {
    notFoundHeading: "Page not found",
    notFoundText: "The page may have been moved or deleted. Check that the address is correct.",
    errorHeading: "Something went wrong",
    errorTitle: "Error: Something went wrong – Din pensjon",
    errorText: "It is not your fault. Please try again in a moment. If the error continues, call us on +47 55 55 33 34.",
    retry: "Try again",
    home: "Go to the front page",
  },
} satisfies Record<Locale, Record<string, string>>;
