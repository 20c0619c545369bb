// The zoomable timeline: dated entries of the story and coded events (vis-timeline), over a
// histogram of events (or articles) per period that follows the timeline's zoom.
import { esc, fmt, typeColour, typeSlug } from "./common.js";

const DAY = 86400000;

function toDate(value) {
  if (!value) return null;
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
}

function periodEnd(key) {  // a day, month or year key -> the start of the next period
  const start = toDate(key);
  if (key.length === 4) return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  if (key.length === 7) return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + DAY);
}

export class Timeline {
  constructor(element, histogram, { onStory, onEvent }) {
    this.element = element;
    this.histogram = histogram;
    this.handlers = { onStory, onEvent };
    this.counts = [];
    this.items = new vis.DataSet();
    this.view = null;  // made with its first items, so it lays out once
  }

  create(window) {
    const groups = new vis.DataSet([
      { id: "story", content: "Story", className: "g-story" },
      { id: "events", content: "Events", className: "g-events" },
    ]);
    this.view = new vis.Timeline(this.element, this.items, groups, {
      height: "250px", stack: true, verticalScroll: true, zoomMin: 7 * DAY, zoomKey: "", horizontalScroll: false,
      orientation: { axis: "top" }, margin: { item: { horizontal: 2, vertical: 4 } },
      cluster: { maxItems: 4, titleTemplate: "{count} events", showStipes: false,
                 clusterCriteria: (a, b) => a.group === "events" && b.group === "events" },
      tooltip: { followMouse: true, overflowMethod: "flip" }, showCurrentTime: false,
      format: { minorLabels: { weekday: "D", day: "D" } }, ...window,
    });
    this.view.on("click", ({ item }) => {
      if (item == null || String(item).startsWith("cluster")) return;
      const entry = this.items.get(item);
      if (!entry) return;
      entry.group === "story" ? this.handlers.onStory(entry.entry) : this.handlers.onEvent(entry.eventId);
    });
    this.view.on("rangechange", () => this.drawHistogram());
  }

  visibleRange() {
    if (!this.view) return [null, null];
    const { start, end } = this.view.getWindow();
    const iso = (d) => new Date(d).toISOString().slice(0, 10);
    return [iso(start), iso(end)];
  }

  show({ events, counts }) {
    this.counts = counts;
    const items = events.filter((e) => e.event_date).map((e) => ({
      id: `e${e.id}`, group: "events", start: toDate(e.event_date), eventId: e.id, type: "point",
      className: `ev ev-${typeSlug(e.event_type)}`,
      content: esc(`${e.sub_event_type || e.event_type}${e.location ? " · " + (e.location.name || e.location.text) : ""}`),
      title: esc(`${e.event_date} ${e.event_type}: ${e.actor1 || ""}${e.actor2 ? " vs " + e.actor2 : ""}`),
    }));
    this.items.clear();
    this.items.add(items);
    this.fit(items);
  }

  // The story (timeline entries) comes separately: building it is the slowest call.
  showStory(entries) {
    const items = entries.map((entry, i) => ({
      id: `s${i}`, group: "story", start: toDate(entry.date), entry, type: "box", className: "story",
      content: esc(entry.date) + " · " + esc(entry.sentences[0] || ""), title: esc(entry.sentences.join(" ")),
    }));
    this.items.remove(this.items.getIds({ filter: (item) => item.group === "story" }));
    this.items.add(items);
    if (items.length && this.items.length === items.length) this.fit(items);  // no events: fit the story
  }

  fit(items) {
    const times = [...items.map((i) => i.start.getTime()),
                   ...this.counts.filter((c) => c.key).flatMap((c) => Array(Math.min(c.count, 50)).fill(toDate(c.key).getTime()))]
      .sort((a, b) => a - b);
    // Frame the bulk of the dates: a stray old date (background, or a misread year) must not
    // squeeze the rest into a corner; zooming out still shows it.
    const at = (q) => times[Math.min(times.length - 1, Math.max(0, Math.round(q * (times.length - 1))))];
    const lo = times.length ? at(times.length >= 40 ? 0.02 : 0) : Date.now() - 365 * DAY;
    const hi = (times.length ? at(times.length >= 40 ? 0.98 : 1) : Date.now()) + 30 * DAY;
    const pad = Math.max((hi - lo) * 0.06, 20 * DAY);
    const window = { start: new Date(lo - pad), end: new Date(hi + pad) };
    if (this.view) this.view.setWindow(window.start, window.end, { animation: false });
    else this.create(window);
    this.drawHistogram();
  }

  drawHistogram() {
    const el = this.histogram;
    const panel = this.view.dom.center.getBoundingClientRect();  // align with the timeline's axis
    const left = panel.left - el.getBoundingClientRect().left;
    const width = panel.width || el.clientWidth || 800, height = 70;
    const { start, end } = this.view.getWindow();
    const t0 = start.getTime(), t1 = end.getTime();
    const x = (t) => ((t - t0) / (t1 - t0)) * width;
    const visible = this.counts.filter((c) => c.key && periodEnd(c.key) > start && toDate(c.key) < end);
    const top = Math.max(1, ...visible.map((c) => c.count));
    const bars = visible.map((c) => {
      const a = x(toDate(c.key).getTime()), b = x(periodEnd(c.key).getTime());
      const h = Math.max(1, (c.count / top) * (height - 14));
      return `<rect x="${a.toFixed(1)}" y="${(height - h).toFixed(1)}" width="${Math.max(1, b - a - 1).toFixed(1)}"
        height="${h.toFixed(1)}" data-key="${esc(c.key)}"><title>${esc(c.key)}: ${fmt(c.count)} ${this.unit}${c.fatalities ? `, ${fmt(c.fatalities)} fatalities` : ""}</title></rect>`;
    }).join("");
    el.innerHTML = `<svg style="margin-left:${left.toFixed(1)}px" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
      ${bars}<text x="4" y="11">${fmt(top)} ${esc(this.unit)} per ${esc(this.period)}</text></svg>`;
  }

  setUnit(unit, period) { this.unit = unit; this.period = period; }
}

export function legend(types) {
  return types.map((t) => `<span class="legend-item"><i style="background:${typeColour(t)}"></i>${esc(t)}</span>`).join("");
}
