/**
 * A small RFC 4180 reader and writer. Fields are separated by commas, records by CRLF (LF
 * and a lone CR are accepted on input); a field holding a comma, a quote, CR or LF is quoted
 * and its quotes doubled. A UTF-8 byte order mark at the start is ignored. Every record
 * knows the 1-based line of the file it starts on, so reports can point at it even when
 * quoted fields span lines.
 */

export type TCsvRecord = { line: number; fields: string[] };

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/**
 * Parses CSV text into records. Throws CsvSyntaxError (with the line) on a quote that is
 * never closed or text after a closing quote, since neither can be read unambiguously.
 */
export function parseCsv(input: string): TCsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: TCsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    fields.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && !fieldStarted && field === "") {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError("A quoted field is never closed", quoteLine);
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n" || (q === "\r" && text[i + 1] !== "\n")) line++;
        field += q;
        i++;
      }
      fieldStarted = true;
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvSyntaxError("Text after a closing quote: double the quotes inside a quoted field", line);
      }
      continue;
    }
    if (c === ",") {
      endField();
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') throw new CsvSyntaxError("A quote inside an unquoted field: quote the whole field and double its quotes", line);
    field += c;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || field !== "" || fields.length) endRecord();
  return records;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when it must be (commas, quotes, line breaks). Cells are never prefixed. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its CRLF terminator. */
export function csvRow(values: string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
