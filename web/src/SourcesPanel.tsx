import type { Claim, Source } from "./operations.js";
import { showDate } from "./format.js";

export interface Evidence {
  title: string;
  sources: Source[];
  claims: Claim[];
}

/** Groups claims by field; a field whose claims give more than one value is in conflict. */
export function claimGroups(claims: Claim[]): { field: string; claims: Claim[]; conflict: boolean }[] {
  const byField = new Map<string, Claim[]>();
  for (const c of claims) byField.set(c.field, [...(byField.get(c.field) ?? []), c]);
  return [...byField].map(([field, list]) => ({
    field,
    // Preferred first, then the others as the graph lists them.
    claims: [...list].sort((x, y) => Number(y.preferred) - Number(x.preferred)),
    conflict: new Set(list.map((c) => c.value)).size > 1,
  }));
}

export function hasConflict(claims: Claim[]): boolean {
  return claimGroups(claims).some((g) => g.conflict);
}

function SourceLine({ s }: { s: Source }) {
  return (
    <div className="source">
      <strong>{s.publisher}</strong>
      {s.publishedOn ? <span className="muted"> · {s.publishedOn}</span> : null}
      <div>
        {s.url ? (
          <a href={s.url} target="_blank" rel="noreferrer noopener">
            {s.title}
          </a>
        ) : (
          s.title
        )}
        {s.archiveUrl ? (
          <>
            {" "}
            <a href={s.archiveUrl} target="_blank" rel="noreferrer noopener" className="muted">
              (archive)
            </a>
          </>
        ) : null}
      </div>
      {s.excerpt ? <blockquote>{s.excerpt}</blockquote> : null}
    </div>
  );
}

export function SourcesPanel({ evidence, onClose }: { evidence: Evidence; onClose: () => void }) {
  const groups = claimGroups(evidence.claims);
  return (
    <aside className="panel" data-testid="sources-panel" aria-label="Sources">
      <div className="panel-head">
        <h3>{evidence.title}</h3>
        <button onClick={onClose} aria-label="Close" data-testid="close-sources">
          ×
        </button>
      </div>
      {groups.length ? <h4>Claims</h4> : null}
      {groups.map((g) => (
        <section key={g.field} className="claim-group" data-testid="claim-group" data-field={g.field} data-conflict={g.conflict}>
          <div className="claim-field">
            {g.field} {g.conflict ? <span className="badge conflict">sources disagree</span> : <span className="badge">sources agree</span>}
          </div>
          <div className="claims-side-by-side">
            {g.claims.map((c) => (
              <div key={c.id} className={`claim ${c.preferred ? "preferred" : ""}`} data-testid="claim" data-preferred={c.preferred}>
                <div className="claim-value">{c.value}</div>
                <div className="muted">
                  {c.preferred ? "preferred · " : ""}
                  {c.source.publisher}
                  {c.source.publishedOn ? `, ${showDate(c.source.publishedOn)}` : ""}
                </div>
                {c.note ? <div className="note">{c.note}</div> : null}
              </div>
            ))}
          </div>
        </section>
      ))}
      <h4>Sources ({evidence.sources.length})</h4>
      {evidence.sources.map((s) => (
        <SourceLine key={s.id} s={s} />
      ))}
    </aside>
  );
}
