import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cx } from "./cx";

/**
 * Aksel's table markup, rendered on the server (Aksel's own Table is a client
 * component because of its sorting context).
 *
 * Reflow (WCAG 1.4.10), chosen per table:
 * - `stack`: on narrow screens each row becomes a block and every cell shows
 *   its column name from `label`, so a whole row, net amount included, fits a
 *   320 px screen without sideways scrolling.
 * - `scroll`: the table scrolls inside its own labelled, focusable region; the
 *   page itself never gets wider than the screen.
 * - `fit` (default): two or three columns whose text wraps; nothing to do.
 */
type TableProps = {
  caption: ReactNode;
  /** Show the caption (otherwise it is for screen readers only). */
  showCaption?: boolean;
  size?: "small" | "medium";
  zebraStripes?: boolean;
  reflow?: "stack" | "scroll" | "fit";
  children: ReactNode;
  id?: string;
};

export function Table({ caption, showCaption = false, size = "medium", zebraStripes = false, reflow = "fit", children, id }: TableProps) {
  const table = (
    <table id={id} className={cx("aksel-table", `aksel-table--${size}`, zebraStripes && "aksel-table--zebra-stripes", reflow === "stack" && "stack-table")}>
      <caption className={showCaption ? "table-caption" : "aksel-sr-only"}>{caption}</caption>
      {children}
    </table>
  );
  if (reflow !== "scroll") return table;
  return (
    // A keyboard user can scroll the region; its name is the table's caption.
    <div className="table-scroll" role="region" aria-label={typeof caption === "string" ? caption : undefined} tabIndex={0}>
      {table}
    </div>
  );
}

export function TableHeader({ children }: { children: ReactNode }) {
  return <thead className="aksel-table__header">{children}</thead>;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="aksel-table__body">{children}</tbody>;
}

export function TableRow({ children, className }: { children: ReactNode; className?: string }) {
  return <tr className={cx("aksel-table__row", "aksel-table__row--shade-on-hover", className)}>{children}</tr>;
}

type Align = "left" | "center" | "right";
type CellProps = { align?: Align; label?: string; children?: ReactNode } & Omit<ComponentPropsWithoutRef<"td">, "align">;

export function TableHeaderCell({ align, label, children, className, scope, ...rest }: CellProps & { scope?: "col" | "row" }) {
  return (
    <th
      {...rest}
      scope={scope}
      data-label={label}
      className={cx("aksel-table__header-cell", "aksel-label", align && `aksel-table__header-cell--align-${align}`, className)}
    >
      {children}
    </th>
  );
}

export function TableDataCell({ align, label, children, className, ...rest }: CellProps) {
  return (
    <td
      {...rest}
      data-label={label}
      className={cx("aksel-table__data-cell", "aksel-body-short", "aksel-body-short--medium", align && `aksel-table__data-cell--align-${align}`, className)}
    >
      {children}
    </td>
  );
}
