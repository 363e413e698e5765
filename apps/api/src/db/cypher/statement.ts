/**
 * A Cypher statement as the builders return it: text and parameters, no driver. The text
 * holds only our own labels, types and property names; every value travels in `params`.
 * Db (driver.ts) is the one place that sends statements to Neo4j.
 */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

export const statement = (text: string, params: Record<string, unknown> = {}): Statement => ({ text, params });

const SAFE_NAME = /^[A-Z][A-Za-z_]*$/;

/** Labels and types come from our own constants, never from input; the check keeps it so. */
export const name = (n: string) => {
  if (!SAFE_NAME.test(n)) throw new Error(`unsafe label or type '${n}'`);
  return n;
};
