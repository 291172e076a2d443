import { useEffect, useMemo, useState } from "react";
import { request } from "./api.js";
import { dateOfDay, dayNumber, showDate, todayUtc, words } from "./format.js";
import {
  AgreementDetail,
  Countries,
  Relation,
  type AgreementData,
  type CountriesData,
  type CountryRef,
  type Party,
  type PartyKind,
  type RelationAgreement,
  type Stage,
} from "./operations.js";
import { hasConflict, SourcesPanel, type Evidence } from "./SourcesPanel.js";
import { useQuery } from "./useQuery.js";

const FIRST_DAY = dayNumber("2000-01-01");
/** Agreements per page of the list (and rows of the timeline). */
const PAGE_SIZE = 20;

/** The pickers' groups, in this order: every kind of party an agreement can have. */
const KIND_GROUPS: [PartyKind, string][] = [
  ["STATE", "States"],
  ["UNLISTED_STATE", "Other states"],
  ["FORMER_STATE", "Former states"],
  ["ORGANIZATION", "Organisations"],
  ["SUBNATIONAL", "Sub-national parties"],
];

/** Every party that can have relations, for the pickers (pages of 100): states, former states, organisations… */
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

function years(c: CountryRef): string {
  if (c.kind !== "FORMER_STATE" || (!c.existedFrom && !c.existedTo)) return "";
  return `, ${c.existedFrom?.slice(0, 4) ?? "?"}–${c.existedTo?.slice(0, 4) ?? ""}`;
}

function CountryPicker({ value, onChange, countries, testid }: { value: string; onChange: (v: string) => void; countries: CountryRef[]; testid: string }) {
  const options: CountryRef[] = countries.length ? countries : [{ id: value, code: value, name: value, kind: "STATE", existedFrom: null, existedTo: null }];
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testid}>
      {KIND_GROUPS.map(([kind, label]) => {
        const group = options.filter((c) => c.kind === kind);
        return group.length ? (
          <optgroup key={kind} label={label} data-kind={kind}>
            {group.map((c) => (
              <option key={c.code} value={c.code} data-kind={c.kind}>
                {c.name} ({c.code}
                {years(c)})
              </option>
            ))}
          </optgroup>
        ) : null;
      })}
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

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/**
 * One page of the pair's agreements on one time axis: signature to its end (or today), entry into force marked.
 * The axis spans every listed agreement, so it stays put while paging.
 */
function Timeline({ agreements, firstDay, asOfDay, selected, onSelect }: { agreements: RelationAgreement[]; firstDay: number; asOfDay: number; selected: string | null; onSelect: (id: string) => void }) {
  const today = dayNumber(todayUtc());
  const firstYear = Math.floor(Number(dateOfDay(Math.min(FIRST_DAY, firstDay)).slice(0, 4)) / 5) * 5;
  const start = dayNumber(`${firstYear}-01-01`);
  const end = today + 365;
  const W = 1000;
  const left = 440;
  const row = 24;
  const x = (day: number) => left + ((day - start) / (end - start)) * (W - left - 20);
  const span = (end - start) / 365;
  const step = span > 120 ? 25 : span > 60 ? 10 : 5;
  const grid: number[] = [];
  for (let y = Math.ceil(firstYear / step) * step; dayNumber(`${y}-01-01`) <= end; y += step) grid.push(y);
  const H = 24 + Math.max(agreements.length, 1) * row;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="timeline" data-testid="timeline" role="img" aria-label="Agreements on a timeline">
      {grid.map((y) => (
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
        const until = a.endedOn ?? a.expiresOn;
        const stop = until ? Math.min(dayNumber(until), end) : end;
        return (
          <g key={a.id} className={`tl-row ${selected === a.id ? "selected" : ""}`} onClick={() => onSelect(a.id)} data-testid="timeline-agreement" data-id={a.id}>
            <rect x={0} y={y - 11} width={W} height={row - 2} className="tl-hit" />
            <text x={4} y={y + 4} className="tl-label">
              <tspan className="tl-year">{a.signedOn?.slice(0, 4) ?? "    "}</tspan> {clip(a.shortTitle ?? a.title, 47)}
              <title>{a.title}</title>
            </text>
            <text x={left - 10} y={y + 4} className={`tl-status status-${a.status}`} data-testid="timeline-status" data-status={a.status}>
              {words(a.status)}
            </text>
            {s !== null ? (
              <>
                <line x1={x(s)} x2={x(Math.max(s, stop))} y1={y} y2={y} className={`tl-bar status-${a.status}`} />
                <circle cx={x(s)} cy={y} r={4.5} className="tl-signed">
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
      <h3>{agreement.clauses.length ? "Clause topics" : "Topics"}</h3>
      <div className="topics" data-testid="topics">
        {agreement.topics.map((t) => (
          <button key={t.code} className={`topic ${topic === t.code ? "active" : ""}`} onClick={() => setTopic(topic === t.code ? null : t.code)} data-testid="topic" data-code={t.code}>
            {t.name} {agreement.clauses.length ? <span className="muted">{counts.get(t.code) ?? 0}</span> : null}
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

/** Dates as a party gave them; "–" where the dataset has none. */
const dash = (date: string | null) => date ?? "–";

/**
 * Every party's own dates and status on the slider's day, and its ratification stages. A multilateral agreement
 * can have 190 parties: the picked pair comes first, the others one click away.
 */
function Parties({ agreement, pair, asOf, onEvidence }: { agreement: Agreement; pair: string[]; asOf: string; onEvidence: (e: Evidence) => void }) {
  const [all, setAll] = useState(false);
  const ordered = [...agreement.parties].sort((x, y) => Number(pair.includes(y.country.code)) - Number(pair.includes(x.country.code)) || x.country.name.localeCompare(y.country.name));
  const short = ordered.length > 12 && !all;
  const shown = short ? ordered.filter((p) => pair.includes(p.country.code)) : ordered;
  const row = (p: Party) => (
    <tr key={p.id} className="ratification-row" data-testid={`ratification-row-${p.country.code}`} data-country={p.country.code}>
      <td className="party">
        <strong>{p.country.name}</strong>
        {p.country.kind !== "STATE" ? <span className="muted"> · {words(p.country.kind)}</span> : null}
        {p.signatory ? <div className="muted">signed by {p.signatory.name}</div> : null}
      </td>
      <td data-testid="party-signed">{dash(p.signedOn)}</td>
      <td data-testid="party-in-force">{dash(p.enteredIntoForceOn)}</td>
      <td data-testid="party-ended">{dash(p.endedOn)}</td>
      <td>
        <Status value={p.status} testid={`party-status-${p.country.code}`} />
      </td>
      <td>
        <Status value={p.ratification.status} testid={`ratification-status-${p.country.code}`} />
        {p.ratification.completedOn ? <span className="muted"> {p.ratification.completedOn}</span> : null}
        {p.ratification.stages.length ? (
          <ol className="stages">
            {p.ratification.stages.map((s) => (
              <StageChip key={s.id} stage={s} asOf={asOf} onEvidence={onEvidence} />
            ))}
          </ol>
        ) : null}
      </td>
    </tr>
  );
  return (
    <section>
      <h3>
        Parties <span className="muted">({agreement.parties.length})</span>
      </h3>
      <table className="parties" data-testid="parties">
        <thead>
          <tr>
            <th>Party</th>
            <th>Signed</th>
            <th>In force</th>
            <th>Ended</th>
            <th title={`The agreement's status for this party on ${asOf}`}>Status</th>
            <th>Ratification</th>
          </tr>
        </thead>
        <tbody>{shown.map(row)}</tbody>
      </table>
      {ordered.length > 12 ? (
        <button className="link" data-testid="more-parties" onClick={() => setAll(!all)}>
          {all ? "show only the pair" : `show all ${ordered.length} parties`}
        </button>
      ) : null}
    </section>
  );
}

/** Prev / next over the filtered list, with where this page sits in it. */
function Pager({ page, pages, from, to, total, onPage }: { page: number; pages: number; from: number; to: number; total: number; onPage: (p: number) => void }) {
  return (
    <span className="pager" data-testid="pager" data-page={page} data-total={total}>
      <button onClick={() => onPage(page - 1)} disabled={page === 0} data-testid="page-prev" aria-label="Previous page">
        ‹
      </button>
      <span data-testid="page-range">{total ? `${from}–${to} of ${total}` : "0 of 0"}</span>
      <button onClick={() => onPage(page + 1)} disabled={page >= pages - 1} data-testid="page-next" aria-label="Next page">
        ›
      </button>
    </span>
  );
}

export function RelationView() {
  const countries = useCountries();
  const [a, setA] = useState("IR");
  const [b, setB] = useState("RU");
  const pairId = [a, b].sort().join("-");
  const today = dayNumber(todayUtc());
  const [day, setDay] = useState(today);
  // The slider moves freely; the graph is asked once it rests.
  const [asOf, setAsOf] = useState(dateOfDay(today));
  useEffect(() => {
    const t = setTimeout(() => setAsOf(dateOfDay(day)), 150);
    return () => clearTimeout(t);
  }, [day]);
  // Bilateral only unless the user says otherwise, or the pair has no bilateral agreement (then everything they share).
  const [bilateralChoice, setBilateralChoice] = useState<{ pair: string; on: boolean } | null>(null);
  const [noBilateral, setNoBilateral] = useState<string | null>(null);
  const bilateralOnly = bilateralChoice?.pair === pairId ? bilateralChoice.on : noBilateral !== pairId;
  const relation = useQuery(Relation, a !== b ? { between: [a, b], asOf, bilateralOnly } : null);
  // The last answer may still be the previous pair's while the next one loads.
  const rel = a !== b && relation.data?.bilateralRelation?.id === pairId ? relation.data.bilateralRelation : null;
  useEffect(() => {
    if (rel && rel.bilateral.length === 0 && noBilateral !== pairId) setNoBilateral(pairId);
  }, [rel, pairId, noBilateral]);

  const [filter, setFilter] = useState("");
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [pairId, bilateralOnly, filter]);
  const agreements = useMemo(() => [...(rel?.agreements ?? [])].sort((x, y) => (y.signedOn ?? "").localeCompare(x.signedOn ?? "")), [rel]);
  const filtered = useMemo(() => {
    const terms = filter.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return agreements;
    return agreements.filter((x) => {
      const text = `${x.title} ${x.shortTitle ?? ""}`.toLowerCase();
      return terms.every((w) => text.includes(w));
    });
  }, [agreements, filter]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const shownPage = Math.min(page, pages - 1);
  const pageItems = filtered.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE);
  const firstDay = Math.min(...filtered.filter((x) => x.signedOn).map((x) => dayNumber(x.signedOn!)));

  const [selected, setSelected] = useState<string | null>(null);
  const current = selected && filtered.some((x) => x.id === selected) ? selected : (pageItems[0]?.id ?? null);
  const detail = useQuery(AgreementDetail, current ? { id: current, asOf } : null);
  const [evidence, setEvidence] = useState<Evidence | null>(null);
  const agreement = detail.data?.agreement && detail.data.agreement.id === current ? detail.data.agreement : null;
  const loading = relation.loading || detail.loading;

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
          {loading ? "loading…" : `as of ${asOf}`}
        </span>
      </section>
      {a === b ? <p>Pick two different parties.</p> : null}
      {relation.error ? <p className="error">{relation.error}</p> : null}
      {a !== b && !relation.loading && relation.data && !relation.data.bilateralRelation ? <p>These two share no agreement in the graph.</p> : null}
      {rel ? (
        <section>
          <h2 data-testid="relation-title">
            {rel.countries.map((c) => c.name).join(" – ")}
            {rel.level ? <span className="muted"> · {rel.level}</span> : null}
          </h2>
          <div className="list-controls">
            <label title={rel.bilateral.length ? "Only agreements with exactly these two parties" : "They share no bilateral agreement"}>
              <input
                type="checkbox"
                checked={bilateralOnly}
                disabled={!rel.bilateral.length && !bilateralOnly}
                onChange={(e) => setBilateralChoice({ pair: pairId, on: e.target.checked })}
                data-testid="bilateral-only"
              />{" "}
              bilateral only <span className="muted">({rel.bilateral.length} of {rel.shared.length} shared)</span>
            </label>
            <input type="search" placeholder="Filter by title" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="title-filter" aria-label="Filter agreements by title" />
            <Pager page={shownPage} pages={pages} from={shownPage * PAGE_SIZE + 1} to={shownPage * PAGE_SIZE + pageItems.length} total={filtered.length} onPage={setPage} />
          </div>
          {pageItems.length ? (
            <Timeline agreements={pageItems} firstDay={firstDay} asOfDay={dayNumber(asOf)} selected={current} onSelect={setSelected} />
          ) : (
            <p className="muted" data-testid="no-match">
              No agreement {filter ? "matches the filter" : "to show"}.
            </p>
          )}
        </section>
      ) : null}
      {detail.error ? <p className="error">{detail.error}</p> : null}
      {agreement ? (
        <section className="agreement" data-testid="agreement" data-id={agreement.id}>
          <h2>
            {agreement.title} <Status value={agreement.status} testid="agreement-status" />
          </h2>
          <div className="facts">
            <span className="fact" data-testid="fact-kind">
              <span className="muted">Kind</span> <strong>{words(agreement.kind)}</strong>
              {agreement.ambit ? <span className="muted"> · {agreement.ambit.toLowerCase()}</span> : null}
            </span>
            <Fact label="Signed" value={agreement.signedOn ? `${agreement.signedOn}${agreement.signedAt ? `, ${agreement.signedAt}` : ""}` : null} field="signedOn" agreement={agreement} onEvidence={setEvidence} />
            <Fact label="In force" value={agreement.enteredIntoForceOn} field="enteredIntoForceOn" agreement={agreement} onEvidence={setEvidence} />
            {agreement.endedOn ? <Fact label="Ended" value={agreement.endedOn} field="endedOn" agreement={agreement} onEvidence={setEvidence} /> : null}
            {agreement.textUrl ? (
              <a href={agreement.textUrl} target="_blank" rel="noreferrer noopener" data-testid="text-url">
                text
              </a>
            ) : null}
            {agreement.treatyId ? <span className="muted" title="GGO treatyID">{agreement.treatyId}</span> : null}
            <button className="link" data-testid="agreement-sources" onClick={() => setEvidence({ title: `${agreement.shortTitle ?? agreement.title}: every source and claim`, sources: agreement.sources, claims: agreement.claims })}>
              all {agreement.sources.length} sources and {agreement.claims.length} claims
              {hasConflict(agreement.claims) ? <span className="badge conflict">some disagree</span> : null}
            </button>
          </div>
          {agreement.parent ? (
            <p className="muted">
              Protocol or amendment to{" "}
              {filtered.some((x) => x.id === agreement.parent!.id) ? (
                <button className="link" onClick={() => setSelected(agreement.parent!.id)}>
                  {agreement.parent.title}
                </button>
              ) : (
                agreement.parent.title
              )}
            </p>
          ) : null}
          {agreement.notes ? (
            <p className="notes" data-testid="agreement-notes">
              {agreement.notes}
            </p>
          ) : null}
          <Parties key={agreement.id} agreement={agreement} pair={[a, b]} asOf={asOf} onEvidence={setEvidence} />
          {agreement.topics.length || agreement.clauses.length ? <Clauses agreement={agreement} onEvidence={setEvidence} /> : null}
        </section>
      ) : null}
      {evidence ? <SourcesPanel evidence={evidence} onClose={() => setEvidence(null)} /> : null}
    </div>
  );
}
