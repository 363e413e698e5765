import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Service } from "kubernetes-models/v1/Service";
import { parseAllDocuments } from "yaml";
import { EnvSchema, parseEnv } from "../../apps/api/src/env.ts";
import { ROOT } from "../helpers.ts";

/** A manifest as parsed from YAML: checked against the Kubernetes schema before it is read as one. */
export interface Manifest {
  file: string;
  doc: Record<string, unknown>;
}

// kubernetes-models validates against the Kubernetes OpenAPI schema (types, required fields,
// formats), as the API server would; one class per apiVersion and kind the manifests use.
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
  "v1/ConfigMap": ConfigMap,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
};

export function loadManifests(dir = join(ROOT, "deploy/k8s")): Manifest[] {
  return readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().flatMap((file) =>
    parseAllDocuments(readFileSync(join(dir, file), "utf8")).map((document) => {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message}`);
      return { file, doc: document.toJS() as Record<string, unknown> };
    }));
}

/** Every problem with the manifests, each naming its file: the schema's, then Rolegraph's own. */
export function problemsOf(manifests: Manifest[]): string[] {
  const problems: string[] = [];
  for (const { file, doc } of manifests) {
    const Model = MODELS[`${String(doc.apiVersion)}/${String(doc.kind)}`];
    if (!Model) {
      problems.push(`${file}: no schema for ${String(doc.apiVersion)} ${String(doc.kind)}`);
      continue;
    }
    try {
      new Model(doc as never).validate();
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return problems.length > 0 ? problems : rolegraphProblems(manifests);
}

// The schema accepts any extra field (as the API server does unless asked to be strict), so a
// misspelled probe would pass it: these checks name what the API needs from its manifests.
function rolegraphProblems(manifests: Manifest[]): string[] {
  const problems: string[] = [];
  const of = <T>(kind: string) => manifests.filter((m) => m.doc.kind === kind) as { file: string; doc: T }[];
  const known = new Set(Object.keys(EnvSchema.shape));
  const configMaps = new Map(of<ConfigMap>("ConfigMap").map((m) => [m.doc.metadata?.name, m]));
  for (const { file, doc } of configMaps.values()) {
    for (const key of Object.keys(doc.data ?? {})) if (!known.has(key)) problems.push(`${file}: ${key} is not a Rolegraph setting`);
    try {
      parseEnv(doc.data ?? {});
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  const [deployment] = of<Deployment>("Deployment");
  if (!deployment) return [...problems, "no Deployment"];
  const { file, doc } = deployment;
  const labels = doc.spec?.template.metadata?.labels ?? {};
  const selects = (selector: Record<string, string> | undefined) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v) && Object.keys(selector ?? {}).length > 0;
  if (!selects(doc.spec?.selector.matchLabels)) problems.push(`${file}: the selector does not match the pod template's labels`);
  const container = doc.spec?.template.spec?.containers.find((c) => c.name === "api");
  if (!container) return [...problems, `${file}: no container named api`];
  const ports = new Map((container.ports ?? []).map((p) => [p.name, p.containerPort]));
  if (ports.get("http") !== 4000) problems.push(`${file}: the http port is not the API's 4000`);
  for (const [probe, path] of [["livenessProbe", "/livez"], ["readinessProbe", "/readyz"]] as const) {
    const get = container[probe]?.httpGet;
    if (get?.path !== path || get.port !== "http") problems.push(`${file}: ${probe} must GET ${path} on the http port`);
  }
  for (const source of container.envFrom ?? []) {
    const name = source.configMapRef?.name;
    if (name && !configMaps.has(name)) problems.push(`${file}: ConfigMap ${name} is not among the manifests`);
  }
  for (const variable of container.env ?? []) {
    if (!known.has(variable.name)) problems.push(`${file}: ${variable.name} is not a Rolegraph setting`);
    const ref = variable.valueFrom?.secretKeyRef;
    if (ref && ref.key !== variable.name) problems.push(`${file}: ${variable.name} reads the secret's key ${ref.key}`);
  }
  if (!container.resources?.limits?.memory) problems.push(`${file}: no memory limit`);
  for (const { file: f, doc: service } of of<Service>("Service")) {
    if (!selects(service.spec?.selector)) problems.push(`${f}: the selector does not match the pods`);
    for (const port of service.spec?.ports ?? []) if (port.targetPort !== "http") problems.push(`${f}: port ${port.port} does not target the http port`);
  }
  for (const { file: f, doc: hpa } of of<HorizontalPodAutoscaler>("HorizontalPodAutoscaler")) {
    if (hpa.spec?.scaleTargetRef.kind !== "Deployment" || hpa.spec.scaleTargetRef.name !== doc.metadata?.name) problems.push(`${f}: does not scale ${doc.metadata?.name}`);
  }
  return problems;
}
