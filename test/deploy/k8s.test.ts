import { describe, expect, it } from "vitest";
import { loadManifests, problemsOf, type Manifest } from "./manifests.ts";

// deploy/k8s/*.yaml (docs/deploy.md) against the Kubernetes schema and what the API needs.
// Each negative case changes one field of a copy and expects that one problem named.
const manifests = loadManifests();

type Path = (string | number)[];
/** The object holding the last step of `path` in a YAML tree, and that step. */
function parentOf(doc: unknown, path: Path): [Record<string | number, unknown>, string | number] {
  let node = doc as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  return [node, path[path.length - 1] as string | number];
}
/** A copy of the manifests with the `kind`'s document changed: a field set (undefined: removed) or moved. */
function changed(kind: string, path: Path, value: unknown, moveTo?: Path): Manifest[] {
  return manifests.map((m) => {
    if (m.doc.kind !== kind) return m;
    const doc = structuredClone(m.doc);
    const [parent, key] = parentOf(doc, path);
    if (moveTo) {
      const [target, name] = parentOf(doc, moveTo);
      target[name] = parent[key];
    }
    if (value === undefined) delete parent[key];
    else parent[key] = value;
    return { file: m.file, doc };
  });
}
const CONTAINER = ["spec", "template", "spec", "containers", 0];

describe("the Kubernetes manifests", () => {
  it("are a Deployment, Service, ConfigMap, autoscaler and disruption budget, all valid", () => {
    expect(manifests.map((m) => m.doc.kind).sort()).toEqual(["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"]);
    expect(problemsOf(manifests)).toEqual([]);
  });

  it("fail the schema on a wrong type, a missing required field or an unknown kind", () => {
    expect(problemsOf(changed("Deployment", ["spec", "replicas"], "two"))).toEqual(["deployment.yaml: data/spec/replicas must be integer"]);
    expect(problemsOf(changed("Deployment", [...CONTAINER, "ports", 0, "containerPort"], "4000"))).toEqual([
      "deployment.yaml: data/spec/template/spec/containers/0/ports/0/containerPort must be integer",
    ]);
    expect(problemsOf(changed("Service", ["spec", "ports", 0, "port"], undefined))).toEqual(["service.yaml: data/spec/ports/0 must have required property port"]);
    expect(problemsOf(changed("HorizontalPodAutoscaler", ["apiVersion"], "autoscaling/v9"))).toEqual(["hpa.yaml: no schema for autoscaling/v9 HorizontalPodAutoscaler"]);
  });

  it("fail on a misspelled probe, a wrong path, an unknown setting, a bad value and a dangling reference", () => {
    expect(problemsOf(changed("Deployment", [...CONTAINER, "livenessProbe"], undefined, [...CONTAINER, "livenesProbe"]))).toEqual(["deployment.yaml: livenessProbe must GET /livez on the http port"]);
    expect(problemsOf(changed("Deployment", [...CONTAINER, "readinessProbe", "httpGet", "path"], "/healthz"))).toEqual(["deployment.yaml: readinessProbe must GET /readyz on the http port"]);
    expect(problemsOf(changed("ConfigMap", ["data", "NEO4J_URL"], "neo4j://db"))).toEqual(["configmap.yaml: NEO4J_URL is not a Rolegraph setting"]);
    expect(problemsOf(changed("ConfigMap", ["data", "NEO4J_URI"], "http://db:7474"))[0]).toMatch(/^configmap.yaml: NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
    expect(problemsOf(changed("Deployment", [...CONTAINER, "envFrom", 0, "configMapRef", "name"], "rolegraph"))).toEqual(["deployment.yaml: ConfigMap rolegraph is not among the manifests"]);
    expect(problemsOf(changed("Service", ["spec", "selector"], { app: "other" }))).toEqual(["service.yaml: the selector does not match the pods"]);
  });
});
