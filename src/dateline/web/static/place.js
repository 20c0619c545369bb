// A small locator map on a place's page, on the same offline basemap as the dashboard.
const box = document.getElementById("place-map");
if (box && window.L) {
  const at = [Number(box.dataset.lat), Number(box.dataset.lon)];
  const map = L.map(box, { attributionControl: false, zoomSnap: 0.5 }).setView(at, 5);
  box.style.background = "#dbe7f0";
  fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topology) => {
    L.geoJSON(topojson.feature(topology, topology.objects.countries), { interactive: false,
      style: { color: "#9aa9b8", weight: 0.6, fillColor: "#f6f4ef", fillOpacity: 1 } }).addTo(map).bringToBack();
  });
  L.circleMarker(at, { radius: 8, color: "#fff", weight: 2, fillColor: "#c0392b", fillOpacity: 0.9 })
    .bindTooltip(box.dataset.name, { permanent: true, direction: "right" }).addTo(map);
}
