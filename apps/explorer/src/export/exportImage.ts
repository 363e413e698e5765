import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";

export type ImageFormat = "png" | "svg";

const PADDING = 0.04;
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/**
 * Resolves once `count` nodes are in the DOM and two more frames have passed (edges follow
 * their nodes), or after `timeoutMs`: a large map draws only what is on screen until asked.
 */
export async function whenDrawn(count: number, timeoutMs = 10_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (document.querySelectorAll(".react-flow__node").length < count && performance.now() < until) await frame();
  await frame();
  await frame();
}

/**
 * Renders the whole current view (everything shown, not just what fits the window) at a size
 * that keeps labels readable, and downloads it.
 */
export async function exportView(nodes: Node[], format: ImageFormat, name: string): Promise<void> {
  const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
  if (viewport === null) return;
  const bounds = getNodesBounds(nodes);
  const width = Math.min(6000, Math.max(800, Math.ceil(bounds.width * 1.05)));
  const height = Math.min(6000, Math.max(500, Math.ceil(bounds.height * 1.05)));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.2, 2, PADDING);
  const options = {
    backgroundColor: "#fbfbfa",
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
  const restore = inlineSvgStyles(viewport);
  let url: string;
  try {
    url = format === "png" ? await toPng(viewport, { ...options, pixelRatio: 2 }) : await toSvg(viewport, options);
  } finally {
    restore();
  }
  const link = document.createElement("a");
  link.download = `${name}.${format}`;
  link.href = url;
  link.click();
}

const SVG_PROPERTIES = ["stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "fill", "opacity", "font-size"] as const;

/**
 * Writes the stylesheet's look of the edges (stroke, dash, dimming, label text) onto their SVG
 * elements for the time of the export. html-to-image copies computed styles onto HTML
 * elements but not onto the paths inside an SVG, and the image it renders has no
 * stylesheet: edges came out as paths with neither stroke nor colour, that is, invisible.
 * Returns what puts the elements back as they were.
 */
export function inlineSvgStyles(root: Element): () => void {
  const saved: [Element, string | null][] = [];
  for (const element of root.querySelectorAll(".react-flow__edges svg g, .react-flow__edges svg path, .react-flow__edges svg text")) {
    const computed = getComputedStyle(element);
    saved.push([element, element.getAttribute("style")]);
    const inline = SVG_PROPERTIES.map((name) => `${name}: ${computed.getPropertyValue(name)}`).join("; ");
    element.setAttribute("style", `${element.getAttribute("style") ?? ""}; ${inline}`);
  }
  return () => {
    for (const [element, style] of saved) {
      if (style === null) element.removeAttribute("style");
      else element.setAttribute("style", style);
    }
  };
}
