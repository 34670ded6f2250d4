import { createElement, type CSSProperties, type ReactNode } from "react";
import type { BoxProps, HGridProps, StackProps } from "@navikt/ds-react";
import { getResponsiveProps, getResponsiveValue } from "../../node_modules/@navikt/ds-react/esm/primitives/utilities/css.js";
import { cx } from "./cx";

/**
 * Aksel's layout primitives (Box, VStack, HStack, HGrid) for server components:
 * the same class names and CSS variables as Aksel 8.15, so Aksel's CSS lays
 * them out, but without Aksel's Slot (which needs a client hook) and so without
 * sending any JavaScript (docs/adr/0010-javascript-budget.md). `asChild` is not
 * supported here; a client component can use Aksel's own.
 */
type Primitive = {
  padding?: BoxProps["padding"];
  paddingInline?: BoxProps["paddingInline"];
  paddingBlock?: BoxProps["paddingBlock"];
  margin?: BoxProps["margin"];
  marginInline?: BoxProps["marginInline"];
  marginBlock?: BoxProps["marginBlock"];
  width?: BoxProps["width"];
  minWidth?: BoxProps["minWidth"];
  maxWidth?: BoxProps["maxWidth"];
  flexGrow?: BoxProps["flexGrow"];
};
type Common = Primitive & {
  as?: keyof React.JSX.IntrinsicElements;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  id?: string;
  role?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "aria-live"?: "polite" | "assertive" | "off";
  tabIndex?: number;
  lang?: string;
};

function primitive(p: Primitive): { className: string; style: Record<string, string> } {
  const style = {
    ...getResponsiveProps("r", "p", "space", p.padding),
    ...getResponsiveProps("r", "pi", "space", p.paddingInline),
    ...getResponsiveProps("r", "pb", "space", p.paddingBlock),
    ...getResponsiveProps("r", "m", "space", p.margin),
    ...getResponsiveProps("r", "mi", "space", p.marginInline),
    ...getResponsiveProps("r", "mb", "space", p.marginBlock),
    ...getResponsiveValue("r", "w", p.width),
    ...getResponsiveValue("r", "minw", p.minWidth),
    ...getResponsiveValue("r", "maxw", p.maxWidth),
    ...getResponsiveValue("r", "flex-grow", p.flexGrow),
  } as Record<string, string>;
  const className = cx(
    p.padding && "aksel-r-p",
    p.paddingInline && "aksel-r-pi",
    p.paddingBlock && "aksel-r-pb",
    p.margin && "aksel-r-m",
    p.marginInline && "aksel-r-mi",
    p.marginBlock && "aksel-r-mb",
    p.width && "aksel-r-w",
    p.minWidth && "aksel-r-minw",
    p.maxWidth && "aksel-r-maxw",
    p.flexGrow && "aksel-r-flex-grow",
  );
  return { className, style };
}

function render(props: Common, ownClass: string, ownStyle: Record<string, unknown>) {
  const {
    as = "div",
    className,
    style,
    children,
    padding,
    paddingInline,
    paddingBlock,
    margin,
    marginInline,
    marginBlock,
    width,
    minWidth,
    maxWidth,
    flexGrow,
    ...rest
  } = props;
  const base = primitive({ padding, paddingInline, paddingBlock, margin, marginInline, marginBlock, width, minWidth, maxWidth, flexGrow });
  const merged = Object.fromEntries(Object.entries({ ...style, ...ownStyle, ...base.style }).filter(([, v]) => v !== undefined));
  return createElement(as, { ...rest, className: cx(ownClass, className, base.className), style: merged }, children);
}

type StackOwn = Pick<StackProps, "gap" | "align" | "justify" | "wrap">;

function stack(props: Common & StackOwn, direction: "row" | "column") {
  const { gap, align, justify, wrap = true, ...rest } = props;
  const style = {
    ...getResponsiveProps("stack", "gap", "space", gap),
    ...getResponsiveValue("stack", "direction", direction),
    ...getResponsiveValue("stack", "align", align),
    ...getResponsiveValue("stack", "justify", justify),
  };
  const className = cx(
    "aksel-stack",
    direction === "column" ? "aksel-vstack" : "aksel-hstack",
    gap && "aksel-stack-gap",
    align && "aksel-stack-align",
    justify && "aksel-stack-justify",
    "aksel-stack-direction",
    wrap && "aksel-stack-wrap",
  );
  return render(rest, className, style);
}

export function VStack(props: Common & StackOwn) {
  return stack(props, "column");
}

export function HStack(props: Common & StackOwn) {
  return stack(props, "row");
}

type BoxOwn = Pick<BoxProps, "background" | "borderColor" | "borderWidth" | "borderRadius" | "shadow">;

export function Box(props: Common & BoxOwn) {
  const { background, borderColor, borderWidth, borderRadius, shadow, ...rest } = props;
  const style = {
    "--__axc-box-background": background ? `var(--ax-bg-${background})` : undefined,
    "--__axc-box-shadow": shadow ? `var(--ax-shadow-${shadow})` : undefined,
    "--__axc-box-border-color": borderColor ? `var(--ax-border-${borderColor})` : undefined,
    "--__axc-box-border-width": borderWidth
      ? borderWidth
          .split(" ")
          .map((x) => `${x}px`)
          .join(" ")
      : undefined,
    ...getResponsiveProps("box", "radius", "radius", borderRadius, false, ["0"]),
  };
  const className = cx(
    "aksel-box",
    background && "aksel-box-bg",
    borderColor && "aksel-box-border-color",
    borderWidth && "aksel-box-border-width",
    borderRadius && "aksel-box-radius",
    shadow && "aksel-box-shadow",
  );
  return render(rest, className, style);
}

type GridOwn = Pick<HGridProps, "columns" | "gap" | "align">;

const column = (c: string | number) => (typeof c === "number" ? `repeat(${c}, minmax(0, 1fr))` : c);

export function HGrid(props: Common & GridOwn) {
  const { columns, gap, align, ...rest } = props;
  const cols =
    columns === undefined
      ? undefined
      : typeof columns === "object"
        ? Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, column(v as string | number)]))
        : column(columns);
  const style = {
    "--__axc-hgrid-align": align,
    ...getResponsiveProps("hgrid", "gap", "space", gap),
    ...getResponsiveValue("hgrid", "columns", cols as Parameters<typeof getResponsiveValue>[2]),
  };
  return render(rest, cx("aksel-hgrid", gap && "aksel-hgrid-gap", align && "aksel-hgrid-align"), style);
}
