import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "@rolegraph/schema";
import { historyFromSearch, historyToSearch } from "../history/state.ts";
import { DEFAULT_VIEW, VIEWS, clampDepth, type View, type ViewState } from "./view.ts";

const isView = (v: string): v is View => (VIEWS as readonly string[]).includes(v);
const isKind = (v: string): v is NodeKind => (NODE_KINDS as readonly string[]).includes(v);
const isRelation = (v: string): v is EdgeKind => (EDGE_KINDS as readonly string[]).includes(v);
const list = (v: string | null): string[] => (v === null || v === "" ? [] : v.split(",").filter((s) => s !== ""));

/** A deep link back into view state; anything unreadable falls back to the default. */
export function fromSearch(search: string): ViewState {
  const q = new URLSearchParams(search);
  const view = q.get("view") ?? "";
  const kinds = q.has("kinds") ? list(q.get("kinds")).filter(isKind) : DEFAULT_VIEW.kinds;
  return {
    team: q.get("team"),
    view: isView(view) ? view : DEFAULT_VIEW.view,
    focus: q.get("focus"),
    depth: q.has("depth") ? clampDepth(Number(q.get("depth"))) : DEFAULT_VIEW.depth,
    up: q.has("up") ? clampDepth(Number(q.get("up"))) : DEFAULT_VIEW.up,
    relations: q.has("rel") ? list(q.get("rel")).filter(isRelation) : DEFAULT_VIEW.relations,
    path: q.get("path"),
    stages: list(q.get("stages")),
    kinds,
    role: q.get("role"),
    onlyGaps: q.get("gaps") === "1",
    isolate: q.get("isolate") === "1",
    direction: q.get("dir") === "TB" ? "TB" : "LR",
    contract: q.get("contract"),
    ...historyFromSearch(q),
  };
}

/** Only what differs from the default goes in the link, so links stay short and readable. */
export function toSearch(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.team !== null) q.set("team", state.team);
  if (state.view !== DEFAULT_VIEW.view) q.set("view", state.view);
  if (state.focus !== null) q.set("focus", state.focus);
  if (state.depth !== DEFAULT_VIEW.depth) q.set("depth", String(state.depth));
  if (state.up !== DEFAULT_VIEW.up) q.set("up", String(state.up));
  if (state.relations.length !== EDGE_KINDS.length) q.set("rel", state.relations.join(","));
  if (state.path !== null) q.set("path", state.path);
  if (state.stages.length > 0) q.set("stages", state.stages.join(","));
  const allKinds = NODE_KINDS.every((k) => state.kinds.includes(k)) && state.kinds.length === NODE_KINDS.length;
  if (!allKinds) q.set("kinds", state.kinds.join(","));
  if (state.role !== null) q.set("role", state.role);
  if (state.onlyGaps) q.set("gaps", "1");
  if (state.isolate) q.set("isolate", "1");
  if (state.direction !== DEFAULT_VIEW.direction) q.set("dir", state.direction);
  if (state.contract !== null) q.set("contract", state.contract);
  historyToSearch(state, q);
  const text = q.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%2F/gi, "/");
  return text === "" ? "" : `?${text}`;
}
