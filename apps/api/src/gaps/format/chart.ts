import type { Severity } from "../types.ts";

export const COLORS: Record<Severity, string> = { error: "#c62828", warning: "#ef8f00", info: "#1e6fb8" };
const ORDER: Severity[] = ["error", "warning", "info"];

export interface Bar {
  label: string;
  counts: Record<Severity, number>;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A horizontal bar chart, one bar per row stacked by severity, as inline SVG (no script, no assets). */
export function barChart(title: string, bars: Bar[]): string {
  const rowHeight = 22;
  const labelWidth = 180;
  const barWidth = 360;
  const max = Math.max(1, ...bars.map((b) => ORDER.reduce((n, s) => n + b.counts[s], 0)));
  const height = 30 + bars.length * rowHeight;
  const rows = bars.map((b, i) => {
    const y = 26 + i * rowHeight;
    let x = labelWidth;
    const segments = ORDER.filter((s) => b.counts[s] > 0).map((s) => {
      const w = (b.counts[s] / max) * barWidth;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${COLORS[s]}"><title>${b.counts[s]} ${s}</title></rect>`;
      x += w;
      return rect;
    });
    const total = ORDER.reduce((n, s) => n + b.counts[s], 0);
    return `<text x="${labelWidth - 8}" y="${y + 12}" text-anchor="end">${esc(b.label)}</text>${segments.join("")}` +
      `<text x="${(x + 6).toFixed(1)}" y="${y + 12}">${total}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelWidth + barWidth + 40}" height="${height}" ` +
    `font-family="system-ui, sans-serif" font-size="12"><text x="0" y="14" font-weight="600">${esc(title)}</text>${rows.join("")}</svg>`;
}

export { esc };
