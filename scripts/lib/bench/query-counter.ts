/**
 * A counting TCP relay between the benchmarked server and MariaDB, for `BENCH_COUNT_QUERIES=1`:
 * it forwards bytes unchanged and counts the statements the server sends (MySQL protocol
 * commands COM_QUERY and COM_STMT_EXECUTE, i.e. every query, BEGIN and COMMIT), so a route's
 * database statements per request are exact even when other clients use the same database
 * server. Run as its own process (`tsx scripts/lib/bench/query-counter.ts <listenPort>
 * <dbHost> <dbPort> <statsPort>`) so the relay never competes with the load generator's event
 * loop; GET http://127.0.0.1:<statsPort>/ answers {"statements": n}.
 */
import http from "node:http";
import net from "node:net";

const COM_QUERY = 0x03;
const COM_STMT_EXECUTE = 0x17;

/**
 * Counts command packets in a client-to-server byte stream. A packet is a 3-byte little-endian
 * length, a sequence id and the payload; a command starts a new exchange (sequence id 0) and
 * its first payload byte names it. Returns a function to feed chunks to; it yields how many
 * statements the chunk completed.
 */
export function statementCounter(): (chunk: Buffer) => number {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let statements = 0;
    while (pending.length >= 4) {
      const length = pending[0]! | (pending[1]! << 8) | (pending[2]! << 16);
      if (pending.length < 4 + length) break;
      if (pending[3] === 0 && length > 0 && (pending[4] === COM_QUERY || pending[4] === COM_STMT_EXECUTE)) statements++;
      pending = pending.subarray(4 + length);
    }
    return statements;
  };
}

function main(listenPort: number, dbHost: string, dbPort: number, statsPort: number) {
  let statements = 0;
  net
    .createServer((client) => {
      const server = net.connect(dbPort, dbHost);
      const count = statementCounter();
      client.on("data", (chunk: Buffer) => {
        statements += count(chunk);
        server.write(chunk);
      });
      server.pipe(client);
      const close = () => {
        client.destroy();
        server.destroy();
      };
      client.on("error", close).on("close", close);
      server.on("error", close).on("close", close);
    })
    .listen(listenPort, "127.0.0.1");
  http
    .createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ statements }));
    })
    .listen(statsPort, "127.0.0.1");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [listenPort, dbHost, dbPort, statsPort] = process.argv.slice(2);
  main(Number(listenPort), dbHost!, Number(dbPort), Number(statsPort));
}
