import { get } from './api.js';
import { el } from './dom.js';

const TYPING_DELAY_MS = 150;
const OFFERED = 8;

// A place field that takes any spelling: as the analyst types, the gazetteer's places for it are offered (Dzerzhinsk,
// Торецк and Torets all offer Toretsk); picking one filters by it. Typing and pressing Enter takes the first offered.
export class PlacePicker {
  constructor(input, listbox, onPick) {
    this.input = input;
    this.listbox = listbox;
    this.onPick = onPick;
    this.place = null;
    this.asked = 0;
    let pending = null;
    input.addEventListener('input', () => {
      clearTimeout(pending);
      pending = setTimeout(() => this.offer(), TYPING_DELAY_MS);
    });
    input.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') this.close(); });
    document.addEventListener('click', (ev) => { if (!listbox.contains(ev.target) && ev.target !== input) this.close(); });
  }

  async suggestions(text) {
    return text.trim().length < 2 ? [] : get('places/search', { q: text.trim(), limit: OFFERED });
  }

  async offer() {
    const asked = ++this.asked;
    const matches = await this.suggestions(this.input.value);
    if (asked !== this.asked) return;
    this.listbox.replaceChildren(...matches.map((match) => el('li', { role: 'option' },
      el('button', { type: 'button', class: 'place-option', 'data-place-id': match.place.id, onclick: () => this.pick(match.place) },
        el('strong', {}, match.place.name),
        el('span', { class: 'area' }, [match.area, match.matched.toLowerCase() !== match.place.name.toLowerCase() ? `as ${match.matched}` : null].filter(Boolean).join(' · '))))));
    this.listbox.hidden = matches.length === 0;
  }

  pick(place) {
    this.place = place;
    this.input.value = place.name;
    this.close();
    this.onPick(place);
  }

  close() {
    this.listbox.hidden = true;
  }

  // The place the field stands for: the one picked, or the first offered for what was typed; none when it is empty.
  async chosen() {
    const text = this.input.value.trim();
    this.close();
    if (text === '') {
      this.place = null;
    } else if (!this.place || this.place.name !== text) {
      this.place = (await this.suggestions(text))[0]?.place ?? null;
      this.input.setCustomValidity(this.place ? '' : `no place called ${text}`);
      if (this.place) this.input.value = this.place.name;
    }
    return this.place;
  }
}
