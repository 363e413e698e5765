import type { Org, OrgFlow } from "./model.ts";

const flow = (from: string, artifact: string, to: string, role: string, contract: string | null = null, published = true): OrgFlow => ({
  artifact: { team: from, id: artifact, name: artifact, published },
  consumer: { team: to, id: role, name: role },
  contract,
});

/**
 * Three teams for the org map's tests: data publishes metrics that growth reads twice (one
 * flow under a contract) and finance once; growth reads data's unpublished raw events;
 * finance's forecast goes back to data: a cycle.
 */
export function orgFixture(): Org {
  return {
    teams: [
      { id: "growth", name: "Growth", roles: [{ id: "growth-pm", name: "Growth PM" }, { id: "analyst", name: "Analyst" }], published: [] },
      { id: "data", name: "Data", roles: [{ id: "data-pm", name: "Data PM" }], published: [{ id: "metrics", name: "Weekly metrics" }, { id: "catalog", name: "Catalog" }] },
      { id: "finance", name: "Finance", roles: [{ id: "cfo", name: "CFO" }], published: [{ id: "forecast", name: "Forecast" }] },
    ],
    flows: [
      flow("data", "metrics", "growth", "growth-pm", "metrics-to-growth"),
      flow("data", "metrics", "growth", "analyst"),
      flow("data", "raw-events", "growth", "analyst", null, false),
      flow("data", "metrics", "finance", "cfo"),
      flow("finance", "forecast", "data", "data-pm"),
    ],
  };
}
