'use strict';
// Writes data/sources/forms.tsv: the inflected forms of every Russian and Ukrainian name and title in the source
// registry (data/sources/*.json), so that the registry matches "Міністерству оборони України", "Захаровой" or
// "министра обороны России" by morphology rather than by a stem rule. People's names are declined by petrovich
// (Russian) and shevchenko (Ukrainian) for the entry's gender; other words by the Hunspell dictionaries (Debian
// hunspell-ru and hunspell-uk), whose suffix rules list every form of a dictionary word.
//
// Usage (from this folder): npm ci && node generate.js [../../data/sources] [/usr/share/hunspell]
const fs = require('fs');
const path = require('path');
const petrovich = require('petrovich');
const shevchenko = require('shevchenko');
const { Dictionary } = require('./hunspell');

const sourcesDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'data', 'sources'));
const hunspellDir = process.argv[3] || '/usr/share/hunspell';
const dictionaries = {
  ru: new Dictionary(path.join(hunspellDir, 'ru_RU.aff'), path.join(hunspellDir, 'ru_RU.dic')),
  uk: new Dictionary(path.join(hunspellDir, 'uk_UA.aff'), path.join(hunspellDir, 'uk_UA.dic')),
};

// --- words as the registry reads them (SourceRegistry's NameForms: TextTokens.Words less ordinal endings) ---

const APOSTROPHES = /['’ʼ`]/g;

/** A word as the registry compares it: lower case, ё as е, one apostrophe. */
function fold(word) { return word.toLowerCase().replace(/ё/g, 'е').replace(APOSTROPHES, "'"); }

/**
 * The words of a name with their offsets, as TextTokens.Words finds them (letters and digits, inner apostrophes),
 * less the ending of an ordinal number ("93-я", "93-ї"), which the registry skips. Each word says whether it stands
 * inside quotation marks and where its whitespace-separated chunk ends.
 */
function words(text) {
  const found = [];
  let quoted = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ('«“„'.includes(c)) { quoted++; i++; continue; }
    if ('»”'.includes(c)) { quoted = Math.max(0, quoted - 1); i++; continue; }
    if (c === '"') { quoted = quoted > 0 ? quoted - 1 : 1; i++; continue; }
    if (!isWordChar(c)) { i++; continue; }
    const start = i;
    while (i < text.length && (isWordChar(text[i]) || (/['’ʼ]/.test(text[i]) && i + 1 < text.length && /\p{L}/u.test(text[i + 1])))) i++;
    const word = text.slice(start, i);
    const previous = found[found.length - 1];
    if (previous && /^\p{Nd}+$/u.test(previous.text) && text[start - 1] === '-' && previous.end === start - 1 && /^\p{L}{1,3}$/u.test(word)) {
      continue;
    }
    found.push({ text: word, start, end: i, quoted: quoted > 0, joinedToNext: text[i] === '-' && i + 1 < text.length && isWordChar(text[i + 1]) });
  }
  return found;
}

function isWordChar(c) { return /[\p{L}\p{Nd}]/u.test(c); }
function isCyrillic(word) { return /[\u0400-\u04FF]/.test(word); }
/** An abbreviation or a brand written with capitals inside ("ЗСУ", "ОШБр", "БелТА", "ВорГонзо"), which does not decline. */
function isAbbreviation(word) { return (word.match(/\p{Lu}/gu) || []).length >= 2; }

/** The languages a Cyrillic name may be in, from the letters only one of them has. */
function languagesOf(text) {
  const ukrainian = /[іїєґІЇЄҐ'’ʼ]/.test(text);
  const russian = /[ыэъёЫЭЪЁ]/.test(text);
  if (ukrainian && !russian) return ['uk'];
  if (russian && !ukrainian) return ['ru'];
  return ['ru', 'uk'];
}

// --- people's names ---

const PETROVICH_CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
const SHEVCHENKO_CASES = ['inGenitive', 'inDative', 'inAccusative', 'inAblative', 'inLocative', 'inVocative'];
const PATRONYMIC = /(ович|евич|євич|ич|овна|евна|івна|ївна|ична|инична)$/u;

/** What each word of a person's name is: the last a family name, one ending like a patronymic a patronymic, the rest given names. */
function nameParts(nameWords) {
  return nameWords.map((word, i) => {
    if (i === nameWords.length - 1) return 'family';
    if (i > 0 && PATRONYMIC.test(word.text)) return 'patronymic';
    return 'given';
  });
}

async function personForms(alias, gender) {
  const nameWords = words(alias);
  if (nameWords.length === 0 || nameWords.some(w => !isCyrillic(w.text) || w.quoted) || nameWords.length > 4) return null;
  const parts = nameParts(nameWords);
  const columns = nameWords.map(() => new Set());
  const languages = languagesOf(alias);
  if (languages.includes('ru')) {
    for (const grammaticalCase of PETROVICH_CASES) {
      nameWords.forEach((word, i) => {
        const person = { gender: gender === 'f' ? 'female' : 'male', [{ family: 'last', given: 'first', patronymic: 'middle' }[parts[i]]]: word.text };
        const declined = petrovich(person, grammaticalCase);
        add(columns[i], declined.last || declined.first || declined.middle, word);
      });
    }
  }
  if (languages.includes('uk')) {
    for (const grammaticalCase of SHEVCHENKO_CASES) {
      for (const [i, word] of nameWords.entries()) {
        const key = { family: 'familyName', given: 'givenName', patronymic: 'patronymicName' }[parts[i]];
        const declined = await shevchenko[grammaticalCase]({ gender: gender === 'f' ? 'feminine' : 'masculine', [key]: word.text });
        add(columns[i], declined[key], word);
      }
    }
  }
  // Given names also take the forms the dictionary lists for them (shevchenko declines "Назар" as a soft stem).
  nameWords.forEach((word, i) => {
    if (parts[i] !== 'given') return;
    for (const language of languages) {
      for (const analysis of dictionaries[language].analyse(word.text)) {
        if (analysis.lemma === word.text) analysis.forms.forEach(form => add(columns[i], form, word));
      }
    }
  });
  return columns.map((forms, i) => [...forms].filter(form => form !== fold(nameWords[i].text)).sort());
}

/** Adds a declined form when it is one word as the registry reads it (a declined hyphenated name is left out). */
function add(set, form, word) {
  if (!form) return;
  const formWords = words(form);
  if (formWords.length === 1 && formWords[0].text.length > 0 && !word.joinedToNext) set.add(fold(formWords[0].text));
}

// --- other names and titles: the head noun and the adjectives before it decline, the rest stays ---

const ADJECTIVE_ENDINGS = {
  ru: {
    lemma: /(ый|ий|ой)$/u,
    classes: [
      { nominative: /(ая|яя)$/u, forms: /(ая|яя|ой|ей|ую|юю|ою|ею)$/u },
      { nominative: /(ое|ее)$/u, forms: /(ое|ее|ого|его|ому|ему|ым|им|ом|ем)$/u },
      { nominative: /(ые|ие)$/u, forms: /(ые|ие|ых|их|ым|им|ыми|ими)$/u },
      { nominative: /(ый|ий|ой)$/u, forms: /(ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем)$/u },
    ],
  },
  uk: {
    lemma: /(ий|ій)$/u,
    classes: [
      { nominative: /(а|я)$/u, forms: /(а|я|ої|єї|ій|у|ю|ою|єю)$/u },
      { nominative: /(е|є)$/u, forms: /(е|є|ого|ього|ому|ьому|им|ім)$/u },
      { nominative: /(і|ї)$/u, forms: /(і|ї|их|їх|им|їм|ими|їми)$/u },
      { nominative: /(ий|ій)$/u, forms: /(ий|ій|ого|ього|ому|ьому|им|ім)$/u },
    ],
  },
};

/** The analyses of a word in the name's languages: its dictionary entries, marked adjective or not. */
function analyse(word, languages) {
  const found = [];
  for (const language of languages) {
    for (const analysis of dictionaries[language].analyse(word)) {
      found.push({ ...analysis, language, adjective: ADJECTIVE_ENDINGS[language].lemma.test(analysis.lemma) });
    }
  }
  return found;
}

/** The forms of an adjective that agree in gender and number with how the name writes it. */
function agreeingForms(word, analysis) {
  const endings = ADJECTIVE_ENDINGS[analysis.language].classes.find(c => c.nominative.test(fold(word)));
  return analysis.forms.map(fold).filter(form => endings && endings.forms.test(form));
}

/**
 * One column per word: the word's other forms, '=' for a word that stays as written (after the head noun, in
 * quotation marks, an abbreviation, a number) or '~' for a head word the dictionaries do not know, which the
 * registry then matches by its stem rule.
 */
function phraseForms(text) {
  const nameWords = words(text);
  if (nameWords.length === 0 || !nameWords.some(w => isCyrillic(w.text))) return null;
  const languages = languagesOf(text);
  const columns = [];
  let inHead = true;
  for (const [i, word] of nameWords.entries()) {
    const partOfCompound = word.joinedToNext;
    if (!inHead || word.quoted || !isCyrillic(word.text) || isAbbreviation(word.text) || /\p{Nd}/u.test(word.text) || partOfCompound) {
      columns.push('=');
      if (isAbbreviation(word.text) || (word.quoted && i > 0)) inHead = false;
      continue;
    }
    const analyses = analyse(word.text, languages);
    if (analyses.length === 0) {
      columns.push('~');
      inHead = false;
      continue;
    }
    const adjectives = analyses.filter(a => a.adjective);
    const nouns = analyses.filter(a => !a.adjective);
    // A word that may be an adjective declines with the noun after it ("Головне управління").
    const isAdjective = adjectives.length > 0 && i < nameWords.length - 1;
    const forms = new Set(isAdjective
      ? adjectives.flatMap(a => agreeingForms(word.text, a))
      : (nouns.length > 0 ? nouns : adjectives).flatMap(a => a.adjective ? agreeingForms(word.text, a) : a.forms.map(fold)));
    forms.delete(fold(word.text));
    columns.push([...forms].sort());
    if (!isAdjective) inHead = false;
  }
  return columns;
}

// --- the registry ---

function readRegistry(dir) {
  return fs.readdirSync(dir)
    .filter(file => file.endsWith('.json'))
    .sort()
    .flatMap(file => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
}

function column(forms) { return Array.isArray(forms) ? (forms.length > 0 ? forms.join(',') : '=') : forms; }

async function main() {
  const entries = readRegistry(sourcesDir);
  const lines = new Map();
  for (const entry of entries) {
    const gender = entry.gender || '-';
    for (const alias of new Set([entry.name, ...(entry.aliases || [])])) {
      const key = `${alias}\t${gender}`;
      if (lines.has(key)) continue;
      const forms = gender === '-' ? phraseForms(alias) : await personForms(alias, gender);
      if (forms) lines.set(key, forms);
    }
    for (const title of entry.titles || []) {
      for (const language of ['ru', 'uk']) {
        for (const text of title[language] || []) {
          const key = `${text}\t-`;
          if (!lines.has(key)) {
            const forms = phraseForms(text);
            if (forms) lines.set(key, forms);
          }
        }
      }
    }
  }
  const header = [
    '# Inflected forms of the registry\'s Russian and Ukrainian names and titles. Generated: do not edit.',
    '# Remake with `npm ci && node generate.js` in tools/NameForms (see its README).',
    '# name<TAB>gender (m, f, - for a name that is not a person\'s)<TAB>one column per word: its other forms,',
    '# "=" the word only as written, "~" a word no dictionary knows (matched by the stem rule)',
  ];
  const body = [...lines.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, forms]) => `${key}\t${forms.map(column).join('\t')}`);
  fs.writeFileSync(path.join(sourcesDir, 'forms.tsv'), [...header, ...body].join('\n') + '\n');
  console.log(`${body.length} names and titles, ${entries.length} entries → ${path.join(sourcesDir, 'forms.tsv')}`);
}

main().catch(error => { console.error(error); process.exit(1); });
