// The evidence drawer: an event's or a timeline entry's source article, supporting text marked.
import { enc, esc, getJSON, placeKey, renderSegments } from "./common.js";

const FIELD_ROWS = [["sub_event_type", "Sub-type"], ["event_date", "Date"], ["actor1", "Actor 1"],
                    ["actor2", "Actor 2"], ["fatalities", "Fatalities"]];

export class Drawer {
  constructor() {
    this.el = document.getElementById("drawer");
    this.title = document.getElementById("drawer-title");
    this.body = document.getElementById("drawer-body");
    this.scrim = document.getElementById("scrim");
    document.getElementById("drawer-close").addEventListener("click", () => this.close());
    this.scrim.addEventListener("click", () => this.close());
    document.addEventListener("keydown", (e) => e.key === "Escape" && this.close());
  }

  open(titleHtml) {
    this.title.innerHTML = titleHtml;
    this.body.innerHTML = '<p class="loading">Loading the source…</p>';
    this.el.classList.add("open");
    this.el.setAttribute("aria-hidden", "false");
    this.scrim.classList.add("open");
  }

  close() {
    this.el.classList.remove("open");
    this.el.setAttribute("aria-hidden", "true");
    this.scrim.classList.remove("open");
  }

  fail(error) { this.body.innerHTML = `<p class="error">${esc(error.message)}</p>`; }

  async showEvent(eventId) {
    this.open(`<div class="kicker">Event ${esc(eventId)}</div><h2>Evidence</h2>`);
    try {
      const data = await getJSON(`/events/${enc(eventId)}.json`);
      const e = data.event;
      this.title.innerHTML = `<div class="kicker">Event ${e.id} · <a href="/events/${e.id}">open page</a></div>
        <h2><span class="badge" data-type="${esc(e.event_type)}">${esc(e.event_type)}</span> ${esc(e.event_date || "")}</h2>`;
      this.body.innerHTML = eventFields(e) + articleBlock(data, legendForEvent());
      this.scrollToMark();
    } catch (error) { this.fail(error); }
  }

  async showEntry(entry) {
    this.open(`<div class="kicker">Timeline · ${esc(entry.date)}</div><h2>${esc(entry.date)}</h2>`);
    const ids = [...new Set(entry.article_ids)];
    if (!ids.length) { this.body.innerHTML = '<p class="empty">This entry names no source article.</p>'; return; }
    try {
      const params = new URLSearchParams(entry.sentences.map((s) => ["hl", s]));
      const articles = await Promise.all(ids.slice(0, 5).map((id) => getJSON(`/articles/${enc(id)}.json`, params)));
      const legend = '<p class="legend"><span class="hl hl-sentence">timeline sentence</span> in its source article</p>';
      this.body.innerHTML = `<ul class="entry-sentences">${entry.sentences.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>` +
        articles.map((data) => articleBlock(data, legend, `?${params}`)).join("<hr>");
      this.scrollToMark();
    } catch (error) { this.fail(error); }
  }

  scrollToMark() {
    const mark = this.body.querySelector(".hl-sentence, .hl-field, .hl-trigger");
    if (mark) mark.scrollIntoView({ block: "center" });
  }
}

function eventFields(e) {
  const rows = FIELD_ROWS.filter(([k]) => e[k] != null && e[k] !== "")
    .map(([k, label]) => `<dt>${label}</dt><dd>${k.startsWith("actor") ? `<a href="/entities/${enc(e[k])}">${esc(e[k])}</a>` : esc(e[k])}</dd>`);
  if (e.location) {
    const where = [e.location.admin1, e.location.country].filter(Boolean).join(", ");
    rows.push(`<dt>Place</dt><dd><a href="/places/${enc(placeKey(e.location))}">${esc(e.location.name || e.location.text)}</a> <span class="sub">${esc(where)}</span></dd>`);
  }
  const evidence = Object.entries(e.evidence || {}).map(([field]) => `<span class="tag">${esc(field)}</span>`).join(" ");
  return `<dl class="fields">${rows.join("")}${evidence ? `<dt>Evidence for</dt><dd>${evidence}</dd>` : ""}</dl>`;
}

function legendForEvent() {
  return `<p class="legend"><span class="hl hl-sentence">supporting sentence</span>
    <span class="hl hl-field">evidence for a field</span> <span class="hl hl-trigger">event words</span></p>`;
}

function articleBlock(data, legend, query = "") {
  const a = data.article;
  const meta = [a.published, a.source].filter(Boolean).map(esc).join(" · ");
  return `<div class="source"><div class="kicker">${meta} · <a href="/articles/${enc(a.id)}${query}">open article</a></div>
    <h3>${esc(a.title || headline(a.lead))}</h3>${legend}
    <div class="article-text">${renderSegments(data.segments)}</div></div>`;
}

function headline(lead) {  // articles without a title: their first words
  const words = (lead || "").split(/\s+/).slice(0, 12).join(" ");
  return words.length < (lead || "").length ? `${words}…` : words;
}
