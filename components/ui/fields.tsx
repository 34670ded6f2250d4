import type { ReactNode } from "react";
import { ChevronDownIcon } from "@navikt/aksel-icons";
import { Heading } from "../../node_modules/@navikt/ds-react/esm/typography/Heading.js";
import { cx } from "./cx";

/**
 * Aksel's Fieldset, Select and ErrorSummary markup for a plain GET form in a
 * server component (the payment list's own period). Aksel's own read a React
 * context through hooks, so they are client components, and their code went to
 * every payment list (about 11 kB gzip, docs/adr/0010). Same classes and ARIA as
 * Aksel 8.15, so Aksel's CSS styles them. What Aksel passes through context is
 * passed here by hand: a select inside a fieldset with an error is marked
 * invalid and described by the fieldset's error.
 */

const ERROR_ICON = (
  <svg viewBox="0 0 17 16" fill="none" xmlns="http://www.w3.org/2000/svg" focusable={false} aria-hidden>
    <path
      fillRule="evenodd"
      clipRule="evenodd"
      d="M3.49209 11.534L8.11398 2.7594C8.48895 2.04752 9.50833 2.04743 9.88343 2.75924L14.5073 11.5339C14.8582 12.1998 14.3753 13 13.6226 13H4.37685C3.6242 13 3.14132 12.1999 3.49209 11.534ZM9.74855 10.495C9.74855 10.9092 9.41276 11.245 8.99855 11.245C8.58433 11.245 8.24855 10.9092 8.24855 10.495C8.24855 10.0808 8.58433 9.74497 8.99855 9.74497C9.41276 9.74497 9.74855 10.0808 9.74855 10.495ZM9.49988 5.49997C9.49988 5.22383 9.27602 4.99997 8.99988 4.99997C8.72373 4.99997 8.49988 5.22383 8.49988 5.49997V7.99997C8.49988 8.27611 8.72373 8.49997 8.99988 8.49997C9.27602 8.49997 9.49988 8.27611 9.49988 7.99997V5.49997Z"
      fill="currentColor"
    />
  </svg>
);

/** The id of a fieldset's error text, for the fields inside it to be described by. */
export const fieldsetErrorId = (id: string) => `${id}-error`;

export function Fieldset({ id, legend, error, children }: { id: string; legend: ReactNode; error?: string; children: ReactNode }) {
  return (
    <fieldset id={id} aria-labelledby={`${id}-legend`} className={cx("aksel-fieldset", "aksel-fieldset--medium", error && "aksel-fieldset--error")}>
      <legend id={`${id}-legend`} className="aksel-fieldset__legend aksel-label">
        {legend}
      </legend>
      {children}
      <div id={fieldsetErrorId(id)} aria-relevant="additions removals" aria-live="polite" className="aksel-fieldset__error">
        {error && (
          <p className="aksel-error-message aksel-label aksel-error-message--show-icon">
            {ERROR_ICON}
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}

type SelectProps = {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  /** The id of the error that makes this field invalid (its fieldset's), when there is one. */
  errorId?: string;
  children: ReactNode;
};

export function Select({ id, name, label, defaultValue, errorId, children }: SelectProps) {
  return (
    <div className={cx("aksel-form-field", "aksel-form-field--medium", errorId && "aksel-select--error")}>
      <label htmlFor={id} className="aksel-form-field__label aksel-label">
        {label}
      </label>
      <div className="aksel-select__container">
        <select
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className="aksel-select__input aksel-body-short aksel-body-short--medium"
        >
          {children}
        </select>
        <ChevronDownIcon className="aksel-select__chevron" aria-hidden />
      </div>
    </div>
  );
}

/** The list of what must be mended, each a link to its field, under a heading. */
export function ErrorSummary({ heading, items }: { heading: string; items: Array<{ href: string; text: string }> }) {
  return (
    <div className="aksel-error-summary aksel-error-summary--medium" tabIndex={-1}>
      <Heading level="2" size="small" className="aksel-error-summary__heading" tabIndex={-1}>
        {heading}
      </Heading>
      <ul className="aksel-error-summary__list aksel-body-short aksel-body-short--medium">
        {items.map((item) => (
          <li key={item.href + item.text}>
            <a href={item.href} className="aksel-error-summary__item aksel-link">
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
