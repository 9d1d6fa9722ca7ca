// The HTTP floor: a bare node:http server answering every request with BENCH_BODY as JSON, in a
// process of its own as each service is, on PORT (or any free port). Prints its URL once listening.
import http from 'node:http';

const body = Buffer.from(process.env.BENCH_BODY ?? '{"status":"ok"}');
const server = http.createServer((request, response) => {
  request.resume();
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
  response.end(body);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () =>
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`),
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
