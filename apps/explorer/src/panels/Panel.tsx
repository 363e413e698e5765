import type { ReactNode } from "react";

export function Panel({ title, kicker, onClose, children }: { title: string; kicker?: string; onClose: () => void; children: ReactNode }) {
  return (
    <aside className="panel" aria-label={title}>
      <header>
        <div>
          {kicker !== undefined ? <div className="kicker">{kicker}</div> : null}
          <h2>{title}</h2>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label="Close panel">×</button>
      </header>
      <div className="panel-body">{children}</div>
    </aside>
  );
}

export function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section>
      <h3>
        {title}
        {count !== undefined ? <span className="count">{count}</span> : null}
      </h3>
      {children}
    </section>
  );
}

/** Panels that load say so, and say why they could not. */
export function Loading({ error }: { error?: string }) {
  return error !== undefined ? <p className="error-text">{error}</p> : <p className="muted">Loading…</p>;
}
