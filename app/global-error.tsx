"use client";

/**
 * The last resort, when even the root layout fails (for example without the
 * database). It replaces the whole document, so it carries its own html and
 * says it in both languages; no technical detail reaches the user.
 */
export default function GlobalError({ reset }: { reset: () => void }) {
  return (
    <html lang="nb">
      <head>
        <title>Feil: Noe gikk galt – Din pensjon</title>
      </head>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", maxWidth: "40rem", lineHeight: 1.5 }}>
        <main>
          <h1>Noe gikk galt</h1>
          <p>Vi kan ikke vise denne siden akkurat nå. Prøv igjen om litt. Det du har sendt inn tidligere, er ikke tapt.</p>
          <div lang="en">
            <h2>Something went wrong</h2>
            <p>We cannot show this page right now. Please try again shortly. Nothing you sent earlier has been lost.</p>
          </div>
          <p>
            <button type="button" onClick={reset}>
              Prøv igjen / Try again
            </button>{" "}
            {/* The root layout failed: a full page load is the way back, not a client-side navigation. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Til forsiden / Front page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
