import { describe, expect, it } from "vitest";
import { statementCounter } from "./query-counter";

/** A MySQL packet: 3-byte little-endian payload length, sequence id, payload. */
function packet(sequence: number, payload: number[]): Buffer {
  return Buffer.from([payload.length & 0xff, (payload.length >> 8) & 0xff, payload.length >> 16, sequence, ...payload]);
}
const query = (sql: string) => packet(0, [0x03, ...Buffer.from(sql)]);
const execute = packet(0, [0x17, 1, 0, 0, 0, 0, 1, 0, 0, 0]);
const prepare = packet(0, [0x16, ...Buffer.from("SELECT ?")]);
const ping = packet(0, [0x0e]);

describe("statementCounter", () => {
  it("counts COM_QUERY and COM_STMT_EXECUTE commands, not prepares, pings or handshake packets", () => {
    const count = statementCounter();
    const handshake = packet(1, [0x03, 0, 0, 0]);
    expect(count(Buffer.concat([handshake, query("BEGIN"), prepare, execute, ping, query("COMMIT")]))).toBe(3);
  });

  it("counts packets split across chunks exactly once", () => {
    const count = statementCounter();
    const stream = Buffer.concat([query("SELECT 1"), execute, query("SELECT a FROM b WHERE c = 'x'")]);
    let total = 0;
    for (let i = 0; i < stream.length; i += 3) total += count(stream.subarray(i, i + 3));
    expect(total).toBe(3);
  });

  it("reads lengths above 255 bytes", () => {
    const count = statementCounter();
    const long = query(`SELECT '${"x".repeat(70_000)}'`);
    expect(count(long.subarray(0, 40_000))).toBe(0);
    expect(count(Buffer.concat([long.subarray(40_000), execute]))).toBe(2);
  });
});
