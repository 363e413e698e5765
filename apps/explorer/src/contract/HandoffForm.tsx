import { evaluateHandoff, type Contract } from "@rolegraph/schema";
import { useMemo, useState } from "react";
import { request } from "../api/client.ts";
import { SubmitHandoffDocument, type HandoffFieldsFragment } from "../api/types.generated.ts";
import { FieldInput } from "./FieldInput.tsx";
import { GateTable } from "./GateTable.tsx";
import { toPayload, type FormValues } from "./payload.ts";
import { formFields } from "./toContract.ts";

/**
 * Submitting a handoff, checked while it is typed by the same schema the API runs, so "would
 * this pass?" is answered before anyone presses the button. The API's answer is shown after.
 */
export function HandoffForm({ team, contract, initial, onSubmitted }: { team: string; contract: Contract; initial: FormValues; onSubmitted: (h: HandoffFieldsFragment) => void }) {
  const fields = useMemo(() => formFields(contract), [contract]);
  const [values, setValues] = useState<FormValues>(initial);
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<HandoffFieldsFragment | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const payload = toPayload(fields, values);
  const live = evaluateHandoff(contract, payload, new Date());
  const errorOf = (field: string) => live.errors.find((e) => e.path === field || e.path.startsWith(`${field}[`))?.message;

  const submit = async () => {
    setTouched(true);
    setSending(true);
    setFailure(undefined);
    try {
      const data = await request(SubmitHandoffDocument, { team, contract: contract.id, payload, submittedAt: new Date().toISOString() });
      setResult(data.submitHandoff);
      onSubmitted(data.submitHandoff);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  const preview = live.gates.map((g) => ({ id: g.gate, text: g.text, status: g.status, reason: g.reason }));
  return (
    <form className="handoff-form" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
      <div className="fields">
        {fields.map((f) => (
          <FieldInput key={f.field} spec={f} value={values[f.field] ?? ""} error={touched || (values[f.field] ?? "") !== "" ? errorOf(f.field) : undefined} onChange={(v) => { setValues({ ...values, [f.field]: v }); setResult(undefined); }} />
        ))}
      </div>
      <div className="form-side">
        {result === undefined ? (
          <>
            <GateTable rows={preview} caption="Gates, checked while you type" testId="gate-preview" />
            <p className={live.passed ? "ok-text" : "muted"}>
              {!live.valid ? `${live.errors.length} field${live.errors.length === 1 ? "" : "s"} to fix: submitted as is, it will be recorded as failed.` : live.passed ? "Every checkable gate passes." : "Some gates fail: submitted as is, it will be recorded as failed."}
            </p>
          </>
        ) : null}
        <button type="submit" className="primary" disabled={sending}>{sending ? "Submitting…" : result === undefined ? "Submit handoff" : "Submit again"}</button>
        {failure !== undefined ? <p className="error-text" role="alert">{failure}</p> : null}
        {result !== undefined ? (
          <div className={`result ${result.passed ? "passed" : "failed"}`} data-testid="submit-result">
            <h4>Handoff {result.id} recorded · {result.passed ? "passed" : "failed"}</h4>
            {result.errors.length > 0 ? (
              <ul className="plain error-text">
                {result.errors.map((e) => <li key={`${e.path}-${e.message}`}><code>{e.path === "" ? "payload" : e.path}</code> {e.message}</li>)}
              </ul>
            ) : null}
            <GateTable rows={result.gates.map((g) => ({ id: g.gate.id, text: g.gate.text, status: g.status, reason: g.reason }))} caption="Gate results from the API" testId="gate-results" />
          </div>
        ) : null}
      </div>
    </form>
  );
}
