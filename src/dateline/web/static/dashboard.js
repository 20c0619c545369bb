// The dashboard: filters drive the map, the timeline, the breakdowns and the event table; any
// event or timeline entry opens its source with the supporting sentences marked.
import { enc, esc, fmt, getJSON, placeKey, typeColour } from "./common.js";
import { Drawer } from "./evidence.js";
import { EventMap } from "./map.js";
import { Timeline, legend } from "./timeline.js";

const FILTERS = ["q", "date_from", "date_to", "country", "event_type", "actor", "admin1", "location"];
const LABELS = { q: "text", date_from: "from", date_to: "to", country: "country", event_type: "type",
                 actor: "actor", admin1: "region", location: "place", in_view: "map area" };
const TIMELINE_EVENTS = 150;

// The page's head asked for /index.json (the overview and the first view's data under the URL's
// filters) before anything else loaded; the map and the timeline are set up while it comes.
let overview = { stats: { layers: {} }, event_types: [], countries: [], event_months: [], article_months: [] };
let hasEvents = false;  // else the dashboard shows the articles' own layers
let initial = {};

// The embedded answer the first time (the server built it from the same URL), then the API.
function firstOr(name, load) {
  const data = initial[name];
  delete initial[name];
  return data ? Promise.resolve(data) : load();
}
const form = document.getElementById("filters");
const state = { offset: 0, limit: 25, order: "-date" };
const drawer = new Drawer();
let map = null, timeline = null, basemap = Promise.resolve();

function setup() {
  const url = new URLSearchParams(location.search);
  state.order = url.get("order") || state.order;
  document.getElementById("order").value = state.order;
  for (const name of ["date_from", "date_to"]) {
    Object.assign(form.elements[name], { type: "text", placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" });
  }
  if (window.L) {
    map = new EventMap(document.getElementById("map"), { onPick: pickPlace, onMove: onMapMove });
    basemap = map.loadBasemap("/static/vendor/world-atlas/countries-110m.json").catch(showError);
  } else {
    document.getElementById("map").innerHTML = '<p class="empty">Map unavailable: run <code>make web</code>.</p>';
  }
  timeline = new Timeline(document.getElementById("timeline"),
                          { onStory: (entry) => drawer.showEntry(entry), onEvent: (id) => drawer.showEvent(id) });
  bindControls();
  window.dateline = { map, timeline, drawer };  // for the console and the end-to-end tests
}

function takeOverview(data) {
  overview = data;
  hasEvents = (overview.stats.layers.events || 0) > 0;
  initial = overview.initial || {};
  fillSelect(form.elements.country, overview.countries);
  fillSelect(form.elements.event_type, overview.event_types);
  const url = new URLSearchParams(location.search);
  for (const name of FILTERS) if (url.get(name)) setField(name, url.get(name));
  staticKpis();
  if (map) document.getElementById("map-legend").innerHTML = legend(overview.event_types.map((t) => t.key).filter(Boolean));
}

async function loadOverview() {
  const response = await (window.datelineIndex || fetch(`/index.json${location.search}`));
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message || `${response.status} ${response.statusText}`);
  takeOverview(body);
}

function fillSelect(select, counts) {
  for (const c of counts.filter((c) => c.key)) {
    select.insertAdjacentHTML("beforeend", `<option value="${esc(c.key)}">${esc(c.key)} (${fmt(c.count)})</option>`);
  }
}

function setField(name, value) {
  const field = form.elements[name];
  if (field.tagName === "SELECT" && ![...field.options].some((o) => o.value === value)) {
    field.insertAdjacentHTML("beforeend", `<option value="${esc(value)}">${esc(value)}</option>`);
  }
  field.value = value;
}

function staticKpis() {
  const s = overview.stats;
  document.getElementById("kpi-articles").textContent = fmt(s.articles);
  document.getElementById("kpi-articles-sub").textContent =
    s.first_date ? `published ${s.first_date} – ${s.last_date}` : "none ingested yet";
  document.getElementById("kpi-layers").textContent = `${fmt(s.layers.entities || 0)} · ${fmt(s.layers.places || 0)}`;
}

function bindControls() {
  form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  form.elements.country.addEventListener("change", () => refresh());
  form.elements.event_type.addEventListener("change", () => refresh());
  form.elements.in_view.addEventListener("change", () => refresh());
  document.getElementById("reset").addEventListener("click", () => {
    form.reset();
    form.elements.location.value = "";
    refresh({ fit: true });
  });
  document.getElementById("order").addEventListener("change", (e) => {
    state.order = e.target.value;
    loadTable(filterParams()).catch(showError);
  });
  document.getElementById("use-range").addEventListener("click", () => {
    const [start, end] = timeline.visibleRange();
    setField("date_from", start);
    setField("date_to", end);
    refresh();
  });
  document.getElementById("timeline").addEventListener("click", (e) => {
    const key = e.target.closest("rect.tl-bar")?.dataset.key;
    if (!key) return;
    setField("date_from", key);
    setField("date_to", key);
    refresh();
  });
}

function filterParams({ withView = true } = {}) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = (form.elements[name].value || "").trim();
    if (value) params.set(name, value);
  }
  if (withView && map && form.elements.in_view.checked) params.set("bbox", map.bbox());
  return params;
}

async function refresh({ fit = false } = {}) {
  state.offset = 0;
  const params = filterParams();
  const shown = filterParams({ withView: false });
  if (state.order !== "-date") shown.set("order", state.order);
  history.replaceState(null, "", shown.toString() ? `/?${shown}` : "/");
  renderChips(params);
  document.body.classList.add("busy");
  try {
    await Promise.all([loadTable(params), loadMap(fit), loadBreakdowns(params), loadTimeline(params)]);
  } catch (error) {
    showError(error);
  } finally {
    document.body.classList.remove("busy");
  }
}

function renderChips(params) {
  const chips = [...params].filter(([k]) => k !== "bbox").map(([k, v]) =>
    `<button type="button" class="chip on" data-name="${k}">${LABELS[k] || k}: <b>${esc(v)}</b> ×</button>`);
  if (params.has("bbox")) chips.push(`<button type="button" class="chip on" data-name="in_view">map area ×</button>`);
  const box = document.getElementById("chips");
  box.innerHTML = chips.join("");
  box.querySelectorAll("button").forEach((b) => b.addEventListener("click", () => {
    const field = form.elements[b.dataset.name];
    if (field.type === "checkbox") field.checked = false; else field.value = "";
    refresh();
  }));
}

// -- the event table ------------------------------------------------------------------------------
async function loadTable(params) {
  const query = new URLSearchParams(params);
  query.set("limit", state.limit);
  query.set("offset", state.offset);
  query.set("order", state.order);
  const page = await firstOr("events", () => getJSON("/api/events", query));
  const body = document.querySelector("#events-table tbody");
  body.innerHTML = page.items.map(eventRow).join("") ||
    `<tr><td colspan="7" class="empty">${overview.stats.layers.events ? "No events match these filters." :
      "No events yet: the events stage has not coded any (run <code>dateline process</code>). Articles and the timeline still show below."}</td></tr>`;
  body.querySelectorAll("tr[data-id]").forEach((row) => {
    row.addEventListener("click", (e) => { if (!e.target.closest("a")) drawer.showEvent(row.dataset.id); });
    row.addEventListener("keydown", (e) => { if (e.key === "Enter" && e.target === row) drawer.showEvent(row.dataset.id); });
  });
  document.getElementById("table-count").textContent = fmt(page.total);
  document.getElementById("kpi-events").textContent = fmt(page.total);
  document.getElementById("kpi-events-sub").textContent = `of ${fmt(overview.stats.layers.events || 0)} coded`;
  renderPager(page, params);
}

function eventRow(e) {
  const place = e.location;
  const where = place ? `<a href="/places/${enc(placeKey(place))}">${esc(place.name || place.text)}</a>
    <div class="sub">${esc([place.admin1, place.country].filter(Boolean).join(", "))}</div>` : "";
  const actor = (name) => (name ? `<a href="/entities/${enc(name)}">${esc(name)}</a>` : "");
  return `<tr data-id="${e.id}" tabindex="0"><td class="nowrap">${esc(e.event_date || "—")}</td>
    <td><span class="badge" data-type="${esc(e.event_type)}">${esc(e.event_type)}</span><div class="sub">${esc(e.sub_event_type)}</div></td>
    <td>${actor(e.actor1)}</td><td>${actor(e.actor2)}</td><td>${where}</td>
    <td class="num">${e.fatalities ?? ""}</td><td><button type="button" class="btn small">Evidence</button></td></tr>`;
}

function renderPager(page, params) {
  const pager = document.getElementById("pager");
  if (!page.total) { pager.innerHTML = ""; return; }
  const last = page.offset + page.items.length;
  pager.innerHTML = `<span>${fmt(page.offset + 1)}–${fmt(last)} of ${fmt(page.total)}</span>
    <button type="button" class="btn small ghost" data-step="-1" ${page.offset ? "" : "disabled"}>← Previous</button>
    <button type="button" class="btn small ghost" data-step="1" ${page.next_offset == null ? "disabled" : ""}>Next →</button>`;
  pager.querySelectorAll("button").forEach((b) => b.addEventListener("click", () => {
    state.offset = Math.max(0, state.offset + Number(b.dataset.step) * state.limit);
    loadTable(params).catch(showError);
  }));
}

// -- map, breakdowns, timeline -------------------------------------------------------------------
async function loadMap(fit) {
  if (!map) return;
  if (!hasEvents) return loadPlaces();
  const data = await firstOr("locations", () => getJSON("/api/events/locations", filterParams({ withView: false })));
  map.show(data.items, { fit: fit || !map.fitted });
  map.fitted = true;
  document.getElementById("kpi-places").textContent = fmt(data.items.length);
}

async function loadPlaces() {
  if (map.fitted) return;
  const data = await getJSON("/api/places", new URLSearchParams({ limit: 1000 }));
  map.showPlaces(data.items);
  map.fitted = true;
  document.getElementById("kpi-places").textContent = fmt(data.total);
  document.getElementById("kpi-places-sub").textContent = "mentioned in the articles";
  document.getElementById("kpi-deaths").textContent = "—";
  document.querySelector(".map-card .hint").textContent = "scroll to zoom · click a circle for the place";
  document.getElementById("map-legend").innerHTML = data.total ?
    '<span class="legend-item"><i style="background:#5b7083"></i>Places the articles mention (no events coded yet), sized by mentions</span>' : "";
}

function pickPlace(point) {
  setField("location", point.location || "");
  refresh();
}

let moveTimer = null;
function onMapMove() {
  if (!form.elements.in_view.checked) return;
  clearTimeout(moveTimer);
  moveTimer = setTimeout(() => refresh(), 350);
}

// Counts by a key; unfiltered ones come with the page (the overview), saving a request.
function countsBy(params, by) {
  const given = { event_type: overview.event_types, country: overview.countries, month: overview.event_months };
  if (![...params].length && given[by]) return Promise.resolve({ by, items: given[by] });
  return getJSON("/api/counts", withParam(params, "by", by));
}

async function loadBreakdowns(params) {
  if (!hasEvents) return loadMentions();
  const [types, countries] = await Promise.all([countsBy(params, "event_type"), countsBy(params, "country")]);
  const deaths = types.items.reduce((sum, c) => sum + c.fatalities, 0);
  document.getElementById("kpi-deaths").textContent = fmt(deaths);
  renderBars("types", types.items, "event_type", true);
  renderBars("countries", countries.items.slice(0, 12), "country", false);
}

// Without events, the side panel lists what the articles mention most.
async function loadMentions() {
  const [places, entities] = await Promise.all([
    getJSON("/api/places", new URLSearchParams({ limit: 10 })),
    getJSON("/api/entities", new URLSearchParams({ limit: 10 }))]);
  document.getElementById("types-title").textContent = "Most mentioned places";
  document.getElementById("countries-title").textContent = "Most mentioned entities";
  linkBars("types", places.items.map((p) => [p.name, p.mentions, `/places/${enc(p.key)}`]));
  linkBars("countries", entities.items.map((e) => [e.name, e.mentions, `/entities/${enc(e.name)}`]));
}

function linkBars(id, rows) {
  const top = Math.max(1, ...rows.map((r) => r[1]));
  document.getElementById(id).innerHTML = rows.map(([label, count, href]) => `<a class="bar-row" href="${href}">
      <span class="bar-label">${esc(label)}</span><span class="bar-track"><span class="bar" style="width:${(100 * count / top).toFixed(1)}%;background:#5b7083"></span></span>
      <span class="bar-value">${fmt(count)}</span></a>`).join("") || '<p class="empty">None found yet.</p>';
}

function withParam(params, name, value) {
  const copy = new URLSearchParams(params);
  copy.set(name, value);
  return copy;
}

function renderBars(id, items, field, coloured) {
  const box = document.getElementById(id);
  const top = Math.max(1, ...items.map((c) => c.count));
  const current = form.elements[field].value;
  box.innerHTML = items.filter((c) => c.key).map((c) => `<button type="button" class="bar-row ${c.key === current ? "on" : ""}" data-key="${esc(c.key)}">
      <span class="bar-label">${esc(c.key)}</span><span class="bar-track"><span class="bar" style="width:${(100 * c.count / top).toFixed(1)}%;background:${coloured ? typeColour(c.key) : "#5b7083"}"></span></span>
      <span class="bar-value">${fmt(c.count)}</span></button>`).join("") || '<p class="empty">None yet.</p>';
  box.querySelectorAll(".bar-row").forEach((row) => row.addEventListener("click", () => {
    setField(field, form.elements[field].value === row.dataset.key ? "" : row.dataset.key);
    refresh();
  }));
}

let storySerial = 0;

async function loadTimeline(params) {
  const events = withParam(params, "limit", TIMELINE_EVENTS);
  events.set("order", "-fatalities");
  const [page, counts] = await Promise.all([
    firstOr("timeline_events", () => getJSON("/api/events", events)), volume(params)]);
  timeline.show({ events: page.items, counts });
  const note = page.total > page.items.length ?
    `Showing the ${page.items.length} events with most fatalities of ${fmt(page.total)}; the table lists them all.` : "";
  document.getElementById("timeline-note").textContent = note;
  loadStory(params, ++storySerial, note);
}

async function loadStory(params, serial, note) {
  const storyParams = new URLSearchParams();
  for (const name of ["q", "date_from", "date_to"]) if (params.get(name)) storyParams.set(name, params.get(name));
  storyParams.set("dates", "12");
  try {
    const story = await getJSON("/api/timeline", storyParams);
    if (serial !== storySerial) return;  // the filters changed meanwhile
    document.getElementById("story-subject").textContent = story.query ? `· ${story.query}` : "";
    timeline.showStory(story.entries);
  } catch (error) {
    document.getElementById("timeline-note").textContent = `${note} The story could not be built: ${error.message}`;
  } finally {
    if (serial === storySerial) {
      window.datelineStoryMs = performance.now();  // read by bench/bench_web.py
      document.body.dataset.story = "1";
    }
  }
}

async function volume(params) {
  const span = spanDays(params.get("date_from"), params.get("date_to"));
  const by = span !== null && span <= 120 ? "day" : "month";
  if (hasEvents) {
    timeline.setUnit("events", by);
    return (await countsBy(params, by)).items;
  }
  timeline.setUnit("articles", by);  // no events coded yet: show the articles' volume instead
  if (![...params].length && by === "month") return overview.article_months;
  const articleParams = new URLSearchParams({ by });
  for (const name of ["q", "date_from", "date_to"]) if (params.get(name)) articleParams.set(name, params.get(name));
  return (await getJSON("/api/articles/counts", articleParams)).items;
}

function spanDays(from, to) {
  if (!from || !to) return null;
  return (Date.parse(to.padEnd(10, "-28").slice(0, 10)) - Date.parse(from.padEnd(10, "-01").slice(0, 10))) / 864e5;
}

function showError(error) {
  const box = document.getElementById("chips");
  box.insertAdjacentHTML("beforeend", `<span class="chip error">${esc(error.message)}</span>`);
}

setup();
const firstView = loadOverview().then(() => refresh({ fit: true }), showError);
Promise.all([basemap, firstView]).finally(() => {
  window.datelineReadyMs = performance.now();  // read by bench/bench_web.py
  document.body.dataset.ready = "1";
  if (map) map.upgradeBasemap("/static/vendor/world-atlas/countries-50m.json");
});
