// The map: an offline world basemap (world-atlas country shapes) and events grouped by point.
import { esc, fmt, typeColour } from "./common.js";

const OCEAN = "#dbe7f0";

export class EventMap {
  constructor(element, { onPick, onMove }) {
    this.onPick = onPick;
    this.map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5,
                                 preferCanvas: true, attributionControl: false })
      .setView([15, 5], 3);
    element.style.background = OCEAN;
    this.map.createPane("basemap").style.zIndex = 200;
    this.points = L.featureGroup().addTo(this.map);
    this.points.on("mouseover", ({ layer }) => {  // tooltips made on first hover, not for every point
      if (!layer.getTooltip()) layer.bindTooltip(layer.tip, { direction: "top" }).openTooltip();
    });
    this.empty = L.control({ position: "topright" });
    this.emptyText = "No placed events match these filters";
    this.empty.onAdd = () => Object.assign(L.DomUtil.create("div", "map-empty"), { textContent: this.emptyText });
    this.map.on("moveend", () => onMove && onMove());
    this.fitted = false;
  }

  // The coarse world (110m) draws fast for the first view; the finer one (50m) replaces it when
  // the browser is idle, before anyone zooms in far.
  async loadBasemap(coarse) {
    this.basemap = await this.drawCountries(coarse);
  }

  // Called once the first view is drawn: the finer shapes must not compete with it.
  upgradeBasemap(fine) {
    const upgrade = async () => {
      const detailed = await this.drawCountries(fine);
      if (this.basemap) this.map.removeLayer(this.basemap);
      this.basemap = detailed;
    };
    setTimeout(() => (window.requestIdleCallback || setTimeout)(() => upgrade().catch(() => {})), 500);
  }

  async drawCountries(url) {
    const topology = await fetch(url).then((r) => r.json());
    const countries = topojson.feature(topology, topology.objects.countries);
    return L.geoJSON(countries, { pane: "basemap", interactive: false,
      style: { color: "#9aa9b8", weight: 0.6, fillColor: "#f6f4ef", fillOpacity: 1 } }).addTo(this.map);
  }

  bbox() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
            clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(",");
  }

  show(locations, { fit }) {
    this.points.clearLayers();
    const biggest = Math.max(1, ...locations.map((p) => p.events));
    for (const p of [...locations].reverse()) {  // biggest drawn last, on top
      const radius = 4 + 18 * Math.sqrt(p.events / biggest);
      const marker = L.circleMarker([p.latitude, p.longitude], { radius, weight: 1, color: "#ffffff",
        fillColor: p.place ? "#5b7083" : typeColour(p.top_event_type), fillOpacity: 0.78 })
        .bindPopup(() => this.popup(p), { maxWidth: 280 });
      marker.tip = `${esc(p.location || "?")}: ${fmt(p.events)} ${p.place ? "mentions" : "events"}`;
      marker.addTo(this.points);
    }
    if (locations.length) this.map.removeControl(this.empty); else this.empty.addTo(this.map);
    if (fit && locations.length) {
      const bounds = L.latLngBounds(locations.map((p) => [p.latitude, p.longitude]));
      this.map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate: false });
    }
  }

  // Without coded events, the map shows the places the articles mention instead.
  showPlaces(places) {
    this.emptyText = "No places found in the articles yet";
    this.show(places.filter((p) => p.latitude != null).map((p) => ({
      latitude: p.latitude, longitude: p.longitude, location: p.name, country: p.country || p.country_code,
      admin1: p.admin1, events: p.mentions, place: p,
    })), { fit: true });
  }

  popup(p) {
    if (p.place) return this.placePopup(p.place);
    const div = L.DomUtil.create("div", "map-popup");
    const where = [p.admin1, p.country].filter(Boolean).join(", ");
    const dates = p.first_date === p.last_date ? (p.first_date || "") : `${p.first_date} – ${p.last_date}`;
    div.innerHTML = `<b>${esc(p.location || "Unnamed place")}</b><div class="sub">${esc(where)}</div>
      <div>${fmt(p.events)} events · ${fmt(p.fatalities)} fatalities</div><div class="sub">${esc(dates)}</div>
      <button class="btn small" type="button">Show these events</button>`;
    div.querySelector("button").addEventListener("click", () => { this.map.closePopup(); this.onPick(p); });
    return div;
  }

  placePopup(place) {
    const div = L.DomUtil.create("div", "map-popup");
    const where = [place.admin1, place.country || place.country_code].filter(Boolean).join(", ");
    div.innerHTML = `<b>${esc(place.name)}</b><div class="sub">${esc(where)}</div>
      <div>${fmt(place.mentions)} mentions in ${fmt(place.articles)} articles</div>
      <a class="btn small" href="/places/${encodeURIComponent(place.key)}">Open the place</a>`;
    return div;
  }
}
