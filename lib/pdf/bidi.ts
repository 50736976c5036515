// Word-level bidirectional ordering for a right-to-left paragraph (Persian with
// Latin names and numbers). Pure. pdfkit lays out each word on its own and
// fontkit reverses and shapes the glyphs of an Arabic-script word, so
// what is left to do is the order of the words: in a right-to-left line the
// words run from the right, while a stretch of left-to-right words (a Latin
// name, a number) keeps its own order inside.

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

export interface Word {
  text: string;
  rtl: boolean;
}

/** The words of a paragraph, in logical order, without invisible direction marks. */
export function wordsOf(paragraph: string): Word[] {
  return paragraph
    .replace(DIRECTION_MARKS, "")
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, rtl: ARABIC_LETTER.test(text) || !/[\p{L}\p{N}]/u.test(text) }));
}

/** One line's words in visual order, left to right, for a right-to-left paragraph. */
export function visualOrder(line: Word[]): Word[] {
  const runs: Word[][] = [];
  for (const word of line) {
    const last = runs.at(-1);
    if (last && !word.rtl && !last[0]!.rtl) last.push(word);
    else runs.push([word]);
  }
  return runs.reverse().flat();
}

const MIRROR: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<" };
const EDGE_PUNCTUATION = /^([\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]*)(.*?)([\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]*)$/su;

export interface Piece {
  text: string;
  /** ASCII punctuation at a word's edge: drawn in the Latin face (the Arabic one has no brackets). */
  punctuation: boolean;
}

/**
 * A right-to-left word as pieces drawn left to right: ASCII punctuation at its
 * edges split off, swapped to the other side and mirrored, as the
 * bidirectional algorithm shows "(شماره" with the bracket on the right.
 */
export function piecesOf(word: Word): Piece[] {
  if (!word.rtl) return [{ text: word.text, punctuation: false }];
  const [, leading = "", core = "", trailing = ""] = EDGE_PUNCTUATION.exec(word.text) ?? [];
  const mirrored = (text: string) => [...text].reverse().map((char) => MIRROR[char] ?? char).join("");
  return [
    ...(trailing ? [{ text: mirrored(trailing), punctuation: true }] : []),
    ...(core ? [{ text: core, punctuation: false }] : []),
    ...(leading ? [{ text: mirrored(leading), punctuation: true }] : []),
  ];
}
