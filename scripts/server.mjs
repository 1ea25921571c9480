// The production server: Next.js's request handler behind a plain Node HTTP server, so that every request carries
// the client address the server trusts (the socket, or the configured proxy hop), never one the client wrote.
import { createServer } from 'node:http';
import next from 'next';
import { clientAddress, clientAddressHeader, trustedProxyHops } from '../lib/security/client-address.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const hops = trustedProxyHops();

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[clientAddressHeader] = clientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: request.headers['x-forwarded-for'],
    hops,
  });
  handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`SyncFix listening on http://localhost:${port} (trusted proxy hops: ${hops})`);
});

// Finish requests in flight, then exit, when the process manager asks.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
