import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { closest } from "./closest.ts";
import { countElements } from "./count-elements.ts";
import { fastLoad } from "./fast-load.ts";
import { fieldsAt } from "./fields-at.ts";
import { TeamSchema, type Team } from "./team.ts";

export interface DocumentError {
  /** Field path as people write it: `roles[2].consumes[0].artifact`; empty for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}
export type ParseResult = { ok: true; team: Team } | { ok: false; errors: DocumentError[] };

export interface ParseLimits {
  /** Largest document accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** Most alias expansions accepted, against billion-laughs documents (default 1,000). */
  maxAliasCount?: number;
  /**
   * Most elements (keys, values, lists, list items) accepted, counted before the document is
   * built (default 100,000): the largest bench team (size L) has 15,000, the DPOS example 2,155.
   */
  maxElements?: number;
}
export const DEFAULT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxAliasCount: 1000, maxElements: 100_000 } as const;

/**
 * The team of a document that is valid within the limits, read fast (fast-load.ts) without
 * positions; undefined for any other, which parseTeamDocument reads again for its errors.
 */
export function readValidTeam(text: string, limits: ParseLimits = {}): Team | undefined {
  if (Buffer.byteLength(text, "utf8") > (limits.maxBytes ?? DEFAULT_LIMITS.maxBytes)) return undefined;
  // Each element countElements counts opens a node, or is the list item whose node it opens:
  // at most two elements a node, so half the element limit in nodes keeps the same limit.
  const fast = fastLoad(text, Math.floor((limits.maxElements ?? DEFAULT_LIMITS.maxElements) / 2));
  if (!fast || unstorableValue(fast.data) !== undefined) return undefined;
  const valid = TeamSchema.safeParse(fast.data);
  return valid.success ? valid.data : undefined;
}

/** Parses a team file (YAML or JSON text) and validates it, with line numbers on every error. */
export function parseTeamDocument(text: string, limits: ParseLimits = {}): ParseResult {
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) {
    return { ok: false, errors: [{ path: "", message: `document is ${bytes} bytes; the limit is ${maxBytes}` }] };
  }
  // A valid document is read fast; anything else is read again below, where every error gets its line.
  const team = readValidTeam(text, limits);
  if (team) return { ok: true, team };
  const maxElements = limits.maxElements ?? DEFAULT_LIMITS.maxElements;
  const counted = countElements(text, maxElements);
  if (counted.over) {
    // Small elements are what make a document of a few MB cost seconds and a GB to build.
    const message = `document has more than ${maxElements} elements (keys, values, lists and list items); the limit is ${maxElements} (MAX_DOCUMENT_ELEMENTS), passed here`;
    return { ok: false, errors: [{ path: "", message, line: counted.over.line, column: counted.over.column }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => (offset === undefined ? {} : lines.linePos(offset));
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ path: "", message: `YAML: ${firstLine(e.message)}`, ...position(at(e.pos[0])) })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount ?? DEFAULT_LIMITS.maxAliasCount });
  } catch (error) {
    return { ok: false, errors: [{ path: "", message: `YAML: ${firstLine((error as Error).message)}` }] };
  }
  const unstorable = unstorableValue(data);
  if (unstorable) {
    // Valid YAML and JSON, but not what the graph can keep: refuse it here, where the
    // parser can still point at it, rather than store something else.
    return { ok: false, errors: [{ path: formatPath(unstorable.path), message: unstorable.message, ...locate(doc, lines, unstorable.path) }] };
  }
  return validateTeam(data, doc, lines);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first value the graph cannot store as written: a structure that contains itself
 * (`meta: &m { self: *m }`), which has no JSON form; or text with an unpaired UTF-16
 * surrogate (`"\ud83e"`), which Neo4j stores as UTF-8 and so replaces with U+FFFD.
 */
function unstorableValue(data: unknown): { path: (string | number)[]; message: string } | undefined {
  const state = new Map<object, "open" | "done">();
  const loneSurrogate = (text: string, path: (string | number)[], what: string) => {
    const found = LONE_SURROGATE.exec(text);
    if (!found) return undefined;
    const unit = `\\u${found[0].charCodeAt(0).toString(16)}`;
    return { path, message: `${what} has an unpaired UTF-16 surrogate (${unit} at character ${found.index}), which cannot be stored as text` };
  };
  const visit = (value: unknown, path: (string | number)[]): { path: (string | number)[]; message: string } | undefined => {
    if (typeof value === "string") return loneSurrogate(value, path, "the text");
    if (value === null || typeof value !== "object") return undefined;
    const seen = state.get(value);
    if (seen === "open") return { path, message: "YAML: this alias refers to a node that contains it; a recursive structure cannot be stored" };
    if (seen === "done") return undefined; // shared by aliases, already checked
    state.set(value, "open");
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      const found = (typeof key === "string" ? loneSurrogate(key, [...path, key], "the key") : undefined) ?? visit(child, [...path, key]);
      if (found) return found;
    }
    state.set(value, "done");
    return undefined;
  };
  return visit(data, []);
}

/** Validates already-parsed data; with the YAML document, errors carry line and column. */
export function validateTeam(data: unknown, doc?: Document, lines?: LineCounter): ParseResult {
  const result = TeamSchema.safeParse(data);
  if (result.success) return { ok: true, team: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => toDocumentError(issue, data, doc, lines)) };
}

function toDocumentError(issue: z.core.$ZodIssue, data: unknown, doc?: Document, lines?: LineCounter): DocumentError {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  let message = issue.message;
  if (issue.code === "invalid_type" && / received undefined$/.test(issue.message)) {
    message = `missing required field '${String(path.at(-1) ?? "")}' (${issue.expected})`;
  }
  if (issue.code === "invalid_type" && issue.expected === "object") {
    const fields = fieldsAt(path);
    // The whole document not a mapping: not a team file, maybe not meant to be read at all
    // (a credentials file behind a link), so its text is described, never quoted.
    if (fields) message = `expected an object with fields ${fields.join(", ")}; got ${describe(valueAt(data, path), path.length > 0)}`;
  }
  if (issue.code === "unrecognized_keys") {
    const fields = fieldsAt(path) ?? [];
    const named = issue.keys.map((k) => {
      const near = closest(k, fields);
      return near ? `'${k}' (did you mean '${near}'?)` : `'${k}'`;
    });
    message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${named.join(", ")}`;
  }
  const located = doc && lines ? locate(doc, lines, path, issue.code === "unrecognized_keys" ? issue.keys[0] : undefined) : {};
  return { path: formatPath(path), message, ...located };
}

/** The nearest node that exists along the path: a missing field is reported at its parent. */
function locate(doc: Document, lines: LineCounter, path: (string | number)[], key?: string) {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (!isNode(node) || node.range === undefined || node.range === null) continue;
    let offset = node.range[0];
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) offset = keyRange[0];
    }
    return position(lines.linePos(offset));
  }
  return {};
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, p) => (typeof p === "number" ? `${out}[${p}]` : out ? `${out}.${p}` : p), "");
}

function position(pos: { line?: number; col?: number }) {
  return pos.line === undefined ? {} : { line: pos.line, column: pos.col };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const step of path) value = value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[step] : undefined;
  return value;
}

function describe(value: unknown, quote: boolean): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string" && !quote) return `a text of ${value.length} characters`;
  if (typeof value === "string") return `the text '${value.length > 40 ? `${value.slice(0, 40)}...` : value}'`;
  return value === null ? "null" : `a ${typeof value}`;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** One line a problem, as editors and CI logs show them: `team.yaml:12:5 roles[2].id: ...`. */
export function formatDocumentError(error: DocumentError, file = "<document>"): string {
  const where = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
  return `${where} ${error.path ? `${error.path}: ` : ""}${error.message}`;
}
