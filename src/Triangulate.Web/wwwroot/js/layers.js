import { get } from './api.js';

// Raions are drawn from this zoom in, settlement names asked for on every move: the server decides which fit.
const RAION_ZOOM = 8;
const LABEL_DELAY_MS = 120;

// The offline base map: oblast and raion outlines, settlement names by zoom, and the area the control map of the
// chosen day shows occupied, with its edge as the front line. Each in its own pane, under the event markers.
export class MapLayers {
  constructor(map) {
    this.map = map;
    for (const [name, zIndex] of [['outlines', 250], ['front', 300], ['labels', 350]]) {
      map.createPane(name).style.zIndex = String(zIndex);
    }
    map.getPane('labels').style.pointerEvents = 'none';
    this.labels = L.layerGroup().addTo(map);
    this.raions = null;
    this.maps = [];
    this.front = null;
    this.frontName = null;
    this.cache = new Map();
    this.legend = L.control({ position: 'bottomleft' });
    this.legend.onAdd = () => {
      const box = L.DomUtil.create('div', 'front-legend');
      box.id = 'front-legend';
      return box;
    };
  }

  async start(tileUrl) {
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(this.map);
    const oblasts = L.geoJSON(await get('places/outlines'), { pane: 'outlines', className: 'oblast', interactive: false }).addTo(this.map);
    // Open on the whole country, whatever the size of the window.
    this.map.fitBounds(oblasts.getBounds());
    let pending = null;
    this.map.on('moveend', () => {
      clearTimeout(pending);
      pending = setTimeout(() => this.refresh(), LABEL_DELAY_MS);
    });
    this.refresh();
    // The control maps load beside the events, not before them: the markers must not wait for the front line.
    this.loadingMaps = get('evidence/control-maps').then((maps) => {
      this.maps = maps;
      if (maps.length > 0) this.legend.addTo(this.map);
      return this.showDay(this.day ?? null);
    });
  }

  refresh() {
    this.showLabels().catch(() => {});
    this.showRaions().catch(() => {});
  }

  async showRaions() {
    const wanted = this.map.getZoom() >= RAION_ZOOM;
    if (wanted && !this.raions) {
      this.raions = L.geoJSON(await get('places/outlines', { level: 'raion' }), { pane: 'outlines', className: 'raion', interactive: false });
    }
    if (!this.raions) return;
    if (wanted && !this.map.hasLayer(this.raions)) this.raions.addTo(this.map);
    if (!wanted && this.map.hasLayer(this.raions)) this.map.removeLayer(this.raions);
  }

  async showLabels() {
    const zoom = this.map.getZoom();
    const bounds = this.map.getBounds().pad(0.1);
    const bbox = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((n) => n.toFixed(4)).join(',');
    const labels = await get('places/labels', { bbox, zoom });
    if (zoom !== this.map.getZoom()) return;
    this.labels.clearLayers();
    for (const label of labels) {
      const text = document.createElement('span');
      text.textContent = label.name;
      text.dataset.placeId = label.id;
      const icon = L.divIcon({ className: `place-label size-${label.size}`, html: text, iconSize: null, iconAnchor: [-4, 8] });
      L.marker([label.lat, label.lon], { icon, pane: 'labels', interactive: false, keyboard: false }).addTo(this.labels);
    }
    this.map.getContainer().dataset.labelZoom = String(zoom);
  }

  // The control map for a day: the latest dated on or before it, else the earliest; with no day, the latest of all.
  mapFor(day) {
    if (this.maps.length === 0) return null;
    if (!day) return this.maps[this.maps.length - 1];
    const before = this.maps.filter((m) => m.date <= day);
    return before.length > 0 ? before[before.length - 1] : this.maps[0];
  }

  async showDay(day) {
    this.day = day;
    const chosen = this.mapFor(day);
    if (!chosen || chosen.name === this.frontName) return;
    this.frontName = chosen.name;
    if (!this.cache.has(chosen.name)) this.cache.set(chosen.name, await get(`evidence/control-maps/${encodeURIComponent(chosen.name)}`));
    if (this.frontName !== chosen.name) return;
    if (this.front) this.map.removeLayer(this.front);
    this.front = L.geoJSON(this.cache.get(chosen.name), { pane: 'front', className: 'occupied', interactive: false }).addTo(this.map);
    const legend = document.getElementById('front-legend');
    legend.dataset.mapDate = chosen.date;
    legend.dataset.mapName = chosen.name;
    legend.replaceChildren(
      Object.assign(document.createElement('span'), { className: 'swatch' }),
      document.createTextNode(`Occupied (${chosen.occupyingSide}) and front line on ${chosen.date}${day ? '' : ' (latest map)'}`));
  }
}
