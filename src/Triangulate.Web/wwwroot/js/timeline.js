// A histogram of events per day, drawn in SVG, with a brush: drag across the bars to choose a range of days.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

const DAY = 86400000;
const dayNumber = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoDay = (n) => new Date(n * DAY).toISOString().slice(0, 10);

export class Timeline {
  constructor(container, onBrush) {
    this.container = container;
    this.onBrush = onBrush;
    this.range = null;
    this.events = [];
    // The bars are laid out for the container's width: draw them again when it changes (a resized window, a pane).
    let width = container.clientWidth;
    new ResizeObserver(() => {
      if (container.clientWidth === width) return;
      width = container.clientWidth;
      this.draw(this.events);
    }).observe(container);
  }

  draw(events) {
    this.events = events;
    const counts = new Map();
    for (const e of events) if (e.from) counts.set(dayNumber(e.from), (counts.get(dayNumber(e.from)) || 0) + 1);
    this.container.replaceChildren();
    if (counts.size === 0) return;
    const days = [...counts.keys()];
    this.first = Math.min(...days) - 1;
    this.last = Math.max(...days) + 1;
    const width = this.container.clientWidth || 600;
    const height = 80;
    const peak = Math.max(...counts.values());
    this.scale = width / (this.last - this.first + 1);
    const root = svg('svg', { width, height, class: 'timeline-svg', role: 'img', 'data-width': width });
    for (const [day, count] of counts) {
      const h = Math.max(2, (count / peak) * (height - 16));
      const bar = svg('rect', { x: (day - this.first) * this.scale, y: height - 14 - h, width: Math.max(1, this.scale - 1), height: h, class: 'bar' });
      const tip = svg('title', {});
      tip.textContent = `${isoDay(day)}: ${count}`;
      bar.append(tip);
      root.append(bar);
    }
    for (const [x, label] of [[2, isoDay(this.first + 1)], [width - 70, isoDay(this.last - 1)]]) {
      const text = svg('text', { x, y: height - 2, class: 'axis' });
      text.textContent = label;
      root.append(text);
    }
    this.brush = svg('rect', { x: 0, y: 0, width: 0, height: height - 14, class: 'brush' });
    root.append(this.brush);
    this.svg = root;
    this.listen(root);
    this.container.append(root);
    this.paint();
  }

  dayAt(clientX) {
    const box = this.svg.getBoundingClientRect();
    return this.first + Math.floor((clientX - box.left) / this.scale);
  }

  listen(root) {
    let start = null;
    root.addEventListener('pointerdown', (e) => { start = this.dayAt(e.clientX); root.setPointerCapture(e.pointerId); this.set(start, start, false); });
    root.addEventListener('pointermove', (e) => { if (start !== null) this.set(start, this.dayAt(e.clientX), false); });
    root.addEventListener('pointerup', (e) => { if (start !== null) { this.set(start, this.dayAt(e.clientX), true); start = null; } });
  }

  set(a, b, notify) {
    this.range = { from: isoDay(Math.min(a, b)), to: isoDay(Math.max(a, b)) };
    this.paint();
    if (notify) this.onBrush(this.range);
  }

  clear() {
    this.range = null;
    this.paint();
    this.onBrush(null);
  }

  paint() {
    if (!this.brush) return;
    if (!this.range) { this.brush.setAttribute('width', 0); return; }
    const from = dayNumber(this.range.from);
    const to = dayNumber(this.range.to);
    this.brush.setAttribute('x', (from - this.first) * this.scale);
    this.brush.setAttribute('width', (to - from + 1) * this.scale);
  }
}
