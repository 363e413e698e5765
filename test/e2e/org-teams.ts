import { parseTeamDocument, type Team } from "@rolegraph/schema";

/**
 * Three small teams that read each other's published context, for the organisation view's
 * end-to-end test, under ids unique to the run (`${p}-data`, `${p}-growth`, `${p}-finance`):
 * - data publishes weekly metrics; growth's PM and analyst and finance's FP&A lead read them;
 * - growth's analyst also reads data's raw events, which data never published;
 * - data's PM reads finance's published forecast (a cycle between data and finance);
 * - growth derives its experiment readout from data's weekly metrics.
 */
export function orgTeams(p: string): { data: Team; growth: Team; finance: Team } {
  const data = `
version: 1
team: { id: ${p}-data, name: Data Platform e2e }
roles:
  - id: data-pm
    name: Data PM
    purpose: Decide what the platform measures.
    engagement: { discover: lead, decide: lead }
    consumes:
      - { artifact: ${p}-finance/revenue-forecast, cadence: monthly, stage: discover }
      - { artifact: raw-events, cadence: daily, stage: decide }
    produces:
      - { artifact: weekly-metrics, cadence: weekly, stage: decide }
  - id: data-eng
    name: Data Engineer
    purpose: Keep the events flowing.
    engagement: { build: lead }
    consumes:
      - { artifact: app-telemetry, cadence: daily, stage: build }
    produces:
      - { artifact: raw-events, cadence: daily, stage: build }
artifacts:
  - { id: app-telemetry, name: App telemetry, external: true, format: event stream }
  - { id: raw-events, name: Raw events, format: parquet tables }
  - { id: weekly-metrics, name: Weekly metrics, published: true, format: dashboard, derivedFrom: [raw-events] }
`;
  const growth = `
version: 1
team: { id: ${p}-growth, name: Growth e2e }
roles:
  - id: growth-pm
    name: Growth PM
    purpose: Pick the next experiment.
    engagement: { discover: lead, decide: lead }
    consumes:
      - { artifact: ${p}-data/weekly-metrics, cadence: weekly, stage: discover }
      - { artifact: experiment-readout, cadence: per-cycle, stage: decide }
    produces:
      - { artifact: experiment-plan, cadence: per-cycle, stage: decide }
  - id: growth-analyst
    name: Growth Analyst
    purpose: Read what the experiments did.
    engagement: { evaluate: lead }
    consumes:
      - { artifact: ${p}-data/weekly-metrics, cadence: weekly, stage: evaluate }
      - { artifact: ${p}-data/raw-events, cadence: daily, stage: evaluate }
      - { artifact: experiment-plan, cadence: per-cycle, stage: evaluate }
    produces:
      - { artifact: experiment-readout, cadence: per-cycle, stage: evaluate }
artifacts:
  - { id: experiment-plan, name: Experiment plan, published: true, format: one page }
  - { id: experiment-readout, name: Experiment readout, format: one page, derivedFrom: [${p}-data/weekly-metrics] }
`;
  const finance = `
version: 1
team: { id: ${p}-finance, name: Finance e2e }
roles:
  - id: fpa-lead
    name: FP&A Lead
    purpose: Forecast revenue.
    engagement: { decide: lead, evaluate: lead }
    consumes:
      - { artifact: ${p}-data/weekly-metrics, cadence: weekly, stage: decide }
      - { artifact: bank-statements, cadence: monthly, stage: decide }
    produces:
      - { artifact: revenue-forecast, cadence: monthly, stage: evaluate }
artifacts:
  - { id: bank-statements, name: Bank statements, external: true, format: csv }
  - { id: revenue-forecast, name: Revenue forecast, published: true, format: spreadsheet }
`;
  const parse = (text: string, name: string): Team => {
    const result = parseTeamDocument(text);
    if (!result.ok) throw new Error(`the ${name} team of the org e2e test is invalid: ${JSON.stringify(result.errors)}`);
    return result.team;
  };
  return { data: parse(data, "data"), growth: parse(growth, "growth"), finance: parse(finance, "finance") };
}
