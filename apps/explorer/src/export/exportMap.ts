import type { ReactFlowState } from "@xyflow/react";
import { boundsOf } from "../flow/frame.ts";
import type { AnyNode, MapEdge, MapNode } from "../flow/types.ts";
import { KEY_ITEMS } from "../map/MapKey.tsx";
import { downloadText } from "./csv.ts";
import { buildSvg, type SvgPicture } from "./svg.ts";

export type ImageFormat = "png" | "svg";
export type ImageScope = "whole" | "view";

const COLOURS: Record<string, string> = {
  bg: "--bg", edge: "--edge", accent: "--accent", error: "--error", contract: "--contract", lane: "--lane", laneText: "--lane-text",
  node: "--panel", text: "--text", muted: "--muted", line: "--line-strong", role: "--role", artifact: "--artifact", agent: "--agent",
  artifactBg: "--artifact-bg", agentBg: "--agent-bg", contractBg: "--contract-bg", chipNone: "--chip-none", lead: "--lead",
  support: "--support", consult: "--consult", chipInk: "--chip-ink",
};

/** The page's colours now (light or dark), written into the picture: an exported file has no stylesheet. */
function colours(): Record<string, string> {
  const style = getComputedStyle(document.documentElement);
  return Object.fromEntries(Object.entries(COLOURS).map(([key, variable]) => [key, style.getPropertyValue(variable).trim() || "#888"]));
}

const subOf = (n: MapNode): string | undefined => {
  const d = n.data.node.data;
  if (n.type === "role") return typeof d.owner === "string" ? d.owner : undefined;
  if (n.type === "agent") return typeof d.access === "string" ? d.access : undefined;
  if (n.type === "contract") return typeof d.gates === "number" ? `${typeof d.checkable === "number" ? d.checkable : "?"}/${d.gates} gates checkable` : undefined;
  return d.external === true ? "external input" : undefined;
};

/** What the map shows, as a picture description: the same positions, labels, lanes and highlight. */
export function pictureOf(nodes: readonly AnyNode[], edges: readonly MapEdge[], flow: Pick<ReactFlowState, "transform" | "width" | "height">, scope: ImageScope, direction: "LR" | "TB", title: string): SvgPicture {
  const mapNodes = nodes.filter((n): n is MapNode => n.type !== "lane");
  const lanes = nodes.filter((n) => n.type === "lane");
  const focused = mapNodes.some((n) => n.data.relation !== undefined);
  const whole = boundsOf(nodes.map((n) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }))) ?? { x: 0, y: 0, width: 800, height: 600 };
  const [tx, ty, zoom] = flow.transform;
  const view = scope === "whole" ? { x: whole.x - 16, y: whole.y - 16, width: whole.width + 32, height: whole.height + 32 } : { x: -tx / zoom, y: -ty / zoom, width: flow.width / zoom, height: flow.height / zoom };
  return {
    nodes: mapNodes.map((n) => ({
      id: n.id, kind: n.type ?? "artifact", x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0,
      title: n.data.node.label, sub: subOf(n), chips: n.data.chips, lit: n.data.relation !== undefined,
    })),
    edges: edges.map((e) => ({
      id: e.id, kind: e.data?.kind ?? "", source: e.source, target: e.target, lit: e.data?.lit === true, failed: (e.className ?? "").includes("is-failed"),
      label: e.data?.spot !== undefined && e.data.text !== undefined ? { text: e.data.text, ...e.data.spot } : undefined,
    })),
    bands: lanes.map((l) => ({
      title: l.type === "lane" ? l.data.title : "", x: l.position.x, y: l.position.y, width: l.width ?? 0, height: l.height ?? 0,
      note: l.type === "lane" && l.data.leaderless ? "No lead" : undefined,
    })),
    view, direction, focused, legend: KEY_ITEMS, colours: colours(), title,
  };
}

/** Downloads the picture as SVG (vector: paths and text) or PNG (that SVG drawn at twice its size). */
export async function exportPicture(picture: SvgPicture, format: ImageFormat, name: string): Promise<void> {
  const svg = buildSvg(picture);
  if (format === "svg") {
    downloadText(`${name}.svg`, svg, "image/svg+xml");
    return;
  }
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((done, fail) => {
      image.onload = () => done();
      image.onerror = () => fail(new Error("the map could not be drawn as an image"));
      image.src = url;
    });
    const scale = Math.min(2, 16_000 / Math.max(image.width, image.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const link = document.createElement("a");
    link.download = `${name}.png`;
    link.href = canvas.toDataURL("image/png");
    link.click();
  } finally {
    URL.revokeObjectURL(url);
  }
}
