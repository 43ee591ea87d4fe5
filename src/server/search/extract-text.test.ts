import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { zip } from "../../../tests/support/sample-files";
import { cleanText, EXTRACTABLE_MEDIA_TYPES, ExtractionError, extractFileText } from "./extract-text";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The smallest Word file Word itself opens: content types, the package's relation, one body. */
function docx(paragraphs: string[]) {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join("");
  return zip([
    [
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    ["word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`],
  ]);
}

describe("extractFileText", () => {
  it("reads the words of a Word file", async () => {
    const text = await extractFileText(
      docx(["Déclaration finale", "La migration de main-d’œuvre &amp; le développement"]),
      EXTRACTABLE_MEDIA_TYPES.docx,
    );
    expect(text).toBe("Déclaration finale\nLa migration de main-d’œuvre & le développement");
  });

  it("reads the words of a PDF", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText("Labour migration report", {
      x: 40,
      y: 700,
      font: await pdf.embedFont(StandardFonts.Helvetica),
    });
    expect(await extractFileText(await pdf.save(), EXTRACTABLE_MEDIA_TYPES.pdf)).toBe(
      "Labour migration report",
    );
  });

  it("refuses what it cannot read as its type, as an extraction failure", async () => {
    await expect(
      extractFileText(new TextEncoder().encode("%PDF-1.7 garbage"), EXTRACTABLE_MEDIA_TYPES.pdf),
    ).rejects.toBeInstanceOf(ExtractionError);
    await expect(extractFileText(new Uint8Array([1, 2, 3]), "image/png")).rejects.toBeInstanceOf(
      ExtractionError,
    );
  });
});

describe("cleanText", () => {
  it("removes control characters (NUL, the highlight marks) and lone surrogates, and folds space", () => {
    expect(cleanText("a\u0000b\u0002c\u0003 \ud800 d\t\te \n\n  f  ")).toBe("a b c d e\nf");
  });
});
