// The part of js-yaml 4 that fast-load.ts uses (the package ships no types of its own).
declare module "js-yaml" {
  export interface TypeOptions {
    kind: "scalar" | "sequence" | "mapping";
    resolve?: (data: string | null) => boolean;
    construct?: (data: string | null) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export class Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export interface LoadOptions {
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    /** Called as every node is opened and closed. */
    listener?: (event: "open" | "close", state: unknown) => void;
  }
  export function load(text: string, options?: LoadOptions): unknown;
}
