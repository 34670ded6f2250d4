import type { HTMLAttributes, ReactNode } from "react";
import { CheckmarkCircleFillIcon, ExclamationmarkTriangleFillIcon, InformationSquareFillIcon, XMarkOctagonFillIcon } from "@navikt/aksel-icons";
import { getTranslations } from "next-intl/server";
import { cx } from "./cx";

/**
 * Aksel's Alert and List markup for server components (Aksel's own read a
 * React context or its i18n hook, which makes them client components and sends
 * their code to every page). Same classes as Aksel 8.15, so Aksel's CSS
 * styles them. Client components (the forms) keep using Aksel's own.
 */
type AlertVariant = "error" | "warning" | "info" | "success";
const ICONS = { error: XMarkOctagonFillIcon, warning: ExclamationmarkTriangleFillIcon, info: InformationSquareFillIcon, success: CheckmarkCircleFillIcon };
const COLORS = { error: "danger", warning: "warning", info: "info", success: "success" } as const;

type AlertProps = Omit<HTMLAttributes<HTMLDivElement>, "className" | "color"> & {
  variant: AlertVariant;
  size?: "medium" | "small";
  inline?: boolean;
  className?: string;
  children: ReactNode;
};

export async function Alert({ variant, size = "medium", inline = false, className, children, ...rest }: AlertProps) {
  const t = await getTranslations("ui.alert");
  const Icon = ICONS[variant];
  const classes = cx("aksel-alert", `aksel-alert--${variant}`, `aksel-alert--${size}`, inline && "aksel-alert--inline", className);
  return (
    <div {...rest} data-color={COLORS[variant]} data-variant={variant} className={classes}>
      <Icon title={t(variant)} className="aksel-alert__icon" />
      <div className={`aksel-alert__wrapper aksel-alert__wrapper--maxwidth aksel-body-long aksel-body-long--${size}`}>{children}</div>
    </div>
  );
}

type ListProps = { children: ReactNode; size?: "small" | "medium" | "large"; "aria-label"?: string; "aria-labelledby"?: string; className?: string };

/** An unordered list with Aksel's bullets. */
export function List({ children, size = "medium", className, ...aria }: ListProps) {
  return (
    <div className={cx("aksel-body-long", `aksel-body-long--${size}`, "aksel-list", `aksel-list--${size}`, className)}>
      <ul role="list" {...aria}>
        {children}
      </ul>
    </div>
  );
}

export function ListItem({ children, title, icon, className }: { children: ReactNode; title?: string; icon?: ReactNode; className?: string }) {
  return (
    <li className={cx("aksel-list__item", className)}>
      <div className={`aksel-list__item-marker ${icon ? "aksel-list__item-marker--icon" : "aksel-list__item-marker--bullet"}`}>
        {icon ?? (
          <svg viewBox="0 0 6 6" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden focusable={false} role="img">
            <rect width="6" height="6" rx="3" fill="currentColor" />
          </svg>
        )}
      </div>
      <div>
        {title && <p className="aksel-body-long aksel-body-long--medium aksel-typo--semibold">{title}</p>}
        {children}
      </div>
    </li>
  );
}
