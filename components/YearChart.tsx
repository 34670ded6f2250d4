import { formatMoney, formatNumber } from "@/lib/format";
import { type Locale } from "@/lib/i18n/locales";

type Bar = { year: number; netOre: number };

/**
 * A bar chart drawn as SVG: a figure with a title and description for screen
 * readers, each bar labelled with its value, and the same figures in a table.
 */
export function YearChart({ bars, locale, title, description }: { bars: Bar[]; locale: Locale; title: string; description: string }) {
  const ordered = [...bars].sort((a, b) => a.year - b.year);
  const max = Math.max(1, ...ordered.map((b) => b.netOre));
  const barWidth = 48;
  const gap = 20;
  const height = 220;
  const width = ordered.length * (barWidth + gap) + gap;
  return (
    <figure style={{ margin: 0, overflowX: "auto" }} tabIndex={0}>
      <svg
        role="img"
        aria-labelledby="year-chart-title year-chart-desc"
        viewBox={`0 0 ${width} ${height + 50}`}
        width="100%"
        style={{ maxWidth: `${width * 1.4}px` }}
      >
        <title id="year-chart-title">{title}</title>
        <desc id="year-chart-desc">
          {description} {ordered.map((b) => `${b.year}: ${formatMoney(b.netOre, locale)}`).join(", ")}
        </desc>
        <line x1={gap / 2} x2={width - gap / 2} y1={height} y2={height} style={{ stroke: "var(--ax-border-neutral)" }} strokeWidth="1" />
        {ordered.map((b, i) => {
          const h = Math.round((b.netOre / max) * (height - 30));
          const x = gap + i * (barWidth + gap);
          return (
            <g key={b.year}>
              <rect x={x} y={height - h} width={barWidth} height={h} style={{ fill: "var(--ax-bg-accent-strong)" }} />
              <text x={x + barWidth / 2} y={height - h - 6} fontSize="11" textAnchor="middle" style={{ fill: "var(--ax-text-neutral)" }}>
                {formatNumber(Math.round(b.netOre / 100_000) * 1000, locale)}
              </text>
              <text x={x + barWidth / 2} y={height + 18} fontSize="13" textAnchor="middle" style={{ fill: "var(--ax-text-neutral)" }}>
                {b.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="aksel-body-short aksel-body-short--small">{description}</figcaption>
    </figure>
  );
}
