import { PublicEvent, PublishedYear } from '@app/activities';
import { Language } from '@app/common';
import { escapeHtml } from '@app/mail';
import { NETWORK_PAGE_MESSAGES } from './network-page.messages';
import { serbiaMapSvg, townName } from './serbia-map';

/** Where the page lives in each language, and its stylesheet. */
export const NETWORK_PAGE_PATHS: Record<Language, string> = { [Language.SR]: '/network', [Language.EN]: '/en/network' };
export const NETWORK_PAGE_STYLESHEET = '/network/network.css';

export interface NetworkPageMember {
  shortName: string;
  name: string;
  town: string;
  website: string | null;
}

export interface NetworkPageData {
  members: NetworkPageMember[];
  years: PublishedYear[];
  events: PublicEvent[];
}

const LOCALE: Record<Language, string> = { [Language.SR]: 'sr-Latn-RS', [Language.EN]: 'en-GB' };
const HTML_LANG: Record<Language, string> = { [Language.SR]: 'sr-Latn', [Language.EN]: 'en' };

/** The hotlines, as dialled from Serbia and as a tel: link. */
const HOTLINES = { sos: ['011 33 47 817', 'tel:+381113347817'], free: ['0800 101 201', 'tel:0800101201'], missing: ['116000', 'tel:116000'] } as const;

/**
 * The public page of the network, whole, as HTML: readable without JavaScript (there is none), no
 * inline style or script (a strict CSP holds), every text escaped.
 */
export function renderNetworkPage(data: NetworkPageData, language: Language): string {
  const t = NETWORK_PAGE_MESSAGES[language];
  const english = language === Language.EN;
  const other = english ? Language.SR : Language.EN;
  const e = escapeHtml;
  const number = new Intl.NumberFormat(LOCALE[language]);
  const date = new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const count = (value: number | null) => (value === null ? `<span class="withheld">${e(t.fewerThan)}</span>` : number.format(value));
  const towns = data.members.map((m) => townName(m.town, english));

  const hotline = (label: string, [shown, href]: readonly [string, string], note: string) =>
    `<li><span class="hotline-label">${e(label)}</span> <a class="hotline-number" href="${e(href)}">${e(shown)}</a> <span class="hotline-note">${e(note)}</span></li>`;

  const members = data.members
    .map(
      (m) => `<li class="member">
  <h3>${e(m.name)}${m.name === m.shortName ? '' : ` <span class="short-name">(${e(m.shortName)})</span>`}</h3>
  <p class="town">${e(townName(m.town, english))}</p>
  <p>${m.website ? `${e(t.website)}: <a href="${e(m.website)}">${e(m.website.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a>` : e(t.throughSos)}</p>
</li>`,
    )
    .join('\n');

  const table = (caption: string, header: string, rows: { label: string; count: number | null }[]) => `<table>
  <caption>${e(caption)}</caption>
  <thead><tr><th scope="col">${e(header)}</th><th scope="col" class="count">${e(t.activities)}</th></tr></thead>
  <tbody>
${rows.map((r) => `    <tr><th scope="row">${e(r.label)}</th><td class="count">${count(r.count)}</td></tr>`).join('\n')}
  </tbody>
</table>`;

  const years = data.years.length
    ? data.years
        .map(
          (y) => `<section class="year" id="year-${y.year}" aria-labelledby="year-${y.year}-heading">
  <h3 id="year-${y.year}-heading">${e(t.year(y.year))}</h3>
  <p class="year-total">${e(t.yearTotal)}: <strong>${count(y.total)}</strong></p>
  <div class="tables">
${table(`${t.byTown} – ${t.year(y.year)}`, t.town, y.byTown.map((c) => ({ label: townName(c.key, english), count: c.count })))}
${table(`${t.byType} – ${t.year(y.year)}`, t.type, y.byType.map((c) => ({ label: t.types[c.key], count: c.count })))}
  </div>
</section>`,
        )
        .join('\n')
    : `<p>${e(t.noWork)}</p>`;

  const events = data.events.length
    ? `<ul class="events">
${data.events
  .map(
    (ev) =>
      `  <li class="event"><span class="event-title">${e(ev.title)}</span> <span class="event-meta">${e(t.types[ev.type])} · ${e(ev.town ? townName(ev.town, english) : t.online)} · <time datetime="${e(ev.startsOn)}">${e(date.format(new Date(`${ev.startsOn}T00:00:00Z`)))}</time></span></li>`,
  )
  .join('\n')}
</ul>`
    : `<p>${e(t.noEvents)}</p>`;

  return `<!DOCTYPE html>
<html lang="${HTML_LANG[language]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.htmlTitle)}</title>
<meta name="description" content="${e(t.intro)}">
<link rel="stylesheet" href="${NETWORK_PAGE_STYLESHEET}">
<link rel="alternate" hreflang="${HTML_LANG[Language.SR]}" href="${NETWORK_PAGE_PATHS[Language.SR]}">
<link rel="alternate" hreflang="${HTML_LANG[Language.EN]}" href="${NETWORK_PAGE_PATHS[Language.EN]}">
</head>
<body>
<header class="site">
  <span class="brand">${e(t.brand)}</span>
  <nav aria-label="${english ? 'Language' : 'Jezik'}"><a id="language-switch" href="${NETWORK_PAGE_PATHS[other]}" hreflang="${HTML_LANG[other]}" lang="${HTML_LANG[other]}">${e(t.otherLanguage)}</a></nav>
</header>
<main>
<h1>${e(t.heading)}</h1>
<p class="intro">${e(t.intro)}</p>

<section id="help" aria-labelledby="help-heading">
  <h2 id="help-heading">${e(t.helpHeading)}</h2>
  <ul class="hotlines">
    ${hotline(t.sosLabel, HOTLINES.sos, t.sosNote)}
    ${hotline(t.freeLabel, HOTLINES.free, t.freeNote)}
    ${hotline(t.missingLabel, HOTLINES.missing, t.missingNote)}
    <li><span class="hotline-label">${e(t.mailLabel)}</span> <a class="hotline-number" href="mailto:sos@astra.rs">sos@astra.rs</a> <span class="hotline-note"><a href="https://www.astra.rs">www.astra.rs</a></span></li>
  </ul>
</section>

<section id="members" aria-labelledby="members-heading">
  <h2 id="members-heading">${e(t.membersHeading)}</h2>
  <div class="members-layout">
    <figure class="map-figure">
${serbiaMapSvg(data.members.map((m) => m.town), { english, title: t.mapTitle, description: t.mapDescription(towns) })}
    </figure>
    <div>
      <p>${e(t.membersIntro)}</p>
      <ul class="members">
${members}
      </ul>
    </div>
  </div>
</section>

<section id="work" aria-labelledby="work-heading">
  <h2 id="work-heading">${e(t.workHeading)}</h2>
  <p>${e(t.workIntro)}</p>
${years}
</section>

<section id="events" aria-labelledby="events-heading">
  <h2 id="events-heading">${e(t.eventsHeading)}</h2>
  <p>${e(t.eventsIntro)}</p>
${events}
</section>
</main>
<footer class="site"><p>${e(t.footer)} <a href="https://www.astra.rs">www.astra.rs</a></p></footer>
</body>
</html>
`;
}
