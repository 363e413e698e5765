// The parse worker's entry point. Plain JavaScript, so it starts in any parent (the server
// under tsx, a vitest worker, bench): it registers tsx itself, then loads the TypeScript job.
import { register } from "tsx/esm/api";

register();
await import("./parse-job.ts");
