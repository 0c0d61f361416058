import { describe, expect, it } from "vitest";
import { csvField, csvRow, CsvSyntaxError, parseCsv } from "./csv";

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe("parseCsv (RFC 4180)", () => {
  it("reads plain fields, CRLF and LF records, and a last record without a line break", () => {
    expect(fields("a,b,c\r\n1,2,3\n4,5,6")).toEqual([["a", "b", "c"], ["1", "2", "3"], ["4", "5", "6"]]);
  });

  it("reads quoted fields with commas, doubled quotes and embedded line breaks, kept exactly", () => {
    const records = parseCsv('h1,h2\r\n"a, b","say ""hi"""\r\n"line 1\r\nline 2\nline 3",x\r\n');
    expect(records.map((r) => r.fields)).toEqual([["h1", "h2"], ["a, b", 'say "hi"'], ["line 1\r\nline 2\nline 3", "x"]]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("numbers records by the file line they start on, past multi-line fields", () => {
    const records = parseCsv('h\r\n"1\n2\n3"\r\nnext\r\n\r\nlast');
    expect(records.map((r) => [r.line, r.fields])).toEqual([[1, ["h"]], [2, ["1\n2\n3"]], [5, ["next"]], [6, [""]], [7, ["last"]]]);
  });

  it("ignores a UTF-8 byte order mark and keeps other Unicode", () => {
    expect(fields("\uFEFFhandle,title\r\ncafe,Café ☕ ශ්‍රී")).toEqual([["handle", "title"], ["cafe", "Café ☕ ශ්‍රී"]]);
  });

  it("keeps empty fields, quoted empty fields and spaces", () => {
    expect(fields(',"", a ,\r\n')).toEqual([["", "", " a ", ""]]);
    expect(fields('""')).toEqual([[""]]);
    expect(fields("")).toEqual([]);
  });

  it("refuses an unclosed quote and text after a closing quote, naming the line", () => {
    expect(() => parseCsv('a\r\n"never\r\nclosed')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\r\nb\r\n"x"y');
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
    }
    expect(() => parseCsv('a,b"c')).toThrow(/quote inside an unquoted field/);
  });
});

describe("csv writer", () => {
  it("quotes only fields that need it and never prefixes cells", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=SUM(A1)")).toBe("=SUM(A1)");
    expect(csvRow(["a", "", "b,c"])).toBe('a,,"b,c"\r\n');
  });

  it("round-trips awkward values through write and parse", () => {
    const rows = [
      ["handle", "description", "x"],
      ["tea", 'Line "one"\r\nLine two,\nthree', "=1+1"],
      ["", " spaced ", "\u00e9\u0301 ☕"],
      ["cr\ronly", "", '"'],
    ];
    expect(fields(rows.map(csvRow).join(""))).toEqual(rows);
  });
});
