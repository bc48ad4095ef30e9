// Builds DOM from data. Every piece of ingested text goes in as a text node, never as markup.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

// The text of a report, or of its stretch from `from` to `to`, with marked spans: each mark is [start, end, className,
// title] in the report's offsets. Overlaps nest by dropping the later, shorter mark, so that every character is shown
// exactly once; a mark reaching outside the stretch is cut to it.
export function markedText(fullText, allMarks, from = 0, to = fullText.length) {
  const text = fullText.slice(from, to);
  const sorted = allMarks
    .filter(([start, end]) => Number.isInteger(start) && Number.isInteger(end) && end > start && end <= fullText.length && start < to && end > from)
    .map(([start, end, className, title]) => [Math.max(start, from) - from, Math.min(end, to) - from, className, title])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const root = el('p', { class: 'report-text' });
  const stack = [{ node: root, end: text.length }];
  let at = 0;
  const emit = (upTo) => {
    while (at < upTo) {
      const top = stack[stack.length - 1];
      const stop = Math.min(upTo, top.end);
      if (stop > at) top.node.append(document.createTextNode(text.slice(at, stop)));
      at = Math.max(at, stop);
      if (at >= top.end && stack.length > 1) stack.pop();
    }
  };
  for (const [start, end, className, title] of sorted) {
    if (start < at) continue;
    emit(start);
    while (stack.length > 1 && stack[stack.length - 1].end <= start) stack.pop();
    const parentEnd = stack[stack.length - 1].end;
    if (end > parentEnd) continue;
    const mark = el('mark', { class: className, title });
    stack[stack.length - 1].node.append(mark);
    stack.push({ node: mark, end });
  }
  emit(text.length);
  return root;
}
