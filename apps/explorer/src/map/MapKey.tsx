import { useState } from "react";

/** The key to the map, on the map: node kinds, line styles, and the engagement chips. */
export const KEY_ITEMS = [
  { swatch: "role", text: "Role" },
  { swatch: "artifact", text: "Artifact" },
  { swatch: "agent", text: "Agent" },
  { swatch: "contract", text: "Handoff contract" },
  { swatch: "edge", text: "Flow (solid), lineage (dotted)" },
  { swatch: "contract", text: "Handoff (dashed)" },
  { swatch: "lead", text: "Chips per stage: L lead, S support, C consult" },
] as const;

export function MapKey() {
  const [open, setOpen] = useState(true);
  return (
    <div className={`map-key ${open ? "open" : ""}`} data-testid="map-key">
      <button type="button" className="map-key-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>Key</button>
      {open ? (
        <ul aria-label="Map key">
          <li><i className="sw sw-role" aria-hidden="true" /> Role</li>
          <li><i className="sw sw-artifact" aria-hidden="true" /> Artifact</li>
          <li><i className="sw sw-external" aria-hidden="true" /> External input</li>
          <li><i className="sw sw-agent" aria-hidden="true" /> Agent</li>
          <li><i className="sw sw-contract" aria-hidden="true" /> Handoff contract</li>
          <li><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="ln ln-flow" /></svg> Flow</li>
          <li><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="ln ln-lineage" /></svg> Derived from</li>
          <li><svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="ln ln-handoff" /></svg> Handoff</li>
          <li><span className="chip chip-lead" aria-hidden="true">L</span><span className="chip chip-support" aria-hidden="true">S</span><span className="chip chip-consult" aria-hidden="true">C</span> lead, support, consult in each stage, in order</li>
        </ul>
      ) : null}
    </div>
  );
}
