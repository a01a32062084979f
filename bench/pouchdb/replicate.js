// PouchDB reference of bench/sync_bench (DESIGN.md §5: push and pull of 10,000 records over HTTPS on loopback each
// take no longer than PouchDB's replication of 10,000 documents, memory adapter behind express-pouchdb over plain
// HTTP, its fastest configuration, on the same machine in the same run).
//
// Starts express-pouchdb on 127.0.0.1 (--adapter memory or leveldb, for the server's and the local databases; HTTPS
// with the given certificate unless --http), writes --count documents into a local PouchDB (not timed), times the
// push replication local -> server, then the pull replication server -> a fresh local PouchDB, and prints one JSON
// object. Each document is one SiteSafe "record": the hazard row and its "created" event, with the field values
// of --template (a hazard and its event as the sync server sends them), so field sizes match the C++ side.
// Bytes on the wire are the server's TCP sockets' bytesRead + bytesWritten (TLS records included) per phase.
//
//   NODE_PATH=build/bench-pouchdb/node_modules NODE_EXTRA_CA_CERTS=ca.pem node bench/pouchdb/replicate.js \
//     --cert server.pem --key server.key --template t.json [--count 10000] [--adapter memory|leveldb] [--http]
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');

function parseArgs(argv) {
    const args = { count: 10000, batchSize: 100, http: false, adapter: 'leveldb' };
    for (let i = 2; i < argv.length; ++i) {
        const a = argv[i];
        if (a === '--cert') args.cert = argv[++i];
        else if (a === '--key') args.key = argv[++i];
        else if (a === '--template') args.template = argv[++i];
        else if (a === '--count') args.count = Number(argv[++i]);
        else if (a === '--batch-size') args.batchSize = Number(argv[++i]);
        else if (a === '--http') args.http = true;
        else if (a === '--adapter') args.adapter = argv[++i];
        else throw new Error('unknown argument ' + a);
    }
    if (args.adapter !== 'memory' && args.adapter !== 'leveldb') throw new Error('--adapter memory|leveldb');
    return args;
}

// Bytes read and written so far on every TCP connection the server accepted (closed ones included).
function wireCounter(server) {
    const live = new Set();
    let closed = 0;
    server.on('connection', (socket) => {
        live.add(socket);
        socket.on('close', () => {
            closed += socket.bytesRead + socket.bytesWritten;
            live.delete(socket);
        });
    });
    return () => {
        let total = closed;
        for (const socket of live) total += socket.bytesRead + socket.bytesWritten;
        return total;
    };
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
    if (args.adapter === 'memory') PouchDB.plugin(require('pouchdb-adapter-memory'));
    const expressPouchDB = require('express-pouchdb');
    const template = JSON.parse(fs.readFileSync(args.template, 'utf8'));
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ss-pouchdb-'));
    fs.mkdirSync(path.join(work, 'server'));
    fs.mkdirSync(path.join(work, 'client'));
    // The adapter goes on these two only: a PouchDB given a URL (the replication target) stays an HTTP client.
    const ServerPouch = PouchDB.defaults({ adapter: args.adapter, prefix: path.join(work, 'server') + path.sep });
    const ClientPouch = PouchDB.defaults({ adapter: args.adapter, prefix: path.join(work, 'client') + path.sep });
    const app = expressPouchDB(ServerPouch,
        { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: path.join(work, 'log.txt') });
    const server = args.http
        ? http.createServer(app)
        : https.createServer({ cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key) }, app);
    const wireBytes = wireCounter(server);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = (args.http ? 'http' : 'https') + '://127.0.0.1:' + server.address().port;
    const result = { adapter: args.adapter, tls: !args.http, docs: args.count, batch_size: args.batchSize,
        pouchdb: require('pouchdb-node/package.json').version,
        express_pouchdb: require('express-pouchdb/package.json').version, node: process.version };
    try {
        const local = new ClientPouch('local');
        result.local_adapter = local.adapter;
        let t = process.hrtime.bigint();
        for (let start = 0; start < args.count; start += 1000) {
            const docs = [];
            for (let i = start; i < Math.min(args.count, start + 1000); ++i) {
                const id = newId();
                const description = counterText(template.hazard.description || '', i);
                const hazard = Object.assign({}, template.hazard, { id, description });
                const event = Object.assign({}, template.event, { id: newId(), hazard_id: id });
                docs.push({ _id: id, type: 'hazard', hazard, created_event: event });
            }
            await local.bulkDocs(docs);
        }
        result.create_ms = Number(process.hrtime.bigint() - t) / 1e6;

        let bytes = wireBytes();
        t = process.hrtime.bigint();
        const pushed = await PouchDB.replicate(local, base + '/bench', { batch_size: args.batchSize });
        result.push_ms = Number(process.hrtime.bigint() - t) / 1e6;
        result.pushed = pushed.docs_written;
        result.push_bytes = wireBytes() - bytes;

        const fresh = new ClientPouch('fresh');
        bytes = wireBytes();
        t = process.hrtime.bigint();
        const pulled = await PouchDB.replicate(base + '/bench', fresh, { batch_size: args.batchSize });
        result.pull_ms = Number(process.hrtime.bigint() - t) / 1e6;
        result.pulled = pulled.docs_written;
        result.pull_bytes = wireBytes() - bytes;
        result.push_bytes_per_record = result.push_bytes / args.count;
        result.pull_bytes_per_record = result.pull_bytes / args.count;
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
