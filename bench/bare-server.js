// The baseline of the `api` benchmark: node:http and better-sqlite3 with no framework, answering
// the same page of organisations from the same database file as OpenSTI's list endpoint.
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const db = new Database(process.env.SQLITE_PATH, { readonly: true });
db.pragma('journal_mode = WAL');
const page = db.prepare('select * from organisations order by name_folded, id limit ? offset ?');
const count = db.prepare('select count(*) as n from organisations');

createServer((req, res) => {
  if (req.url === '/readyz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ready"}');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pageNumber = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
  const items = page.all(pageSize, (pageNumber - 1) * pageSize);
  const body = JSON.stringify({ items, total: count.get().n, page: pageNumber, pageSize });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
