'use strict';
// A reader of Hunspell .aff/.dic pairs (suffix rules, one-character flags, as the Debian uk_UA and ru_RU
// dictionaries are written) that lists every form a dictionary entry generates, and finds the entries behind a form.
const fs = require('fs');

function readAffixes(path) {
  const rules = new Map();
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag, strip, add, condition] = parts;
    if (!rules.has(flag)) rules.set(flag, []);
    rules.get(flag).push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add.split('/')[0],
      condition: new RegExp('(' + (condition === '.' ? '' : condition) + ')$', 'u'),
    });
  }
  return rules;
}

function readEntries(path) {
  const byPrefix = new Map();
  const lines = fs.readFileSync(path, 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0];
    const key = prefixKey(word);
    if (!byPrefix.has(key)) byPrefix.set(key, []);
    byPrefix.get(key).push({ word, flags });
  }
  return byPrefix;
}

const KEY = 3;
function prefixKey(word) { return word.toLowerCase().replace(/['’ʼ]/g, "'").slice(0, KEY); }

class Dictionary {
  constructor(affPath, dicPath) {
    this.rules = readAffixes(affPath);
    this.entries = readEntries(dicPath);
  }

  /** Every form of one entry: the word and what each of its suffix rules makes of it. */
  formsOf(entry) {
    const forms = [entry.word];
    for (const flag of [...entry.flags]) {
      for (const rule of this.rules.get(flag) || []) {
        if (!entry.word.endsWith(rule.strip) || !rule.condition.test(entry.word)) continue;
        forms.push(entry.word.slice(0, entry.word.length - rule.strip.length) + rule.add);
      }
    }
    return forms;
  }

  /** The entries that generate this word (compared in lower case), with their forms. */
  analyse(word) {
    const wanted = word.toLowerCase().replace(/['’ʼ]/g, "'");
    const found = [];
    for (const entry of this.entries.get(prefixKey(word)) || []) {
      const forms = this.formsOf(entry);
      if (forms.some(form => form.toLowerCase().replace(/['’ʼ]/g, "'") === wanted)) found.push({ lemma: entry.word, forms });
    }
    return found;
  }
}

module.exports = { Dictionary };
