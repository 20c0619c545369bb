// Shared helpers of the dashboard and pages: API calls, escaping, colours, numbers.

export async function getJSON(path, params) {
  const url = path + (params && [...params].length ? `?${params}` : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body?.error?.message || `${response.status} ${response.statusText}`);
  }
  return body;
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
const NUMBER = new Intl.NumberFormat("en-US");
export const fmt = (n) => NUMBER.format(n ?? 0);
export const enc = encodeURIComponent;

// ACLED event types, each with a colour used by the map, the timeline and the badges (style.css).
export const TYPE_COLOURS = {
  "Battles": "#e15759",
  "Violence against civilians": "#b07aa1",
  "Explosions/Remote violence": "#f28e2b",
  "Riots": "#9c755f",
  "Protests": "#4e79a7",
  "Strategic developments": "#59a14f",
};
export const typeColour = (type) => TYPE_COLOURS[type] || "#7f8c9a";
export const typeSlug = (type) => String(type || "other").toLowerCase().replace(/[^a-z]+/g, "-");

export function placeKey(place) {
  return place.geonameid ? String(place.geonameid) : (place.name || place.text || "");
}

// The article text cut into highlighted segments (see dateline/web/evidence.py).
export function renderSegments(segments) {
  return segments.map((s) => {
    if (!s.kinds.length) return esc(s.text);
    const cls = s.kinds.map((k) => `hl-${k}`).join(" ");
    return `<span class="hl ${cls}" title="${esc(s.labels.join(", "))}">${esc(s.text)}</span>`;
  }).join("");
}
