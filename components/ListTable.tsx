import type { ReactNode } from "react";
import { BodyLong } from "@/components/ui/aksel";
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";

/**
 * A list of things as a table that stacks into labelled rows on a phone, or a
 * sentence when there is nothing to list. Each row is the caller's own
 * (`row`), with a label on each cell for the stacked view.
 */
export function ListTable<T>({
  items,
  empty,
  caption,
  columns,
  row,
}: {
  items: T[];
  empty: string;
  caption: string;
  columns: string[];
  row: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <BodyLong>{empty}</BodyLong>;
  return (
    <Table reflow="stack" caption={caption}>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c} scope="col">
              {c}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{items.map(row)}</TableBody>
    </Table>
  );
}
