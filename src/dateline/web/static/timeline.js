// The zoomable timeline: a histogram of events (or articles) per period, a time axis, the story's
// dated entries and the coded events, drawn as one SVG that shares one time scale. Drag to pan,
// scroll to zoom; click an entry or an event for its sources.
import { esc, fmt, typeColour } from "./common.js";

const DAY = 86400000;
const GUTTER = 62, HIST = 64, AXIS = 26, ROW = 22, ROWS = 4;
const MIN_SPAN = 7 * DAY, MAX_SPAN = 200 * 365 * DAY;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Tick steps, finest first: [unit, count]
const STEPS = [["day", 1], ["day", 2], ["day", 7], ["month", 1], ["month", 3], ["month", 6],
               ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 20], ["year", 50]];

export function toDate(value) {
  if (!value) return null;
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
}

function periodEnd(key) {  // a day, month or year key -> the start of the next period
  const start = toDate(key);
  if (key.length === 4) return Date.UTC(start.getUTCFullYear() + 1, 0, 1);
  if (key.length === 7) return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  return start.getTime() + DAY;
}

function stepMs([unit, count]) {
  return count * { day: DAY, month: 30.4 * DAY, year: 365.25 * DAY }[unit];
}

function ticks(t0, t1, maxTicks) {
  const step = STEPS.find((s) => (t1 - t0) / stepMs(s) <= maxTicks) || STEPS[STEPS.length - 1];
  const [unit, count] = step;
  const start = new Date(t0);
  let d = unit === "day" ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate())
    : unit === "month" ? Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (start.getUTCMonth() % count), 1)
    : Date.UTC(start.getUTCFullYear() - (start.getUTCFullYear() % count), 0, 1);
  const out = [];
  while (d <= t1 && out.length < 400) {
    if (d >= t0) {
      const label = tickLabel(new Date(d), unit);
      const first = !out.length && unit !== "year" && !/\d{4}/.test(label);  // say which year
      out.push({ t: d, label: first ? `${label} ${new Date(d).getUTCFullYear()}` : label });
    }
    const n = new Date(d);
    d = unit === "day" ? d + count * DAY
      : unit === "month" ? Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + count, 1)
      : Date.UTC(n.getUTCFullYear() + count, 0, 1);
  }
  return out;
}

function tickLabel(d, unit) {
  if (unit === "year") return String(d.getUTCFullYear());
  if (unit === "month") return d.getUTCMonth() === 0 ? `${MONTHS[0]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()];
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${d.getUTCDate() <= 7 && d.getUTCMonth() === 0 ? " " + d.getUTCFullYear() : ""}`;
}

// Greedy rows: each labelled item goes in the first row where it does not overlap the last one.
function placeRows(items, rows, right) {
  const ends = Array(rows).fill(-Infinity);
  for (const item of items) {
    item.flip = item.x + item.width > right;  // near the right edge: the label goes to the left
    item.left = item.flip ? item.x - item.width : item.x;
  }
  items.sort((a, b) => a.left - b.left);
  for (const item of items) {
    const row = ends.findIndex((end) => item.left >= end + 4);
    item.row = row;
    if (row >= 0) ends[row] = item.left + item.width;
  }
}

export class Timeline {
  constructor(element, { onStory, onEvent }) {
    this.el = element;
    this.handlers = { onStory, onEvent };
    this.events = [];
    this.story = [];
    this.counts = [];
    this.bars = [];
    this.unit = "events";
    this.period = "month";
    this.domain = [Date.now() - 365 * DAY, Date.now()];
    this.bind();
  }

  setUnit(unit, period) { this.unit = unit; this.period = period; }

  get keyLength() { return { day: 10, month: 7, year: 4 }[this.period] || 7; }

  visibleRange() {
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    return [iso(this.domain[0]), iso(this.domain[1])];
  }

  show({ events, counts }) {
    this.events = events.filter((e) => e.event_date);
    this.counts = counts.filter((c) => c.key);
    this.bars = this.counts.filter((c) => c.key.length === this.keyLength);
    this.fit();
  }

  showStory(entries) {
    this.story = entries;
    if (!this.events.length && !this.counts.length) this.fit(); else this.draw();
  }

  // Frame the bulk of the dates: a stray old date (background, or a misread year) must not
  // squeeze the rest into a corner; zooming out still shows it.
  fit() {
    const times = [...this.events.map((e) => toDate(e.event_date).getTime()),
                   ...this.story.map((s) => toDate(s.date).getTime()),
                   ...this.counts.flatMap((c) => Array(Math.min(c.count, 50)).fill(toDate(c.key).getTime()))]
      .sort((a, b) => a - b);
    if (times.length) {
      const at = (q) => times[Math.round(q * (times.length - 1))];
      const lo = at(times.length >= 40 ? 0.02 : 0), hi = at(times.length >= 40 ? 0.98 : 1) + 30 * DAY;
      const pad = Math.max((hi - lo) * 0.05, 15 * DAY);
      this.domain = [lo - pad, hi + pad];
    }
    this.draw();
  }

  x(t) { return GUTTER + ((t - this.domain[0]) / (this.domain[1] - this.domain[0])) * (this.width - GUTTER - 8); }

  time(px) { return this.domain[0] + ((px - GUTTER) / (this.width - GUTTER - 8)) * (this.domain[1] - this.domain[0]); }

  draw() {
    this.width = this.el.clientWidth || 900;
    const storyTop = HIST + AXIS, eventsTop = storyTop + ROWS * ROW + 18;
    const height = eventsTop + ROWS * ROW + 18;  // each band: label rows, then a strip of dots
    const parts = [this.drawHistogram(), this.drawAxis(height), this.drawStory(storyTop), this.drawEvents(eventsTop)];
    this.el.innerHTML = `<svg class="tl" width="${this.width}" height="${height}" role="img" aria-label="Timeline">
      <defs><clipPath id="tl-clip"><rect x="${GUTTER}" y="0" width="${this.width - GUTTER}" height="${height}"/></clipPath></defs>
      <text class="tl-lane" x="6" y="${storyTop + 15}">Story</text><text class="tl-lane" x="6" y="${eventsTop + 15}">Events</text>
      <line class="tl-sep" x1="0" x2="${this.width}" y1="${eventsTop - 5}" y2="${eventsTop - 5}"/>
      <g clip-path="url(#tl-clip)">${parts.join("")}</g></svg>`;
  }

  drawHistogram() {
    const [t0, t1] = this.domain;
    const visible = this.bars.filter((c) => periodEnd(c.key) > t0 && toDate(c.key).getTime() < t1);
    const vague = this.counts.filter((c) => c.key.length < this.keyLength).reduce((n, c) => n + c.count, 0);
    const top = Math.max(1, ...visible.map((c) => c.count));
    const bars = visible.map((c) => {
      const a = this.x(toDate(c.key).getTime()), b = this.x(periodEnd(c.key));
      const h = Math.max(1, (c.count / top) * (HIST - 16));
      return `<rect class="tl-bar" x="${a.toFixed(1)}" y="${(HIST - h).toFixed(1)}" width="${Math.max(1, b - a - 1).toFixed(1)}"
        height="${h.toFixed(1)}" data-key="${esc(c.key)}"><title>${esc(c.key)}: ${fmt(c.count)} ${esc(this.unit)}${c.fatalities ? `, ${fmt(c.fatalities)} fatalities` : ""}</title></rect>`;
    });
    const unit = top === 1 ? this.unit.replace(/s$/, "") : this.unit;
    const note = `${fmt(top)} ${unit} per ${this.period}` + (vague ? ` · ${fmt(vague)} dated only to a ${this.keyLength > 7 ? "month or year" : "year"} not shown` : "");
    return bars.join("") + `<text class="tl-note" x="${GUTTER + 4}" y="11">${esc(note)}</text>`;
  }

  drawAxis(height) {
    const marks = ticks(this.domain[0], this.domain[1], (this.width - GUTTER) / 80);
    return marks.map(({ t, label }) => {
      const x = this.x(t).toFixed(1);
      return `<line class="tl-grid" x1="${x}" x2="${x}" y1="${HIST}" y2="${height}"/>
        <text class="tl-tick" x="${(+x + 3).toFixed(1)}" y="${HIST + 17}">${esc(label)}</text>`;
    }).join("") + `<line class="tl-axis" x1="${GUTTER}" x2="${this.width}" y1="${HIST + AXIS - 2}" y2="${HIST + AXIS - 2}"/>`;
  }

  drawStory(top) {
    const items = this.story.map((entry, i) => {
      const text = `${entry.date} · ${entry.sentences[0] || ""}`;
      const width = Math.min(230, 12 + text.length * 6.2);
      return { i, entry, text, x: this.x(toDate(entry.date).getTime()), width };
    }).sort((a, b) => a.x - b.x);
    placeRows(items, ROWS, this.width - 8);
    return items.map((it) => {
      const title = `<title>${esc(it.entry.date)}: ${esc(it.entry.sentences.join(" "))}</title>`;
      if (it.row < 0) return `<circle class="tl-story-dot" data-story="${it.i}" cx="${it.x}" cy="${top + ROWS * ROW + 5}" r="4">${title}</circle>`;
      const y = top + it.row * ROW;
      return `<g class="tl-story" data-story="${it.i}" tabindex="0">${title}
        <rect x="${it.left}" y="${y}" width="${it.width}" height="${ROW - 4}" rx="3"/>
        <text x="${it.left + 6}" y="${y + 13}">${esc(clip(it.text, (it.width - 12) / 6.2))}</text></g>`;
    }).join("");
  }

  drawEvents(top) {
    const items = this.events.map((e, i) => {
      const label = `${e.sub_event_type || e.event_type}${e.location ? " · " + (e.location.name || e.location.text) : ""}`;
      return { i, e, label, x: this.x(toDate(e.event_date).getTime()), width: Math.min(190, 16 + label.length * 5.6) };
    }).sort((a, b) => a.x - b.x);
    placeRows(items, ROWS, this.width - 8);
    return items.map((it) => {
      const { e } = it;
      const y = it.row < 0 ? top + ROWS * ROW + 5 : top + it.row * ROW + 9;  // no room: a dot in the strip
      const title = `<title>${esc(e.event_date)} ${esc(e.event_type)}: ${esc(e.actor1 || "")}${e.actor2 ? " vs " + esc(e.actor2) : ""}${e.fatalities ? ` (${e.fatalities} killed)` : ""}</title>`;
      const anchor = it.flip ? `x="${it.x - 8}" text-anchor="end"` : `x="${it.x + 8}"`;
      const label = it.row < 0 ? "" : `<text ${anchor} y="${y + 4}">${esc(clip(it.label, (it.width - 16) / 5.6))}</text>`;
      return `<g class="tl-event" data-event="${e.id}" tabindex="0">${title}<circle cx="${it.x}" cy="${y}" r="4.5" fill="${typeColour(e.event_type)}"/>${label}</g>`;
    }).join("");
  }

  bind() {
    this.el.addEventListener("click", (event) => {
      if (this.dragged) return;
      const story = event.target.closest("[data-story]"), ev = event.target.closest("[data-event]");
      if (story) this.handlers.onStory(this.story[Number(story.dataset.story)]);
      else if (ev) this.handlers.onEvent(ev.dataset.event);
    });
    this.el.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && event.target.closest("[data-story], [data-event]")) event.target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    });
    this.el.addEventListener("wheel", (event) => {
      event.preventDefault();
      const at = this.time(event.offsetX), factor = Math.exp(event.deltaY * 0.0015);
      const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (this.domain[1] - this.domain[0]) * factor));
      const share = (at - this.domain[0]) / (this.domain[1] - this.domain[0]);
      this.domain = [at - share * span, at + (1 - share) * span];
      this.redraw();
    }, { passive: false });
    this.el.addEventListener("pointerdown", (event) => {
      const start = event.clientX, domain = [...this.domain];
      this.dragged = false;
      const move = (e) => {
        const shift = ((e.clientX - start) / (this.width - GUTTER - 8)) * (domain[1] - domain[0]);
        if (Math.abs(e.clientX - start) > 3) this.dragged = true;
        this.domain = [domain[0] - shift, domain[1] - shift];
        this.redraw();
      };
      const up = () => { window.removeEventListener("pointermove", move); setTimeout(() => { this.dragged = false; }, 0); };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up, { once: true });
    });
    window.addEventListener("resize", () => this.redraw());
  }

  redraw() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = null; this.draw(); });
  }
}

function clip(text, chars) {
  const n = Math.max(4, Math.floor(chars));
  return text.length > n ? text.slice(0, n - 1) + "…" : text;
}

export function legend(types) {
  return types.map((t) => `<span class="legend-item"><i style="background:${typeColour(t)}"></i>${esc(t)}</span>`).join("");
}
