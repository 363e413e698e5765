// Where SARIF's helpUri points by default: the rule reference in the project's own repository
// (docs/gap-report.md, one "### <rule-id>" section per rule, so GitHub's heading anchor is the
// rule id). It was https://rolegraph.dev/..., which does not resolve (issue 20).
// ROLEGRAPH_DOCS_URL overrides it, for a fork or a published copy of the docs.

/** The repository's web address: package.json `repository` (a test keeps the two equal). */
export const REPOSITORY_URL = "https://github.com/rolegraph/rolegraph";

/** The rule reference at the repository's default branch (GitHub resolves blob/HEAD to it). */
export const DEFAULT_DOCS_URL = `${REPOSITORY_URL}/blob/HEAD/docs/gap-report.md`;

/** package.json's `repository` (a string or { url }) as a web address, or undefined. */
export function repositoryWebUrl(repository: string | { url?: string } | undefined): string | undefined {
  const url = typeof repository === "string" ? repository : repository?.url;
  if (!url) return undefined;
  const github = /^github:(.+)$/.exec(url) ?? /^([\w.-]+\/[\w.-]+)$/.exec(url);
  if (github) return `https://github.com/${github[1]}`;
  return url.replace(/^git\+/, "").replace(/^git:\/\//, "https://").replace(/\.git$/, "");
}

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}
