import { describe, expect, it } from "vitest";
import { operationText } from "./documents.ts";

const doc = `query A {
  a { ...F }
}

# about B
query B($x: ID!) {
  b(x: $x) { id }
}

fragment F on T {
  id
  ...G
}

fragment G on T { name }

mutation M {
  m { ...G }
}
`;

describe("operationText", () => {
  it("takes one operation with the fragments it spreads, transitively", () => {
    const text = operationText(doc, "A");
    expect(text).toContain("query A");
    expect(text).toContain("fragment F on T");
    expect(text).toContain("fragment G on T");
    expect(text).not.toContain("query B");
    expect(text).not.toContain("mutation M");
  });
  it("leaves out fragments the operation does not use", () => {
    expect(operationText(doc, "B")).toBe("query B($x: ID!) {\n  b(x: $x) { id }\n}");
    expect(operationText(doc, "M")).toContain("fragment G");
    expect(operationText(doc, "M")).not.toContain("fragment F");
  });
  it("says which operation is missing", () => {
    expect(() => operationText(doc, "Nope")).toThrow(/Nope/);
  });
});
