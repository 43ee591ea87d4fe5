// Small but real files of each family an upload may be, and some that must be refused. Built in
// memory: a stored (uncompressed) ZIP for the Office and OpenDocument formats, a Compound File
// header with its directory entry for the legacy Office ones.
import { crc32 } from "node:zlib";

export function zip(entries: [name: string, content: string][]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const openXml = (folder: string, main: string) =>
  zip([
    [
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types><Override PartName="/${folder}/x.xml" ContentType="application/vnd.openxmlformats-officedocument.${main}.main+xml"/></Types>`,
    ],
    [`${folder}/x.xml`, "<x/>"],
  ]);

const openDocument = (kind: string) =>
  zip([
    ["mimetype", `application/vnd.oasis.opendocument.${kind}`],
    ["content.xml", "<office:document-content/>"],
  ]);

/** A Compound File whose directory's first entry is the given stream, as legacy Office files are. */
function compoundFile(stream: string): Uint8Array<ArrayBuffer> {
  const file = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  Buffer.from("Root Entry", "utf16le").copy(file, 512);
  Buffer.from(stream, "utf16le").copy(file, 640);
  return new Uint8Array(file);
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    Buffer.concat(
      parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))),
    ),
  );

export const PDF = bytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

/** One good file per accepted family: name, content, and the media type the server must find. */
export const GOOD_FILES: { name: string; content: Uint8Array<ArrayBuffer>; mediaType: string }[] = [
  { name: "declaration.pdf", content: PDF, mediaType: "application/pdf" },
  {
    name: "report.docx",
    content: openXml("word", "wordprocessingml.document"),
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  {
    name: "figures.xlsx",
    content: openXml("xl", "spreadsheetml.sheet"),
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  {
    name: "slides.pptx",
    content: openXml("ppt", "presentationml.presentation"),
    mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  },
  { name: "note.odt", content: openDocument("text"), mediaType: "application/vnd.oasis.opendocument.text" },
  {
    name: "table.ods",
    content: openDocument("spreadsheet"),
    mediaType: "application/vnd.oasis.opendocument.spreadsheet",
  },
  {
    name: "deck.odp",
    content: openDocument("presentation"),
    mediaType: "application/vnd.oasis.opendocument.presentation",
  },
  { name: "old.doc", content: compoundFile("WordDocument"), mediaType: "application/msword" },
  { name: "old.xls", content: compoundFile("Workbook"), mediaType: "application/vnd.ms-excel" },
  {
    name: "old.ppt",
    content: compoundFile("PowerPoint Document"),
    mediaType: "application/vnd.ms-powerpoint",
  },
  {
    name: "photo.png",
    content: bytes(
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13],
      "IHDR",
      [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
    ),
    mediaType: "image/png",
  },
  {
    name: "photo.jpg",
    content: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0]),
    mediaType: "image/jpeg",
  },
  {
    name: "photo.webp",
    content: bytes("RIFF", [26, 0, 0, 0], "WEBPVP8 ", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    mediaType: "image/webp",
  },
  { name: "anim.gif", content: bytes("GIF89a", [1, 0, 1, 0, 0, 0, 0, 0x3b]), mediaType: "image/gif" },
];

/** Files that must be refused whatever their name says. */
export const BAD_FILES: { name: string; content: Uint8Array<ArrayBuffer>; claimed: string }[] = [
  {
    name: "report.pdf",
    content: bytes("<!doctype html><script>alert(1)</script>"),
    claimed: "application/pdf",
  },
  {
    name: "report.pdf",
    content: bytes("MZ", new Array(62).fill(0), "This program cannot be run in DOS mode"),
    claimed: "application/pdf",
  },
  { name: "setup.doc", content: compoundFile("SummaryInformation"), claimed: "application/msword" },
  {
    name: "archive.docx",
    content: zip([["readme.txt", "plain zip"]]),
    claimed: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  {
    name: "image.png",
    content: bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    claimed: "image/png",
  },
];
