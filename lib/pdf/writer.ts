import "server-only";
import PDFDocument from "pdfkit";
import { fontData, fontFile, fontName, type FontFace, type Weight } from "./fonts";
import { piecesOf, visualOrder, wordsOf } from "./bidi";
import { faceFor, isRightToLeft } from "./script";

const MARGIN = 56;
const MUTED = "#4b5563";
const INK = "#111827";

interface TextOptions {
  size?: number;
  weight?: Weight;
  muted?: boolean;
  /** Space after, in points. */
  gap?: number;
}

/**
 * A thin layer over pdfkit for documents in any of the portal's languages:
 * each string gets the face that has its script, Persian runs right to left,
 * and on a right-to-left page everything is aligned to the right. Persian
 * paragraphs are ordered word by word (bidi.ts), so a Latin name or a number
 * inside them keeps its own direction and font.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly registered = new Set<string>();
  private readonly done: Promise<Buffer>;

  constructor(
    private readonly locale: string,
    private readonly pageRtl: boolean,
    info: { title: string; subject: string },
  ) {
    this.doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      bufferPages: true,
      // Start in an embedded face: pdfkit's default Helvetica covers neither Cyrillic nor the rest.
      font: fontFile("latin", "regular"),
      lang: locale,
      displayTitle: true,
      info: { Title: info.title, Subject: info.subject, Author: "Lotus SEZ investor portal", Creator: "Lotus SEZ investor portal" },
    });
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
  }

  text(value: string, { size = 10, weight = "regular", muted = false, gap = 2 }: TextOptions = {}): this {
    this.doc.fontSize(size).fillColor(muted ? MUTED : INK);
    if (isRightToLeft(value)) {
      this.rightToLeft(value, weight);
    } else {
      this.doc.font(this.face(faceFor(value, this.locale), weight)).text(value, MARGIN, undefined, { width: this.width(), align: this.pageRtl ? "right" : "left" });
    }
    if (gap) this.doc.moveDown(gap / size);
    return this;
  }

  /** The registered name of a face, registering it on first use (a Korean face is read only for Korean text). */
  private face(face: FontFace, weight: Weight): string {
    const name = fontName(face, weight);
    if (!this.registered.has(name)) {
      this.doc.registerFont(name, fontData(face, weight));
      this.registered.add(name);
    }
    return name;
  }

  private width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  /**
   * A paragraph in the Arabic script: wrapped here in logical order, then each
   * line drawn word by word in visual order (lib/pdf/bidi.ts), each word in the
   * face that has its script, from the right edge (or the left on an LTR page).
   */
  private rightToLeft(paragraph: string, weight: Weight): void {
    const doc = this.doc;
    const measured = wordsOf(paragraph).map((word) => {
      const pieces = piecesOf(word).map((piece) => {
        const font = this.face(piece.punctuation ? "latin" : faceFor(piece.text, this.locale), weight);
        return { ...piece, font, width: doc.font(font).widthOfString(piece.text) };
      });
      return { ...word, pieces, width: pieces.reduce((sum, piece) => sum + piece.width, 0) };
    });
    const space = doc.font(this.face("latin", weight)).widthOfString(" ");
    const lines: (typeof measured)[] = [];
    let line: typeof measured = [];
    let lineWidth = 0;
    for (const word of measured) {
      const next = lineWidth + (line.length ? space : 0) + word.width;
      if (line.length && next > this.width()) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      lineWidth += (line.length ? space : 0) + word.width;
      line.push(word);
    }
    if (line.length) lines.push(line);
    const lineHeight = doc.font(this.face("arabic", weight)).currentLineHeight(true);
    for (const current of lines) {
      if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const total = current.reduce((sum, word) => sum + word.width, 0) + space * (current.length - 1);
      let x = this.pageRtl ? MARGIN + this.width() - total : MARGIN;
      const y = doc.y;
      for (const word of visualOrder(current) as typeof current) {
        for (const piece of word.pieces) {
          doc.font(piece.font).text(piece.text, x, y, { lineBreak: false });
          x += piece.width;
        }
        x += space;
      }
      doc.x = MARGIN;
      doc.y = y + lineHeight;
    }
  }

  heading(value: string, level: 1 | 2 | 3 = 2): this {
    const size = level === 1 ? 18 : level === 2 ? 14 : 11;
    if (level === 2) this.doc.moveDown(0.6);
    return this.text(value, { size, weight: "bold", gap: level === 1 ? 6 : 4 });
  }

  /** A label and its value, each on its own line (the value may be in another script than the label). */
  field(label: string, value: string): this {
    this.text(label, { size: 8.5, muted: true, gap: 0 });
    return this.text(value, { size: 10, gap: 5 });
  }

  rule(): this {
    const y = this.doc.y + 2;
    this.doc.moveTo(MARGIN, y).lineTo(this.doc.page.width - MARGIN, y).lineWidth(0.5).strokeColor("#d1d5db").stroke();
    this.doc.y = y + 6;
    return this;
  }

  /** Writes "page n of m" on every page and returns the finished file. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
      const label = footer(index + 1, range.count);
      this.doc.y = this.doc.page.height - MARGIN / 2 - 8;
      this.text(label, { size: 8, muted: true, gap: 0 });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}
