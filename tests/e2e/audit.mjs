// Runs graphql-http's GraphQL-over-HTTP server audit against a running hub.
// Usage: node audit.mjs [url]   (default: $GRAPHQL_URL or http://127.0.0.1:5000/graphql)
// Exits 1 when a MUST fails (error) or a SHOULD fails (warn); MAY failures (notice) are reported only.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5000/graphql';
const results = await auditServer({ url });

const mark = { ok: 'ok    ', notice: 'NOTICE', warn: 'WARN  ', error: 'ERROR ' };
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  console.log(`${mark[result.status]} ${result.id} ${result.name}`);
  if (result.status !== 'ok') {
    const body = await result.response.text().catch(() => '');
    console.log(`         ${result.reason}`);
    console.log(`         ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body.slice(0, 300)}`);
  }
}

const failed = counts.error + counts.warn;
console.log(`\ngraphql-http audit of ${url}: ${counts.ok} ok, ${counts.error} MUST failed, ${counts.warn} SHOULD failed, ${counts.notice} MAY not met`);
console.log(`audit: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
