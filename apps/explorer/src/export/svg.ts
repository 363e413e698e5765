import { getBezierPath, Position } from "@xyflow/system";
import type { Direction } from "../state/view.ts";

export interface SvgNode {
  id: string;
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  sub?: string | undefined;
  /** Role chips, one per stage: a letter and its engagement class. */
  chips?: readonly { letter: string; engagement: string }[] | undefined;
  lit: boolean;
}
export interface SvgEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  lit: boolean;
  failed: boolean;
  label?: { text: string; x: number; y: number; width: number; height: number } | undefined;
}
export interface SvgBand {
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  note?: string | undefined;
}
export interface SvgPicture {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  bands: readonly SvgBand[];
  /** The part of the map to draw, in map coordinates. */
  view: { x: number; y: number; width: number; height: number };
  direction: Direction;
  focused: boolean;
  legend: readonly { swatch: string; text: string }[];
  colours: Record<string, string>;
  title: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A title in at most two lines of `max` characters, the second cut with an ellipsis. */
export function wrap(text: string, max: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line === "" || (line + " " + word).length <= max) line = line === "" ? word : `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(" ");
  return [lines[0] ?? "", second.length > max ? `${second.slice(0, max - 1)}…` : second];
}

const FILL: Record<string, string> = { role: "node", artifact: "artifactBg", agent: "agentBg", contract: "contractBg" };
const STRIPE: Record<string, string> = { role: "role", contract: "contract" };

/**
 * The map as a real vector drawing: rectangles, paths and text, no foreignObject and no
 * stylesheet (every colour is written on its element), with the stage lanes and a legend.
 * Pure: the explorer hands it what it laid out; tests read the string.
 */
export function buildSvg(p: SvgPicture): string {
  const c = (name: string) => p.colours[name] ?? "#888";
  const lr = p.direction === "LR";
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const legendHeight = 34;
  const out: string[] = [];
  const { x: vx, y: vy, width: vw, height: vh } = p.view;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${vx} ${vy} ${vw} ${vh + legendHeight}" width="${Math.round(vw)}" height="${Math.round(vh + legendHeight)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`);
  out.push(`<title>${esc(p.title)}</title>`);
  out.push(`<rect x="${vx}" y="${vy}" width="${vw}" height="${vh + legendHeight}" fill="${c("bg")}"/>`);
  out.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c("edge")}"/></marker>`);
  out.push(`<marker id="arrow-lit" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c("accent")}"/></marker></defs>`);
  for (const b of p.bands) {
    out.push(`<g class="lane"><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="10" fill="${c("lane")}"/>`);
    out.push(`<text x="${b.x + 16}" y="${b.y + 30}" font-size="20" font-weight="650" letter-spacing="1.2" fill="${c("laneText")}">${esc(b.title.toUpperCase())}</text>`);
    if (b.note !== undefined) out.push(`<text x="${b.x + 16}" y="${b.y + 48}" font-size="13" font-weight="600" fill="${c("error")}">${esc(b.note)}</text>`);
    out.push(`</g>`);
  }
  for (const e of p.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (s === undefined || t === undefined) continue;
    const [d] = getBezierPath({
      sourceX: lr ? s.x + s.width : s.x + s.width / 2, sourceY: lr ? s.y + s.height / 2 : s.y + s.height, sourcePosition: lr ? Position.Right : Position.Bottom,
      targetX: lr ? t.x : t.x + t.width / 2, targetY: lr ? t.y + t.height / 2 : t.y, targetPosition: lr ? Position.Left : Position.Top,
    });
    const stroke = e.lit ? c("accent") : e.failed ? c("error") : e.kind === "handoff" ? c("contract") : c("edge");
    const dash = e.kind === "handoff" ? ` stroke-dasharray="6 3"` : e.kind === "derived-from" ? ` stroke-dasharray="2 3"` : "";
    const opacity = p.focused && !e.lit ? ` opacity="0.15"` : "";
    out.push(`<path class="edge edge-${e.kind}" d="${d}" fill="none" stroke="${stroke}" stroke-width="${e.lit ? 2 : 1.3}"${dash}${opacity} marker-end="url(#${e.lit ? "arrow-lit" : "arrow"})"/>`);
  }
  for (const e of p.edges) {
    if (e.label === undefined) continue;
    const l = e.label;
    out.push(`<g class="edge-label"><rect x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" rx="3" fill="${c("node")}" stroke="${c("accent")}"/><text x="${l.x + l.width / 2}" y="${l.y + l.height / 2 + 4}" font-size="12" text-anchor="middle" fill="${c("text")}">${esc(l.text)}</text></g>`);
  }
  for (const n of p.nodes) {
    const opacity = p.focused && !n.lit ? ` opacity="0.3"` : "";
    const radius = n.kind === "agent" ? n.height / 2 : n.kind === "artifact" ? 4 : 8;
    out.push(`<g class="node node-${n.kind}"${opacity}>`);
    out.push(`<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="${radius}" fill="${c(FILL[n.kind] ?? "node")}" stroke="${n.lit ? c("accent") : c("line")}" stroke-width="${n.lit ? 2.5 : 1}"/>`);
    const stripe = STRIPE[n.kind];
    if (stripe !== undefined) out.push(`<rect x="${n.x}" y="${n.y}" width="4" height="${n.height}" fill="${c(stripe)}"/>`);
    const size = n.kind === "role" ? 17 : 14;
    const lines = wrap(n.title, Math.floor((n.width - 24) / (size * 0.56)));
    const rows = lines.length + (n.sub !== undefined ? 1 : 0) + ((n.chips?.length ?? 0) > 0 ? 1 : 0);
    let y = n.y + n.height / 2 - (rows * 18) / 2 + 14;
    for (const line of lines) {
      out.push(`<text x="${n.x + 12}" y="${y}" font-size="${size}" font-weight="600" fill="${c("text")}">${esc(line)}</text>`);
      y += size + 3;
    }
    if (n.sub !== undefined) {
      out.push(`<text x="${n.x + 12}" y="${y}" font-size="12" fill="${c("muted")}">${esc(n.sub)}</text>`);
      y += 16;
    }
    (n.chips ?? []).forEach((chip, i) => {
      const cx = n.x + 12 + i * 23;
      const fill = chip.engagement === "none" ? c("chipNone") : c(chip.engagement);
      const ink = chip.engagement === "lead" ? "#ffffff" : chip.engagement === "none" ? c("muted") : c("chipInk");
      out.push(`<rect x="${cx}" y="${y - 12}" width="20" height="17" rx="3" fill="${fill}"/><text x="${cx + 10}" y="${y + 1}" font-size="12" font-weight="700" text-anchor="middle" fill="${ink}">${esc(chip.letter)}</text>`);
    });
    out.push(`</g>`);
  }
  // The key, along the bottom: what each shape and line means, in every export.
  let lx = vx + 16;
  const ly = vy + vh + 22;
  out.push(`<g class="legend"><text x="${lx}" y="${ly}" font-size="12" font-weight="700" fill="${c("text")}">Key</text>`);
  lx += 40;
  for (const item of p.legend) {
    out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" rx="2" fill="${c(item.swatch)}"/><text x="${lx + 17}" y="${ly}" font-size="12" fill="${c("text")}">${esc(item.text)}</text>`);
    lx += 30 + item.text.length * 6.8;
  }
  out.push(`</g></svg>`);
  return out.join("\n");
}
