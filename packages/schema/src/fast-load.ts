import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/**
 * Plain scalars resolved exactly as `yaml`'s core schema (YAML 1.2) resolves them: the same
 * patterns, in the same order, built the same way (yaml/dist/schema/core/*.js). js-yaml's own
 * core schema differs (it reads `1_000` as 1000, where `yaml` keeps the text). One type a tag:
 * js-yaml keeps only the last of several types with the same tag.
 */
type Form = readonly [RegExp, (text: string) => unknown];
const scalar = (tag: string, forms: readonly Form[]) => {
  const formOf = (text: string | null) => forms.find(([test]) => test.test(text ?? ""));
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    resolve: (text) => formOf(text) !== undefined,
    construct: (text) => formOf(text)?.[1](text ?? ""),
  });
};

const CORE_AS_YAML = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("null", [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    scalar("bool", [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"]]),
    scalar("int", [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    scalar("float", [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ]),
  ],
});

/**
 * What the fast reader leaves to `yaml`, where the two libraries could read the same text
 * differently: anchors, aliases and tags (`&a`, `*a`, `!!str`: alias limits and recursion are
 * `yaml`'s to check), explicit and collection keys (`? x`, `[a]: b`: stringified differently),
 * null or empty keys (`~: x`: "null" in js-yaml, "" in `yaml`), directives (`%YAML 1.1`), and
 * tabs (js-yaml lets a tab indent a line where `yaml` refuses it, as the spec does).
 * Matched loosely: text inside a string that looks like one only costs the slow reader.
 */
const LEFT_TO_YAML = [
  /(?:^|[\s[\]{},:?-])[&*!]/,
  /(?:^|[\s[{,])\?(?:\s|$)/,
  /[\]}][ \t]*:/,
  /\{\s*[[{]/,
  /(?:^|[\s[{,])(?:~|[Nn]ull|NULL)?[ \t]*:(?:[\s\]},]|$)/,
  /(?:^|\n)%/,
  /\t/,
  /(?:^|\n)(?:---|\.\.\.)(?![ \r\n]|$)/,
  /(?:^|\n)(?:---|\.\.\.)[ ]+[^\s#]/,
  /\uFEFF/,
  /[\]}]#/,
  /[^\s:[{,-]['"]#/,
  /[|>][+-]?[1-9]/,
  /[|>][^\n]*\n[ ]+\r?\n/,
  /(?:^|\n)[ ]*(?:-[ ]+)*-[ ]*(?:\r?\n|$)/,
  /^(?:[ ]*(?:#.*)?\r?\n)*[ ]+[^\s#]/,
];

class TooManyNodes extends Error {}

/**
 * The data of a YAML or JSON text read fast (js-yaml builds plain objects, where `yaml` builds
 * a document of nodes with positions: about ten times slower on a 190 KB team file), or
 * undefined when the text needs `yaml`: it uses one of the features above, js-yaml refuses
 * it, or it has more than `maxNodes` nodes. The caller then reads it with `yaml`, which
 * gives every error its line; so only a text read here without complaint is trusted.
 */
export function fastLoad(text: string, maxNodes: number): { data: unknown } | undefined {
  if (LEFT_TO_YAML.some((pattern) => pattern.test(text))) return undefined;
  let nodes = 0;
  try {
    const data = load(text, {
      schema: CORE_AS_YAML,
      listener: (event) => {
        // Counted as they open: a document over the limit stops here, before it is built.
        if (event === "open" && ++nodes > maxNodes) throw new TooManyNodes();
      },
    });
    // A text with no document (empty, or only comments) is null to `yaml`, undefined to js-yaml.
    return { data: data === undefined ? null : data };
  } catch {
    // Any refusal (bad YAML, a duplicate key, too deep, too many nodes) is `yaml`'s to explain.
    return undefined;
  }
}
