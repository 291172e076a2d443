import { createServer } from "node:http";
import pg from "pg";

/**
 * The physical limit of this stack for Q1, Q2, Q4 and Q6: a bare node:http server answering, at
 * GET /q1, /q2, /q4 and /q6, the same JSON as the gateway does for QUERIES.Q1... (bench/queries.ts),
 * each with one hand-written SQL statement (json_build_object, json_agg, subqueries) over pg, no
 * GraphQL at all. The bench checks that each answer equals the gateway's, before and after the load.
 *
 * Q6 is a page after a cursor: GET /q6?key=<signed_on key, YYYY-MM-DD>&id=<agreement id> (or
 * BASELINE_Q6_KEY and BASELINE_Q6_ID), the keyset position the bench encodes into Q6's cursor.
 */
const Q1 = `
SELECT json_build_object('data', json_build_object('country', (
  SELECT json_build_object('code', c.code, 'name', c.name, 'officialName', c.official_name, 'region', c.region, 'capital', c.capital)
  FROM relations.country c WHERE c.code = 'IR'))) AS body`;
const Q2 = `
SELECT json_build_object('data', json_build_object('agreements', json_build_object('nodes', coalesce(json_agg(a ORDER BY a."signedOn" DESC NULLS LAST, a.id DESC), '[]'::json)))) AS body
FROM (
  SELECT ag.id, ag.title, ag.signed_on AS "signedOn",
    (SELECT coalesce(json_agg(json_build_object('country', json_build_object('code', c.code, 'name', c.name),
        'ratification', json_build_object('stages', (SELECT coalesce(json_agg(json_build_object('kind', s.kind, 'date', s.date, 'outcome', s.outcome) ORDER BY s.seq), '[]'::json)
                                                     FROM relations.ratification_stage s WHERE s.party_id = p.id)))
      ORDER BY p.country_code), '[]'::json)
     FROM relations.agreement_party p JOIN relations.country c ON c.code = p.country_code WHERE p.agreement_id = ag.id) AS parties,
    (SELECT coalesce(json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY t.code), '[]'::json)
     FROM relations.agreement_topic at JOIN relations.topic t ON t.code = at.topic_code WHERE at.agreement_id = ag.id) AS topics
  FROM relations.agreement ag
  ORDER BY coalesce(ag.signed_on, DATE '0001-01-01') DESC, ag.id DESC
  LIMIT 20
) a`;

// A corridor's segments are those it defines and those its routes use (SEGMENT_MEMBERSHIP, segment.loader.ts); a length is
// the stated one, else a SEA leg's maritime route, else the great circle (segmentLength, segment.length.ts).
const Q4 = `
SELECT json_build_object('data', json_build_object('country', json_build_object('corridors', coalesce(json_agg(x ORDER BY x.id), '[]'::json)))) AS body
FROM (
  SELECT tc.id, (
    SELECT coalesce(json_agg(json_build_object('id', s.id, 'mode', s.mode, 'status', s.status,
      'lengthKm', coalesce(s.stated_length_km, CASE WHEN s.mode = 'SEA' THEN s.route_length_km END, round((2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(t.latitude - f.latitude) / 2), 2)
        + cos(radians(f.latitude)) * cos(radians(t.latitude)) * power(sin(radians(t.longitude - f.longitude) / 2), 2)))))::numeric, 1)),
      'from', json_build_object('id', f.id, 'name', f.name, 'latitude', f.latitude, 'longitude', f.longitude),
      'to', json_build_object('id', t.id, 'name', t.name, 'latitude', t.latitude, 'longitude', t.longitude)) ORDER BY s.id), '[]'::json)
    FROM corridors.corridor_segment s JOIN corridors.corridor_node f ON f.id = s.from_node_id JOIN corridors.corridor_node t ON t.id = s.to_node_id
    WHERE s.id IN (SELECT s2.id FROM corridors.corridor_segment s2 WHERE s2.corridor_id = tc.id
                   UNION SELECT rs.segment_id FROM corridors.route_segment rs JOIN corridors.corridor_route r ON r.id = rs.route_id WHERE r.corridor_id = tc.id)) AS segments
  FROM corridors.trade_corridor tc JOIN corridors.corridor_member m ON m.corridor_id = tc.id AND m.country_code = 'IR'
) x`;

/**
 * Q6: the 20 agreements after the keyset position ($1, $2) in SIGNED_ON_DESC order, read as the
 * server reads them (21 rows, so the 21st says whether a next page exists), with the sort key of
 * the page's last row for its endCursor.
 */
const Q6 = `
SELECT coalesce(json_agg(json_build_object('id', p.id, 'title', p.title, 'signedOn', p.signed_on) ORDER BY p.n) FILTER (WHERE p.n <= 20), '[]'::json) AS nodes,
  count(*) > 20 AS "hasNextPage",
  (array_agg(json_build_array(p.sort_key::text, p.id) ORDER BY p.n DESC) FILTER (WHERE p.n <= 20))[1] AS "lastKey"
FROM (
  SELECT l.*, row_number() OVER (ORDER BY l.sort_key DESC, l.id DESC) AS n
  FROM (
    SELECT a.id, a.title, a.signed_on, coalesce(a.signed_on, DATE '0001-01-01') AS sort_key
    FROM relations.agreement a
    WHERE (coalesce(a.signed_on, DATE '0001-01-01'), a.id) < ($1::date, $2)
    ORDER BY coalesce(a.signed_on, DATE '0001-01-01') DESC, a.id DESC
    LIMIT 21
  ) l
) p`;

/** As encodeCursor in src/graphql/pagination.ts: [tag, ...key] as JSON, base64url. */
const cursor = (tag: string, key: unknown[]) => Buffer.from(JSON.stringify([tag, ...key]), "utf8").toString("base64url");

async function q6(key: string, id: string): Promise<unknown> {
  const { rows } = await pool.query(Q6, [key, id]);
  const { nodes, hasNextPage, lastKey } = rows[0] as { nodes: unknown[]; hasNextPage: boolean; lastKey: [string, string] | null };
  return { data: { agreements: { nodes, pageInfo: { hasNextPage, endCursor: lastKey ? cursor("agreements:SIGNED_ON_DESC", lastKey) : null } } } };
}

const FIXED: Record<string, string> = { "/q1": Q1, "/q2": Q2, "/q4": Q4 };

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BASELINE_POOL ?? 10) });
// An idle connection the server closes (the embedded database stops with the server) is not a crash.
pool.on("error", (err) => console.error(`baseline: idle connection lost: ${err.message}`));
const port = Number(process.env.BASELINE_PORT ?? 4500);
createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://baseline");
  const sql = FIXED[url.pathname];
  if (!sql && url.pathname !== "/q6") {
    res.writeHead(404).end();
    return;
  }
  req.resume();
  try {
    let body: unknown;
    if (sql) body = (await pool.query(sql)).rows[0].body;
    else {
      const key = url.searchParams.get("key") ?? process.env.BASELINE_Q6_KEY;
      const id = url.searchParams.get("id") ?? process.env.BASELINE_Q6_ID;
      if (!key || !id) {
        res.writeHead(400).end("q6 needs ?key=YYYY-MM-DD&id=AGREEMENT_ID");
        return;
      }
      body = await q6(key, id);
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
}).listen(port, "127.0.0.1", () => console.log(`baseline ready on ${port}`));
