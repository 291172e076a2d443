import { createServer } from "node:http";
import pg from "pg";

/**
 * The physical limit of this stack for Q2 and Q4: a bare node:http server answering the same JSON
 * with one hand-written SQL statement (json_agg, lateral joins) over pg, no GraphQL at all.
 */
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

const Q4 = `
SELECT json_build_object('data', json_build_object('country', json_build_object('corridors', coalesce(json_agg(x ORDER BY x.id), '[]'::json)))) AS body
FROM (
  SELECT tc.id, (
    SELECT coalesce(json_agg(json_build_object('id', s.id, 'mode', s.mode, 'status', s.status,
      'lengthKm', coalesce(s.stated_length_km, round((2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(t.latitude - f.latitude) / 2), 2)
        + cos(radians(f.latitude)) * cos(radians(t.latitude)) * power(sin(radians(t.longitude - f.longitude) / 2), 2)))))::numeric, 1)),
      'from', json_build_object('id', f.id, 'name', f.name, 'latitude', f.latitude, 'longitude', f.longitude),
      'to', json_build_object('id', t.id, 'name', t.name, 'latitude', t.latitude, 'longitude', t.longitude)) ORDER BY s.id), '[]'::json)
    FROM corridors.corridor_segment s JOIN corridors.corridor_node f ON f.id = s.from_node_id JOIN corridors.corridor_node t ON t.id = s.to_node_id
    WHERE s.corridor_id = tc.id) AS segments
  FROM corridors.trade_corridor tc JOIN corridors.corridor_member m ON m.corridor_id = tc.id AND m.country_code = 'IR'
) x`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BASELINE_POOL ?? 10) });
const port = Number(process.env.BASELINE_PORT ?? 4500);
createServer(async (req, res) => {
  const sql = req.url?.startsWith("/q2") ? Q2 : req.url?.startsWith("/q4") ? Q4 : null;
  if (!sql) {
    res.writeHead(404).end();
    return;
  }
  req.resume();
  try {
    const { rows } = await pool.query(sql);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows[0].body));
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
}).listen(port, "127.0.0.1", () => console.log(`baseline ready on ${port}`));
