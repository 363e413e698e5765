/** Everything the composition map is built from: one read of a team, as plain data. */
export interface TeamGraph {
  stages: { id: string; name: string; order: number; output: string | null }[];
  roles: { id: string; name: string; engagement: Record<string, string> }[];
  artifacts: { id: string; name: string; external: boolean; format: string | null; derivedFrom: string[] }[];
  agents: { id: string; name: string; role: string; access: string; mode: string | null; inputs: string[]; outputs: string[] }[];
  contracts: {
    id: string; name: string | null; from: string; to: string; fromStage: string; toStage: string;
    carries: string[]; gates: number; checkable: number; lastPassed: boolean | null;
  }[];
  flows: { kind: "produces" | "consumes"; role: string; artifact: string; cadence: string | null; stage: string | null }[];
}
