// PouchDB reference of bench/sync_bench (DESIGN.md §5 "push and pull of 10,000 records over HTTPS on loopback
// beats PouchDB replication of 10,000 documents to a PouchDB server on the same machine").
//
// Starts express-pouchdb (LevelDB on disk, like the SQLite files on our side) over HTTPS on 127.0.0.1 with the
// given certificate, writes --count documents into a local PouchDB (LevelDB, not timed), times the push
// replication local -> server, then the pull replication server -> a fresh local PouchDB, and prints one JSON
// object. Each document is one SiteSafe "record": the hazard row and its "created" event, with the field values
// of --template (a hazard and its event as the sync server sends them), so field sizes match the C++ side.
//
//   NODE_PATH=build/bench-pouchdb/node_modules NODE_EXTRA_CA_CERTS=ca.pem \
//     node bench/pouchdb/replicate.js --cert server.pem --key server.key --template t.json [--count 10000] [--http]
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');

function parseArgs(argv) {
    const args = { count: 10000, batchSize: 100, http: false };
    for (let i = 2; i < argv.length; ++i) {
        const a = argv[i];
        if (a === '--cert') args.cert = argv[++i];
        else if (a === '--key') args.key = argv[++i];
        else if (a === '--template') args.template = argv[++i];
        else if (a === '--count') args.count = Number(argv[++i]);
        else if (a === '--batch-size') args.batchSize = Number(argv[++i]);
        else if (a === '--http') args.http = true;
        else throw new Error('unknown argument ' + a);
    }
    return args;
}

// A UUIDv7-shaped id (36 characters, like SiteSafe ids).
function newId() {
    return crypto.randomUUID();
}

function counterText(template, i) {
    // The C++ side numbers its descriptions with five digits; keep the same length here.
    const n = String(i).padStart(5, '0');
    return /\d{5}/.test(template) ? template.replace(/\d{5}/, n) : template;
}

async function main() {
    const args = parseArgs(process.argv);
    const PouchDB = require('pouchdb-node');
    const expressPouchDB = require('express-pouchdb');
    const template = JSON.parse(fs.readFileSync(args.template, 'utf8'));
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ss-pouchdb-'));
    fs.mkdirSync(path.join(work, 'server'));
    fs.mkdirSync(path.join(work, 'client'));
    const ServerPouch = PouchDB.defaults({ prefix: path.join(work, 'server') + path.sep });
    const ClientPouch = PouchDB.defaults({ prefix: path.join(work, 'client') + path.sep });
    const app = expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: path.join(work, 'log.txt') });
    const server = args.http
        ? http.createServer(app)
        : https.createServer({ cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key) }, app);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = (args.http ? 'http' : 'https') + '://127.0.0.1:' + server.address().port;
    const result = { tls: !args.http, docs: args.count, batch_size: args.batchSize,
        pouchdb: require('pouchdb-node/package.json').version,
        express_pouchdb: require('express-pouchdb/package.json').version, node: process.version };
    try {
        const local = new ClientPouch('local');
        let t = process.hrtime.bigint();
        for (let start = 0; start < args.count; start += 1000) {
            const docs = [];
            for (let i = start; i < Math.min(args.count, start + 1000); ++i) {
                const id = newId();
                const hazard = Object.assign({}, template.hazard, { id, description: counterText(template.hazard.description || '', i) });
                const event = Object.assign({}, template.event, { id: newId(), hazard_id: id });
                docs.push({ _id: id, type: 'hazard', hazard, created_event: event });
            }
            await local.bulkDocs(docs);
        }
        result.create_ms = Number(process.hrtime.bigint() - t) / 1e6;

        t = process.hrtime.bigint();
        const pushed = await PouchDB.replicate(local, base + '/bench', { batch_size: args.batchSize });
        result.push_ms = Number(process.hrtime.bigint() - t) / 1e6;
        result.pushed = pushed.docs_written;

        const fresh = new ClientPouch('fresh');
        t = process.hrtime.bigint();
        const pulled = await PouchDB.replicate(base + '/bench', fresh, { batch_size: args.batchSize });
        result.pull_ms = Number(process.hrtime.bigint() - t) / 1e6;
        result.pulled = pulled.docs_written;
        result.fresh_doc_count = (await fresh.info()).doc_count;
        await local.close();
        await fresh.close();
    } finally {
        server.close();
        fs.rmSync(work, { recursive: true, force: true });
    }
    process.stdout.write(JSON.stringify(result) + '\n');
}

main().then(() => process.exit(0), (e) => {
    process.stderr.write((e && e.stack) || String(e));
    process.stderr.write('\n');
    process.exit(1);
});
