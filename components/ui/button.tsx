import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from "react";
import type { AkselColor } from "@navikt/ds-react/types/theme";
import { cx } from "./cx";

/**
 * Aksel's button markup for server components (Aksel's Button attaches a key
 * handler, which only a client component may do). The native <button> already
 * does what that handler adds: Space activates it.
 */
type Variant = "primary" | "secondary" | "tertiary" | "danger" | "primary-neutral" | "secondary-neutral" | "tertiary-neutral";
type Size = "medium" | "small" | "xsmall";

/** The attributes that make any element look like an Aksel button (also used on <summary>). */
export function buttonLook(variant: Variant = "primary", size: Size = "medium", extra?: string) {
  const color: AkselColor | undefined = variant.endsWith("-neutral") ? "neutral" : variant === "danger" ? "danger" : undefined;
  const simple = variant.startsWith("secondary") ? "secondary" : variant.startsWith("tertiary") ? "tertiary" : "primary";
  return {
    "data-color": color,
    "data-variant": simple,
    className: cx("aksel-button", `aksel-button--${size}`, extra),
  };
}

function buttonLabel(size: Size, children: ReactNode) {
  return <span className={`aksel-label aksel-label--${size === "medium" ? "medium" : "small"}`}>{children}</span>;
}

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className"> & {
  variant?: Variant;
  size?: Size;
  icon?: ReactNode;
  className?: string;
};

export function Button({ variant = "primary", size = "medium", icon, children, className, ...rest }: Props) {
  return (
    <button {...rest} {...buttonLook(variant, size, cx(!!icon && !children && "aksel-button--icon-only", className))}>
      {icon && <span className="aksel-button__icon">{icon}</span>}
      {children && buttonLabel(size, children)}
    </button>
  );
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "className"> & {
  variant?: Variant;
  size?: Size;
  icon?: ReactNode;
  href: string;
};

/** A link that looks like a button (downloads, filters that are links). */
export function ButtonLink({ variant = "primary", size = "medium", icon, children, ...rest }: LinkProps) {
  return (
    <a {...rest} {...buttonLook(variant, size)}>
      {icon && <span className="aksel-button__icon">{icon}</span>}
      {children && buttonLabel(size, children)}
    </a>
  );
}
