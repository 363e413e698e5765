import type { FormField } from "./toContract.ts";

const HINT = { text: "", list: "one per line", number: "a number", boolean: "", date: "YYYY-MM-DD" } as const;

/** One payload field, with the input that fits its type and the schema's words when it is wrong. */
export function FieldInput({ spec, value, error, onChange }: { spec: FormField; value: string; error: string | undefined; onChange: (v: string) => void }) {
  const id = `field-${spec.field}`;
  const common = { id, name: spec.field, "aria-invalid": error !== undefined, "aria-describedby": `${id}-help` };
  return (
    <div className={`field ${error !== undefined ? "has-error" : ""}`}>
      <label htmlFor={id}>
        <code>{spec.field}</code>
        <span className="muted"> {spec.type}{HINT[spec.type] !== "" ? `, ${HINT[spec.type]}` : ""}{spec.optional ? " · optional" : ""}</span>
      </label>
      {spec.type === "boolean" ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      ) : spec.type === "list" || spec.type === "text" ? (
        <textarea {...common} rows={spec.type === "list" ? 3 : 2} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={spec.type === "date" ? "date" : "text"} inputMode={spec.type === "number" ? "decimal" : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      <div id={`${id}-help`} className="help">
        {error !== undefined ? <span className="error-text">{error}</span> : spec.description ?? ""}
      </div>
    </div>
  );
}
