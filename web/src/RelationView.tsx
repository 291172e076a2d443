import { useEffect, useMemo, useState } from "react";
import { request } from "./api.js";
import { dateOfDay, dayNumber, showDate, todayUtc, words } from "./format.js";
import { AgreementDetail, Countries, Relation, type AgreementData, type CountriesData, type CountryRef, type RelationAgreement, type Stage } from "./operations.js";
import { hasConflict, SourcesPanel, type Evidence } from "./SourcesPanel.js";
import { useQuery } from "./useQuery.js";

const FIRST_DAY = dayNumber("2000-01-01");

/** Every country, for the pickers (three pages of 100). */
function useCountries(): CountryRef[] {
  const [countries, setCountries] = useState<CountryRef[]>([]);
  useEffect(() => {
    let stop = false;
    (async () => {
      const all: CountryRef[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const c: CountriesData["countries"] = (await request(Countries, { after })).countries;
        all.push(...c.nodes);
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      if (!stop) setCountries(all.sort((x, y) => x.name.localeCompare(y.name)));
    })().catch(() => undefined);
    return () => {
      stop = true;
    };
  }, []);
  return countries;
}

function CountryPicker({ value, onChange, countries, testid }: { value: string; onChange: (v: string) => void; countries: CountryRef[]; testid: string }) {
  const options = countries.length ? countries : [{ code: value, name: value }];
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testid}>
      {options.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} ({c.code})
        </option>
      ))}
    </select>
  );
}

function Status({ value, testid }: { value: string; testid?: string }) {
  return (
    <span className={`status status-${value}`} data-testid={testid} data-status={value}>
      {words(value)}
    </span>
  );
}

/** The agreements of the pair on one time axis: signature to expiry (or today), entry into force marked. */
function Timeline({ agreements, asOfDay, selected, onSelect }: { agreements: RelationAgreement[]; asOfDay: number; selected: string | null; onSelect: (id: string) => void }) {
  const today = dayNumber(todayUtc());
  const signed = agreements.filter((a) => a.signedOn).map((a) => dayNumber(a.signedOn!));
  const start = dayNumber(`${dateOfDay(Math.min(FIRST_DAY, ...signed)).slice(0, 4)}-01-01`);
  const end = today + 365;
  const W = 1000;
  const left = 330;
  const row = 28;
  const x = (day: number) => left + ((day - start) / (end - start)) * (W - left - 20);
  const years: number[] = [];
  for (let y = Number(dateOfDay(start).slice(0, 4)); dayNumber(`${y}-01-01`) <= end; y += 5) years.push(y);
  const H = 20 + agreements.length * row;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="timeline" data-testid="timeline" role="img" aria-label="Agreements on a timeline">
      {years.map((y) => (
        <g key={y}>
          <line x1={x(dayNumber(`${y}-01-01`))} x2={x(dayNumber(`${y}-01-01`))} y1={18} y2={H} className="grid" />
          <text x={x(dayNumber(`${y}-01-01`))} y={12} className="axis">
            {y}
          </text>
        </g>
      ))}
      {agreements.map((a, i) => {
        const y = 32 + i * row;
        const s = a.signedOn ? dayNumber(a.signedOn) : null;
        const stop = a.expiresOn ? Math.min(dayNumber(a.expiresOn), end) : end;
        return (
          <g key={a.id} className={`tl-row ${selected === a.id ? "selected" : ""}`} onClick={() => onSelect(a.id)} data-testid="timeline-agreement" data-id={a.id}>
            <rect x={0} y={y - 13} width={W} height={row - 2} className="tl-hit" />
            <text x={4} y={y + 4} className="tl-label">
              {(a.shortTitle ?? a.title).slice(0, 36)}
              <title>{a.title}</title>
            </text>
            <text x={left - 10} y={y + 4} className={`tl-status status-${a.status}`} data-testid="timeline-status" data-status={a.status}>
              {words(a.status)}
            </text>
            {s !== null ? (
              <>
                <line x1={x(s)} x2={x(stop)} y1={y} y2={y} className={`tl-bar status-${a.status}`} />
                <circle cx={x(s)} cy={y} r={5} className="tl-signed">
                  <title>signed {a.signedOn}</title>
                </circle>
              </>
            ) : null}
            {a.enteredIntoForceOn ? (
              <rect x={x(dayNumber(a.enteredIntoForceOn)) - 4} y={y - 4} width={8} height={8} transform={`rotate(45 ${x(dayNumber(a.enteredIntoForceOn))} ${y})`} className="tl-force">
                <title>in force {a.enteredIntoForceOn}</title>
              </rect>
            ) : null}
          </g>
        );
      })}
      <line x1={x(asOfDay)} x2={x(asOfDay)} y1={14} y2={H} className="tl-asof" />
    </svg>
  );
}

function votes(s: Stage): string | null {
  if (s.votesFor === null && s.votesAgainst === null) return null;
  return `${s.votesFor ?? "?"}–${s.votesAgainst ?? "?"}${s.votesAbstaining !== null ? `–${s.votesAbstaining}` : ""}`;
}

function StageChip({ stage, asOf, onEvidence }: { stage: Stage; asOf: string; onEvidence: (e: Evidence) => void }) {
  const passed = stage.date ? stage.date <= asOf : stage.notAfter ? stage.notAfter <= asOf : false;
  const conflict = hasConflict(stage.claims);
  const v = votes(stage);
  return (
    <li className={`stage ${passed ? "passed" : "pending"} outcome-${stage.outcome}`} data-testid="stage" data-stage-id={stage.id} title={stage.note ?? undefined}>
      <div className="stage-date" data-testid="stage-date">
        {stage.date ? showDate(stage.date, stage.datePrecision) : stage.notAfter ? `by ${stage.notAfter}` : "undated"}
      </div>
      <div className="stage-body">{stage.body}</div>
      <div className="muted">
        {words(stage.kind)} · {words(stage.outcome)}
        {v ? ` · ${v}` : ""}
      </div>
      <button className="link" data-testid="stage-sources" onClick={() => onEvidence({ title: `${stage.body}: sources and claims`, sources: stage.sources, claims: stage.claims })}>
        {stage.sources.length} source{stage.sources.length === 1 ? "" : "s"}
        {conflict ? <span className="badge conflict">disagree</span> : null}
      </button>
    </li>
  );
}

type Agreement = NonNullable<AgreementData["agreement"]>;

function Clauses({ agreement, onEvidence }: { agreement: Agreement; onEvidence: (e: Evidence) => void }) {
  const [topic, setTopic] = useState<string | null>(null);
  const counts = new Map<string, number>();
  for (const c of agreement.clauses) for (const t of c.topics) counts.set(t.code, (counts.get(t.code) ?? 0) + 1);
  const shown = topic ? agreement.clauses.filter((c) => c.topics.some((t) => t.code === topic)) : agreement.clauses;
  return (
    <section>
      <h3>Clause topics</h3>
      <div className="topics" data-testid="topics">
        {agreement.topics.map((t) => (
          <button key={t.code} className={`topic ${topic === t.code ? "active" : ""}`} onClick={() => setTopic(topic === t.code ? null : t.code)} data-testid="topic" data-code={t.code}>
            {t.name} <span className="muted">{counts.get(t.code) ?? 0}</span>
          </button>
        ))}
      </div>
      <ul className="clauses">
        {shown.map((c) => (
          <li key={c.id} data-testid="clause">
            <strong>{c.number ? `Art. ${c.number}` : "Clause"}</strong> {c.title ? `${c.title}: ` : ""}
            {c.summary}
            {!c.verified ? <span className="badge">article number unverified</span> : null}{" "}
            <span className="muted">{c.topics.map((t) => t.name).join(", ")}</span>{" "}
            <button className="link" onClick={() => onEvidence({ title: `${c.number ? `Article ${c.number}` : "Clause"}: sources`, sources: c.sources, claims: [] })}>
              {c.sources.length} source{c.sources.length === 1 ? "" : "s"}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Fact({ label, value, field, agreement, onEvidence }: { label: string; value: string | null; field: string; agreement: Agreement; onEvidence: (e: Evidence) => void }) {
  const claims = agreement.claims.filter((c) => c.field === field);
  const sources = [...new Map(claims.map((c) => [c.source.id, c.source])).values()];
  return (
    <div className="fact" data-testid={`fact-${field}`}>
      <span className="muted">{label}</span> <strong>{value ?? "unknown"}</strong>{" "}
      {claims.length ? (
        <button className="link" data-testid={`claims-${field}`} onClick={() => onEvidence({ title: `${label}: who says what`, sources, claims })}>
          {claims.length} claim{claims.length === 1 ? "" : "s"}
          {hasConflict(claims) ? <span className="badge conflict">disagree</span> : null}
        </button>
      ) : null}
    </div>
  );
}

export function RelationView() {
  const countries = useCountries();
  const [a, setA] = useState("IR");
  const [b, setB] = useState("RU");
  const today = dayNumber(todayUtc());
  const [day, setDay] = useState(today);
  // The slider moves freely; the graph is asked once it rests.
  const [asOf, setAsOf] = useState(dateOfDay(today));
  useEffect(() => {
    const t = setTimeout(() => setAsOf(dateOfDay(day)), 150);
    return () => clearTimeout(t);
  }, [day]);
  const relation = useQuery(Relation, a !== b ? { between: [a, b], asOf } : null);
  const agreements = useMemo(
    () => [...((a !== b && relation.data?.bilateralRelation?.agreements) || [])].sort((x, y) => (y.signedOn ?? "").localeCompare(x.signedOn ?? "")),
    [relation.data, a, b],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const current = agreements.find((x) => x.id === selected) ? selected : (agreements[0]?.id ?? null);
  const detail = useQuery(AgreementDetail, current ? { id: current, asOf } : null);
  const [evidence, setEvidence] = useState<Evidence | null>(null);
  const agreement = detail.data?.agreement && detail.data.agreement.id === current ? detail.data.agreement : null;

  return (
    <div className="relation">
      <section className="controls">
        <label>
          Country <CountryPicker value={a} onChange={setA} countries={countries} testid="country-a" />
        </label>
        <label>
          and <CountryPicker value={b} onChange={setB} countries={countries} testid="country-b" />
        </label>
        <label className="slider">
          Status on
          <input
            type="range"
            min={FIRST_DAY}
            max={today}
            step={1}
            value={day}
            onChange={(e) => setDay(Number(e.target.value))}
            data-testid="date-slider"
            aria-label="Date: days since 1970-01-01"
          />
          <input type="date" value={dateOfDay(day)} min={dateOfDay(FIRST_DAY)} max={dateOfDay(today)} onChange={(e) => e.target.value && setDay(dayNumber(e.target.value))} data-testid="date-input" />
        </label>
        <span className="muted" data-testid="as-of" data-date={asOf}>
          {relation.loading || detail.loading ? "loading…" : `as of ${asOf}`}
        </span>
      </section>
      {a === b ? <p>Pick two different countries.</p> : null}
      {relation.error ? <p className="error">{relation.error}</p> : null}
      {a !== b && relation.data && !relation.data.bilateralRelation ? <p>These two countries share no agreement in the graph.</p> : null}
      {a !== b && relation.data?.bilateralRelation ? (
        <section>
          <h2 data-testid="relation-title">
            {relation.data.bilateralRelation.countries.map((c) => c.name).join(" – ")}
            {relation.data.bilateralRelation.level ? <span className="muted"> · {relation.data.bilateralRelation.level}</span> : null}
          </h2>
          <Timeline agreements={agreements} asOfDay={dayNumber(asOf)} selected={current} onSelect={setSelected} />
        </section>
      ) : null}
      {detail.error ? <p className="error">{detail.error}</p> : null}
      {agreement ? (
        <section className="agreement" data-testid="agreement" data-id={agreement.id}>
          <h2>
            {agreement.title} <Status value={agreement.status} testid="agreement-status" />
          </h2>
          <div className="facts">
            <Fact label="Signed" value={agreement.signedOn ? `${agreement.signedOn}${agreement.signedAt ? `, ${agreement.signedAt}` : ""}` : null} field="signedOn" agreement={agreement} onEvidence={setEvidence} />
            <Fact label="In force" value={agreement.enteredIntoForceOn} field="enteredIntoForceOn" agreement={agreement} onEvidence={setEvidence} />
            <button className="link" data-testid="agreement-sources" onClick={() => setEvidence({ title: `${agreement.shortTitle ?? agreement.title}: every source and claim`, sources: agreement.sources, claims: agreement.claims })}>
              all {agreement.sources.length} sources and {agreement.claims.length} claims
              {hasConflict(agreement.claims) ? <span className="badge conflict">some disagree</span> : null}
            </button>
          </div>
          <h3>Ratification</h3>
          <div className="ratifications">
            {agreement.parties.map((p) => (
              <div key={p.id} className="ratification-row" data-testid={`ratification-row-${p.country.code}`} data-country={p.country.code}>
                <div className="party">
                  <strong>{p.country.name}</strong>
                  <Status value={p.ratification.status} testid={`ratification-status-${p.country.code}`} />
                  {p.ratification.completedOn ? <div className="muted">completed {p.ratification.completedOn}</div> : null}
                  {p.signatory ? <div className="muted">signed by {p.signatory.name}</div> : null}
                </div>
                {p.ratification.stages.length ? (
                  <ol className="stages">
                    {p.ratification.stages.map((s) => (
                      <StageChip key={s.id} stage={s} asOf={asOf} onEvidence={setEvidence} />
                    ))}
                  </ol>
                ) : (
                  <p className="muted">No ratification stages recorded.</p>
                )}
              </div>
            ))}
          </div>
          <Clauses agreement={agreement} onEvidence={setEvidence} />
        </section>
      ) : null}
      {evidence ? <SourcesPanel evidence={evidence} onClose={() => setEvidence(null)} /> : null}
    </div>
  );
}
