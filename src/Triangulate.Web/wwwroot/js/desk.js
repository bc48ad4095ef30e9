import { get, send, ApiError } from './api.js';
import { el, clear, markedText } from './dom.js';
import { Timeline } from './timeline.js';
import { Rows } from './rows.js';
import { MapLayers } from './layers.js';
import { PlacePicker } from './places.js';

const SOURCE_KINDS = ['official', 'military_command', 'unit', 'state_media', 'independent_media', 'wire_agency', 'milblogger_channel', 'osint_group', 'individual'];
const KINDS = ['territorial_control', 'advance', 'withdrawal', 'attack', 'repelled_attack', 'strike', 'casualties', 'prisoners', 'recruitment', 'denial', 'other'];
const PAGE = 1000;
// Zoomed in this far at least when an event is opened, so that its place and its neighbours' names are readable.
const EVENT_ZOOM = 11;
const state = { events: [], viewEvents: [], filters: {}, days: null, inMapView: false, session: null, markers: new Map(), selected: null, shown: [] };

const list = new Rows(document.getElementById('list-viewport'), document.getElementById('event-list'), eventRow);
const inMapView = document.getElementById('list-in-map-view');
const detail = document.getElementById('detail');
const canAnalyse = () => ['analyst', 'admin'].includes(state.session?.role);

// Grades are Admiralty codes: a reliability letter and a credibility digit ("B2"), or the digit alone for an event.
function credibilityClass(code) {
  const digit = (code || '').match(/[1-6]/)?.[0];
  return digit ? 'cred-' + 'ABCDEF'[Number(digit) - 1] : 'cred-none';
}

function reliabilityClass(code) {
  return /^[A-F]$/.test(code ?? '') ? `cred-${code}` : 'cred-none';
}

// --- map -------------------------------------------------------------------------------------------------
const map = L.map('map', { minZoom: 4, maxZoom: 18 }).setView([48.5, 35.5], 6);
const layers = new MapLayers(map);
const cluster = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50 });
map.addLayer(cluster);
const highlight = L.layerGroup().addTo(map);
map.on('moveend', () => { if (state.inMapView) followView(); });

function drawMarkers(events) {
  cluster.clearLayers();
  state.markers.clear();
  const markers = [];
  for (const e of events) {
    if (e.lat === null || e.lon === null) continue;
    const marker = L.circleMarker([e.lat, e.lon], {
      radius: 5 + Math.min(12, 3 * e.independentOrigins),
      className: `event-marker ${credibilityClass(e.credibility)}`,
    });
    marker.on('click', () => openEvent(e.id));
    marker.bindTooltip(() => document.createTextNode(`${e.kind} · ${e.place ?? ''} · ${e.from ?? ''}`));
    state.markers.set(e.id, marker);
    markers.push(marker);
  }
  cluster.addLayers(markers);
}

// The chosen event: a ring on the map above the clusters, the map moved to it, its row marked and scrolled to.
function select(e) {
  state.selected = e.id;
  highlight.clearLayers();
  if (e.lat !== null && e.lon !== null) {
    L.circleMarker([e.lat, e.lon], { radius: 16, className: 'selected-marker', interactive: false }).addTo(highlight);
    map.setView([e.lat, e.lon], Math.max(map.getZoom(), EVENT_ZOOM));
  }
  list.repaint();
  list.reveal(state.shown.findIndex((shown) => shown.id === e.id));
}

// --- data ------------------------------------------------------------------------------------------------
// Loads are numbered, and the list is marked busy from the moment one begins until the latest has drawn it (its rows
// are the old ones meanwhile), then carries that load's number. A load overtaken by a newer one (the kind changed, then
// the form was sent) is dropped when it answers, so that the list ends with the latest filters whatever order the
// answers come in.
let latestLoad = 0;
const eventList = document.getElementById('event-list');

function beginLoad() {
  eventList.setAttribute('aria-busy', 'true');
  return ++latestLoad;
}

async function loadEvents(load = beginLoad()) {
  try {
    const events = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await get('events', { ...state.filters, foldFragments: true, offset, limit: PAGE });
      if (load !== latestLoad) return;
      events.push(...page.items);
      if (page.nextOffset === null) break;
    }
    state.events = sorted(events);
    if (state.inMapView) await loadViewEvents();
    drawMarkers(visibleByDays(state.events));
    timeline.draw(state.events);
    renderList({ fromTop: false });
    fillOrigins(state.events);
  } finally {
    if (load === latestLoad) {
      eventList.dataset.load = load;
      eventList.setAttribute('aria-busy', 'false');
    }
  }
}

const SORTS = {
  last: (a, b) => compareDays(b.to ?? b.from, a.to ?? a.from),
  first: (a, b) => compareDays(a.from, b.from),
  // Credibility 1 (confirmed) first; ungraded last.
  credibility: (a, b) => (a.credibility ?? '9').localeCompare(b.credibility ?? '9') || b.independentOrigins - a.independentOrigins,
  origins: (a, b) => b.independentOrigins - a.independentOrigins || (a.credibility ?? '9').localeCompare(b.credibility ?? '9'),
  reports: (a, b) => b.reports - a.reports || b.independentOrigins - a.independentOrigins,
};

// Undated events go last whichever way the days run.
function compareDays(a, b) {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

function sorted(events) {
  const by = SORTS[document.getElementById('sort').value] ?? SORTS.last;
  return [...events].sort((a, b) => by(a, b) || a.id - b.id);
}

function visibleByDays(events) {
  if (!state.days) return events;
  return events.filter((e) => e.from && (e.to ?? e.from) >= state.days.from && e.from <= state.days.to);
}

const located = (e) => e.lat !== null && e.lon !== null;

// When the list follows the map, the server is asked for the events in the map's view box and the chosen days (the
// ledger answers them from its index of events by place and day) each time the view or the days change; the newest
// question's answer is the one kept.
let latestView = 0;

async function loadViewEvents() {
  const load = ++latestView;
  const bounds = map.getBounds();
  const lon = (n) => String(Math.min(180, Math.max(-180, n)));
  const lat = (n) => String(Math.min(90, Math.max(-90, n)));
  const bbox = [lon(bounds.getWest()), lat(bounds.getSouth()), lon(bounds.getEast()), lat(bounds.getNorth())].join(',');
  const days = state.days ? { since: state.days.from, until: state.days.to } : {};
  const events = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await get('events', { ...state.filters, ...days, bbox, foldFragments: true, offset, limit: PAGE });
    if (load !== latestView) return false;
    events.push(...page.items);
    if (page.nextOffset === null) break;
  }
  state.viewEvents = sorted(events);
  return true;
}

async function followView() {
  if (await loadViewEvents() && state.inMapView) renderList({ fromTop: true });
}

// The list holds every event that passes the filters and the brushed days, located or not: an event with no place on
// the map still belongs to what the analyst asked for. Only on request does the map's view narrow it further, to the
// server's answer for the view (loadViewEvents).
function renderList({ fromTop }) {
  let shown = visibleByDays(state.inMapView ? state.viewEvents : state.events);
  if (state.inMapView) {
    const bounds = map.getBounds();
    shown = shown.filter((e) => located(e) && bounds.contains([e.lat, e.lon]));
  }
  state.shown = shown;
  const unlocated = shown.filter((e) => !located(e)).length;
  document.getElementById('list-count').textContent = `${shown.length} of ${state.events.length} events`
    + (state.inMapView ? ' in the map view' : '') + (unlocated > 0 ? ` (${unlocated} without a map position)` : '');
  list.show(shown, { fromTop });
}

function eventRow(e) {
  const classes = ['event-item', located(e) ? '' : 'unlocated', e.id === state.selected ? 'selected' : ''].filter(Boolean).join(' ');
  return el('li', { class: classes, 'data-event-id': e.id },
    el('button', { type: 'button', onclick: () => openEvent(e.id), title: e.text },
      el('span', { class: `grade ${credibilityClass(e.credibility)}` }, e.credibility ?? '–'),
      el('span', { class: 'kind' }, e.kind),
      located(e)
        ? el('span', { class: 'place' }, e.place ?? '')
        : el('span', { class: 'place', title: 'no place with a map position: in the list and the timeline, not on the map' }, 'unlocated'),
      el('span', { class: 'date' }, e.from ?? ''),
      el('span', { class: 'origins', title: 'independent origins' }, `${e.independentOrigins}×`),
      el('span', { class: 'text' }, e.fragments > 0 ? `${e.summary} (+${e.fragments} more in its reports)` : e.summary)));
}

function fillOrigins(events) {
  const names = [...new Set(events.flatMap((e) => e.origins))].sort((a, b) => a.localeCompare(b));
  document.getElementById('origin-names').replaceChildren(...names.map((name) => el('option', { value: name })));
}

// --- event view ------------------------------------------------------------------------------------------
function claimMarks(claim) {
  const marks = [[claim.start, claim.end, 'm-claim', 'claim']];
  for (const p of claim.places) {
    marks.push([p.start, p.end, 'm-place', p.name ? `place: ${p.name}` : 'place']);
    // A place the claim refers back to ("той же шахты") is marked where it was named and at the words that refer to it.
    if (p.carriedBy) marks.push([p.carriedByStart, p.carriedByEnd, 'm-place', `refers back to ${p.name ?? p.text}, named earlier as “${p.text}”`]);
  }
  for (const q of claim.quantities) marks.push([q.start, q.end, 'm-quantity', `${q.value} ${q.unit}`]);
  return marks;
}

// Actor and hedge come as words only: find them inside the claim's own span.
function wordMarks(text, claim) {
  const marks = [];
  const within = text.slice(claim.start, claim.end);
  for (const [words, className] of [[claim.actor, 'm-actor'], [claim.hedge, 'm-hedge']]) {
    if (!words) continue;
    const at = within.indexOf(words);
    if (at >= 0) marks.push([claim.start + at, claim.start + at + words.length, className, className.slice(2)]);
  }
  return marks;
}

const ROLE_LABELS = { independent: 'independent origin', not_counted: 'not counted' };

function provenanceList(nodes) {
  return el('ul', { class: 'tree' }, nodes.map((node) => el('li', { class: `node role-${node.role}`, 'data-role': node.role },
    el('span', { class: 'role' }, ROLE_LABELS[node.role] ?? node.role),
    node.sourceId
      ? el('button', { type: 'button', class: 'link source-link', onclick: () => openSource(node.sourceId) }, node.name)
      : el('span', { class: 'name' }, node.name),
    el('span', { class: 'side' }, node.side),
    node.reasons?.length > 0 ? el('span', { class: 'reasons' }, `joined because ${node.reasons.join('; ')}`) : null,
    node.children.length > 0 ? provenanceList(node.children) : null)));
}

const webAddress = (url) => /^https?:\/\//i.test(url ?? '');

// A claim as an analyst reads it: the English line, the sentence it stands in with its spans marked, the paragraph
// and the whole report on request, and the link to where the report was published.
function claimView(c, { pick }) {
  const marks = [...claimMarks(c.claim), ...wordMarks(c.reportText, c.claim)];
  const context = el('div', { class: 'context' }, markedText(c.reportText, marks, c.sentence.start, c.sentence.end));
  let showing = 'sentence';
  const show = (what, from, to, label, button) => {
    showing = showing === what ? 'sentence' : what;
    const [start, end] = showing === 'sentence' ? [c.sentence.start, c.sentence.end] : [from, to];
    context.replaceChildren(markedText(c.reportText, marks, start, end));
    for (const other of button.parentNode.querySelectorAll('button.context-toggle')) other.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-pressed', String(showing === what));
    button.textContent = showing === what ? 'sentence only' : label;
  };
  const paragraph = el('button', { type: 'button', class: 'link context-toggle show-paragraph', 'aria-pressed': 'false' }, 'paragraph');
  paragraph.addEventListener('click', () => show('paragraph', c.paragraph.start, c.paragraph.end, 'paragraph', paragraph));
  const whole = el('button', { type: 'button', class: 'link context-toggle show-report', 'aria-pressed': 'false' }, 'whole report');
  whole.addEventListener('click', () => show('report', 0, c.reportText.length, 'whole report', whole));
  return el('div', { class: 'claim', 'data-claim-id': c.claim.id },
    el('p', { class: 'claim-summary', lang: 'en' },
      pick ? el('label', { class: 'split-pick' }, el('input', { type: 'checkbox', class: 'split-claim', value: c.claim.id }), ` c${c.claim.id} `) : `c${c.claim.id} `,
      c.summary),
    el('div', { class: 'claim-original', lang: c.report.language }, context),
    el('p', { class: 'report-head' },
      `${c.report.publisher} · ${c.report.published?.slice(0, 10) ?? ''}`, c.report.title ? ` · ${c.report.title}` : '', ' · ',
      paragraph, ' · ', whole, ' · ',
      webAddress(c.report.url)
        ? el('a', { class: 'report-url', href: c.report.url, target: '_blank', rel: 'noopener noreferrer' }, 'original')
        : el('span', { class: 'report-url' }, c.report.url ?? 'no URL')));
}

function figuresTable(rows, head) {
  return el('table', { class: 'figures' },
    el('tr', {}, head.map((h) => el('th', {}, h))),
    rows.map((cells) => el('tr', {}, cells.map((cell) => el('td', {}, cell)))));
}

const amount = (value) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 });

async function openEvent(id) {
  const data = await get(`events/${id}`);
  const e = data.event;
  // The address names the open event, so that it can be bookmarked or sent: #e17.
  history.replaceState(null, '', `#e${e.id}`);
  layers.showDay(e.to ?? e.from);
  clear(detail).hidden = false;
  detail.append(...[
    el('button', { type: 'button', class: 'close', onclick: () => { detail.hidden = true; } }, '×'),
    el('h2', {}, `${e.kind} · ${e.place ?? 'no place'}`),
    el('p', { class: 'dates' }, `${e.from ?? '?'} – ${e.to ?? '?'} · ${e.claims} claims in ${e.reports} reports`),
    el('p', { class: 'dossier' }, 'Dossier: ',
      el('a', { id: 'dossier-html', href: `api/events/${e.id}/dossier?format=html`, download: `event-e${e.id}.html` }, 'HTML'), ' · ',
      el('a', { id: 'dossier-md', href: `api/events/${e.id}/dossier?format=md`, download: `event-e${e.id}.md` }, 'Markdown')),
    el('section', { class: 'grade-box' },
      el('h3', {}, 'Grade'),
      el('span', { id: 'event-grade', class: `grade ${credibilityClass(data.grade?.code)}` }, data.grade?.code ?? 'not graded'),
      el('p', { class: 'explanation' }, data.grade?.explanation ?? '')),
    el('section', {},
      el('h3', {}, 'Independent origins'),
      el('p', { id: 'independent-origins' }, `${e.independentOrigins} in all; ` + Object.entries(e.independentOriginsBySide).map(([side, n]) => `${side}: ${n}`).join(', '))),
    el('section', { id: 'provenance' }, el('h3', {}, 'Provenance'), provenanceList(data.provenance)),
    data.figures.length > 0
      ? el('section', { id: 'event-figures' }, el('h3', {}, 'Figures'),
          el('p', { class: 'hint' }, 'Per loss and claiming side, the largest figure its claims give: relays repeat one figure, so they are not added.'),
          figuresTable(data.figureTotals.map((t) => [t.whose, t.unit, t.claimedBy, amount(t.value), t.claimIds.map((c) => `c${c}`).join(', ')]),
            ['whose losses', 'what', 'claimed by', 'figure', 'claims']),
          figuresTable(data.figures.map((f) => [`c${f.claimId}`, f.summary]), ['claim', 'as claimed']))
      : null,
    data.contradicts.length > 0
      ? el('section', {}, el('h3', {}, 'Contradicted by'), el('ul', {}, data.contradicts.map((c) =>
          el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => openEvent(c.id) }, `${c.kind} · ${c.place ?? ''} · ${c.from ?? ''}`), ` ${c.summary}`))))
      : null,
    el('section', { id: 'verdicts' }, el('h3', {}, 'Verdicts'),
      data.verdicts.length === 0 ? el('p', {}, 'none yet') : el('ul', {}, data.verdicts.map((v) => el('li', {}, `${v.value} by ${v.by} (${v.at.slice(0, 10)})`, v.note ? ` — ${v.note}` : '')))),
    canAnalyse() ? verdictForm(e.id) : null,
    canAnalyse() ? mergeForm(e.id) : null,
    el('section', { id: 'claims' }, el('h3', {}, 'Claims'), data.claims.map((c) => claimView(c, { pick: canAnalyse() && data.claims.length > 1 }))),
    canAnalyse() && data.claims.length > 1 ? splitForm(e.id) : null,
    data.fragmentClaims.length > 0
      ? el('section', { id: 'fragments' }, el('h3', {}, 'Also in these reports'),
          el('p', { class: 'hint' }, 'Statements of the same reports that name no place of their own.'),
          data.fragmentClaims.map((c) => claimView(c, { pick: false })))
      : null,
  ].filter(Boolean));
  // After the pane is drawn: it takes room from the list, which then centres the chosen row in what is left.
  select(e);
}

// Every analyst's change answers with the event as it now stands: reload the map and list, then show that event.
async function change(path, body, form) {
  const message = form.querySelector('.form-message');
  try {
    const updated = await send('POST', path, body);
    await loadEvents();
    await openEvent(updated.event.id);
  } catch (error) {
    message.textContent = error.message;
  }
}

function eventIds(text) {
  return (text.match(/\d+/g) ?? []).map(Number);
}

function mergeForm(id) {
  const form = el('form', { id: 'merge-form' },
    el('label', {}, 'Merge with events ', el('input', { name: 'with', size: 14, placeholder: 'e12, e15' })),
    el('label', {}, 'Note ', el('input', { name: 'note', size: 18 })),
    el('button', { type: 'submit' }, 'Merge'), el('p', { class: 'form-message', role: 'status' }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const values = new FormData(form);
    change('events/merge', { eventIds: [id, ...eventIds(values.get('with'))], note: values.get('note') || null }, form);
  });
  return form;
}

function splitForm(id) {
  const form = el('form', { id: 'split-form' },
    el('label', {}, 'Note ', el('input', { name: 'note', size: 18 })),
    el('button', { type: 'submit' }, 'Split ticked claims into a new event'), el('p', { class: 'form-message', role: 'status' }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const claimIds = [...detail.querySelectorAll('input.split-claim:checked')].map((box) => Number(box.value));
    change(`events/${id}/split`, { claimIds, note: new FormData(form).get('note') || null }, form);
  });
  return form;
}

function verdictForm(id) {
  const message = el('p', { class: 'form-message', role: 'status' });
  const form = el('form', { id: 'verdict-form' },
    el('label', {}, 'Verdict ', el('select', { name: 'value' }, ['confirmed', 'refuted', 'unresolved'].map((v) => el('option', { value: v }, v)))),
    el('label', {}, 'Note ', el('input', { name: 'note', size: 24 })),
    el('button', { type: 'submit' }, 'Set verdict'), message);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values = new FormData(form);
    try {
      await send('POST', `events/${id}/verdicts`, { value: values.get('value'), note: values.get('note') || null });
      await loadEvents();
      await openEvent(id);
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return form;
}

// --- figures view ----------------------------------------------------------------------------------------
async function openFigures(period = 'month') {
  const days = state.days ? { since: state.days.from, until: state.days.to } : {};
  const rows = await get('events/figures', { ...state.filters, ...days, period });
  clear(detail).hidden = false;
  const periods = el('select', { id: 'figures-period', onchange: (ev) => openFigures(ev.target.value) },
    ['month', 'week', 'day'].map((p) => el('option', { value: p, selected: p === period }, p)));
  detail.append(
    el('button', { type: 'button', class: 'close', onclick: () => { detail.hidden = true; } }, '×'),
    el('h2', {}, 'Casualty and loss figures'),
    el('p', { class: 'hint' }, 'For the events the filters and the chosen days keep, by place and ', periods,
      '. Each event counts the largest figure its claims give per loss and claiming side (a fragment’s figures count in its event); events are added up. Figures claimed by each side stay apart.'),
    rows.length === 0
      ? el('p', {}, 'No casualty or loss figure in these events.')
      : figuresTable(rows.flatMap((row) => row.totals.map((t) => [row.period, row.place, t.whose, t.unit, t.claimedBy, amount(t.value), String(t.events),
          t.claimIds.map((c) => `c${c}`).join(', ')])), ['period', 'place', 'whose losses', 'what', 'claimed by', 'total', 'events', 'claims']));
  detail.querySelector('table.figures')?.setAttribute('id', 'figures-table');
}

// --- source view -----------------------------------------------------------------------------------------
async function openSource(id) {
  const data = await get(`sources/${encodeURIComponent(id)}`);
  const s = data.source;
  clear(detail).hidden = false;
  const peak = Math.max(1, ...data.track.map((m) => m.asOrigin + m.asRelay));
  const judged = `${data.confirmed} confirmed, ${data.refuted} refuted, ${data.unjudged} not judged as an independent origin`;
  detail.append(...[
    el('button', { type: 'button', class: 'close', onclick: () => { detail.hidden = true; } }, '×'),
    el('h2', {}, s.name),
    el('p', {}, `${s.kind} · ${s.side}`, s.role ? ` · ${s.role}` : ''),
    el('p', {}, 'Also written: ', s.aliases.join(', ')),
    el('section', { id: 'reliability' }, el('h3', {}, 'Reliability'),
      el('span', { id: 'source-grade', class: `grade ${reliabilityClass(data.reliability)}` }, data.reliability ?? '–'),
      el('p', { class: 'judged' }, judged),
      el('p', { id: 'source-explanation', class: 'explanation' }, data.reliabilityExplanation)),
    el('section', {}, el('h3', {}, `Track record (${data.claims} claims)`), el('table', { class: 'track' },
      el('tr', {}, el('th', {}, 'month'), el('th', {}, 'origin'), el('th', {}, 'relay'), el('th', {}, 'hedged'),
        el('th', {}, 'confirmed'), el('th', {}, 'refuted'), el('th', {}, '')),
      data.track.map((m) => el('tr', {}, el('td', {}, m.month), el('td', {}, m.asOrigin), el('td', {}, m.asRelay), el('td', {}, m.hedged),
        el('td', {}, m.confirmed), el('td', {}, m.refuted),
        el('td', {}, el('meter', { min: 0, max: peak, value: m.asOrigin + m.asRelay })))))),
    canAnalyse() ? aliasForm(id) : null,
  ].filter(Boolean));
}

function aliasForm(id) {
  const message = el('p', { class: 'form-message', role: 'status' });
  const form = el('form', { id: 'alias-form' }, el('label', {}, 'Add alias ', el('input', { name: 'alias', size: 20 })), el('button', { type: 'submit' }, 'Add'), message);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await send('POST', `sources/${encodeURIComponent(id)}/aliases`, { alias: new FormData(form).get('alias') });
      await openSource(id);
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return form;
}

function sourceForm() {
  clear(detail).hidden = false;
  const message = el('p', { class: 'form-message', role: 'status' });
  const form = el('form', { id: 'source-form' },
    el('h2', {}, 'Add a source'),
    el('label', {}, 'Id ', el('input', { name: 'id', size: 16, required: true, placeholder: 'vostochny_vestnik' })),
    el('label', {}, 'Name ', el('input', { name: 'name', size: 24, required: true })),
    el('label', {}, 'Kind ', el('select', { name: 'kind' }, SOURCE_KINDS.map((k) => el('option', { value: k }, k)))),
    el('label', {}, 'Side ', el('select', { name: 'side' }, ['RU', 'UA', 'other', 'unknown'].map((v) => el('option', { value: v }, v)))),
    el('label', {}, 'Role ', el('input', { name: 'role', size: 24 })),
    el('label', {}, 'Also written (comma-separated) ', el('input', { name: 'aliases', size: 32 })),
    el('button', { type: 'submit' }, 'Add source'), message);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values = new FormData(form);
    const aliases = String(values.get('aliases')).split(',').map((a) => a.trim()).filter((a) => a.length > 0);
    try {
      const added = await send('POST', 'sources', {
        id: values.get('id'), name: values.get('name'), kind: values.get('kind'), side: values.get('side'), role: values.get('role') || null, aliases,
      });
      await loadEvents();
      await openSource(added.id);
    } catch (error) {
      message.textContent = error.message;
    }
  });
  detail.append(el('button', { type: 'button', class: 'close', onclick: () => { detail.hidden = true; } }, '×'), form);
}

// --- start -----------------------------------------------------------------------------------------------
const timeline = new Timeline(document.getElementById('timeline'), (range) => {
  state.days = range;
  document.getElementById('clear-brush').hidden = range === null;
  drawMarkers(visibleByDays(state.events));
  renderList({ fromTop: true });
  layers.showDay(range?.to ?? null);
  if (state.inMapView) followView();
});
document.getElementById('clear-brush').addEventListener('click', () => timeline.clear());
inMapView.addEventListener('change', () => {
  state.inMapView = inMapView.checked;
  if (state.inMapView) followView();
  else renderList({ fromTop: true });
});
document.getElementById('sort').addEventListener('change', () => {
  state.events = sorted(state.events);
  state.viewEvents = sorted(state.viewEvents);
  renderList({ fromTop: true });
});
document.getElementById('open-figures').addEventListener('click', () => openFigures());

const kindSelect = document.getElementById('filter-kind');
for (const kind of KINDS) kindSelect.append(el('option', { value: kind }, kind));
const filters = document.getElementById('filters');
const picker = new PlacePicker(document.getElementById('filter-place'), document.getElementById('place-suggestions'), () => applyFilters());

// The form's fields are the API's filters, but for the place: the picker gives a gazetteer id, or a point and a radius.
async function applyFilters(ev) {
  ev?.preventDefault();
  const load = beginLoad();
  const values = Object.fromEntries(new FormData(filters));
  const place = await picker.chosen();
  if (load !== latestLoad) return;
  delete values.placeText;
  delete values.radiusKm;
  const radius = Number(document.getElementById('filter-radius').value);
  if (place && radius > 0) Object.assign(values, { lat: place.lat, lon: place.lon, radiusKm: radius });
  else if (place) values.place = place.id;
  state.filters = values;
  await loadEvents(load);
}
filters.addEventListener('submit', applyFilters);
for (const id of ['filter-kind', 'filter-side', 'filter-credibility', 'filter-hedged']) document.getElementById(id).addEventListener('change', () => applyFilters());

async function start() {
  state.session = await get('session');
  if (state.session.mode === 'accounts' && !state.session.name) {
    window.location.href = 'login.html';
    return;
  }
  document.getElementById('session').textContent = `${state.session.name} (${state.session.role})`;
  document.body.dataset.role = state.session.role;
  if (canAnalyse()) {
    document.getElementById('session').before(el('button', { type: 'button', id: 'add-source', onclick: sourceForm }, 'Add source'));
  }
  await layers.start(state.session.tileUrl);
  await loadEvents();
  const linked = window.location.hash.match(/^#e(\d+)$/);
  if (linked) await openEvent(Number(linked[1]));
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  document.getElementById('list-count').textContent = error instanceof ApiError ? error.message : String(error);
});
