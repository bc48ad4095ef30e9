// A scrolling list of any length in which only the rows near the scrolled-to place exist in the page: ten thousand
// events cost the browser no more than a screenful. Rows must all be one height; a drawn row gives it.
// Each row carries aria-posinset and aria-setsize, so that assistive technology (and a test) knows the whole list.
const SPARE_ROWS = 12;

export class Rows {
  // The viewport scrolls; the list inside it holds the drawn rows between padding that stands for the others.
  constructor(viewport, list, drawRow) {
    this.viewport = viewport;
    this.list = list;
    this.drawRow = drawRow;
    this.items = [];
    this.rowHeight = 0;
    this.drawn = new Map();
    viewport.addEventListener('scroll', () => this.paint(), { passive: true });
    // A resize or a browser zoom changes how many rows fit, and the zoom also changes their height in pixels.
    new ResizeObserver(() => { this.rowHeight = 0; this.paint(); }).observe(viewport);
  }

  show(items, { fromTop }) {
    this.items = items;
    this.drawn.clear();
    this.list.replaceChildren();
    if (fromTop) this.viewport.scrollTop = 0;
    this.paint();
  }

  // Scrolls the row of the item at `index` into the middle of the viewport, drawing it if it was not drawn.
  reveal(index) {
    if (index < 0 || index >= this.items.length) return;
    if (this.rowHeight === 0) this.measure();
    this.viewport.scrollTop = Math.max(0, (index * this.rowHeight) - (this.viewport.clientHeight / 2));
    this.paint();
  }

  // Draws the rows again in place, for a change in how they look (the chosen event), not in what they hold.
  repaint() {
    for (const row of this.drawn.values()) row.remove();
    this.drawn.clear();
    this.paint();
  }

  row(index) {
    const row = this.drawRow(this.items[index]);
    row.setAttribute('aria-posinset', index + 1);
    row.setAttribute('aria-setsize', this.items.length);
    return row;
  }

  measure() {
    const probe = this.list.firstElementChild ? null : this.list.appendChild(this.row(0));
    this.rowHeight = this.list.firstElementChild.getBoundingClientRect().height;
    probe?.remove();
  }

  paint() {
    const count = this.items.length;
    const height = this.viewport.clientHeight;
    if (count === 0) {
      this.pad(0, 0);
      return;
    }
    if (height === 0) return;
    if (this.rowHeight === 0) this.measure();
    const top = this.viewport.scrollTop;
    const first = Math.max(0, Math.floor(top / this.rowHeight) - SPARE_ROWS);
    const last = Math.min(count, Math.ceil((top + height) / this.rowHeight) + SPARE_ROWS);
    // Rows still in the window stay where they are, untouched, so that a focused row keeps its focus while scrolling.
    const wanted = new Map();
    for (let index = first; index < last; index++) wanted.set(index, this.drawn.get(index) ?? this.row(index));
    for (const [index, row] of this.drawn) if (!wanted.has(index)) row.remove();
    let next = null;
    for (let index = last - 1; index >= first; index--) {
      const row = wanted.get(index);
      if (row.parentNode !== this.list || row.nextSibling !== next) this.list.insertBefore(row, next);
      next = row;
    }
    this.drawn = wanted;
    this.pad(first, count - last);
  }

  // Padding above and below the drawn rows stands for the rows not drawn, so the scrollbar covers the whole list.
  pad(above, below) {
    this.list.style.paddingTop = `${above * this.rowHeight}px`;
    this.list.style.paddingBottom = `${below * this.rowHeight}px`;
  }
}
