import { type ReactNode } from "react";
import { BodyShort } from "@navikt/ds-react";

type Props = {
  max: number;
  /** What the text box holds now (what was typed, when a form comes back). */
  value: string;
  /** "{chars}" in these is replaced by the number. */
  leftText: string;
  overText: string;
  children: ReactNode;
};

/**
 * How many characters are left in a text box with a limit. The page's own
 * script (components/browser/enhance.ts) keeps it up to date as the user
 * types, on a plain page and on one that runs React alike, and tells screen
 * readers near the limit. Without the script it is not shown: the field's
 * description states the limit, and the server says when it is passed.
 */
export function CharacterCount({ max, value, leftText, overText, children }: Props) {
  const left = max - value.length;
  return (
    <div data-count-max={max} data-count-left={leftText} data-count-over={overText}>
      {children}
      <BodyShort
        size="small"
        className={left < 0 ? "character-count aksel-textarea__counter aksel-textarea__counter--error" : "character-count aksel-textarea__counter"}
        data-count-shown
        aria-hidden
      >
        {(left < 0 ? overText : leftText).replace("{chars}", String(Math.abs(left)))}
      </BodyShort>
      <span className="aksel-sr-only" role="status" data-count-status />
    </div>
  );
}
