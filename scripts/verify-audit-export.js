#!/usr/bin/env node
// Verifies a Tenant Admin audit export without Tenant Admin: an external
// auditor's check, written against the README's description of the chain.
//
//   node scripts/verify-audit-export.js EXPORT.jsonl|EXPORT.csv [--head SEQ:HASH]
//
// Each entry's hash is SHA-256 (hex) over the compact JSON array of its
// fields as strings: [seq, occurred_at, actor, action, tenant_id, before,
// after, reason, correlation_id, prev_hash]. The first entry links to 64
// zeros; each next one to the hash before it; seq counts from 1. --head
// names an entry the auditor saw before (from an earlier export or a
// checkpoint): the export must still contain it unchanged.
// Prints "intact: N entries, head SEQ HASH" and exits 0, or names the first
// bad entry and exits 1 (2 for a file it cannot read).
'use strict';
const crypto = require('crypto');
const fs = require('fs');

const columns = ['seq', 'occurred_at', 'actor', 'action', 'tenant_id', 'before', 'after',
                 'reason', 'correlation_id', 'prev_hash', 'hash'];

// RFC 4180: fields separated by commas, quoted when they hold a comma, a
// quote (doubled) or a line break; records end with CRLF.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; ++i; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const header = rows.shift() || [];
  if (header.join(',') !== columns.join(',')) throw new Error('unexpected CSV header');
  rows.forEach((r, i) => {
    if (r.length !== columns.length)
      throw new Error(`CSV record ${i + 1} has ${r.length} fields, not ${columns.length}`);
  });
  return rows.map((r) => Object.fromEntries(columns.map((name, i) => [name, r[i]])));
}

function parseJsonLines(text) {
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
}

function main(argv) {
  const file = argv[0];
  if (!file || file.startsWith('--')) {
    console.error('usage: verify-audit-export.js EXPORT.jsonl|EXPORT.csv [--head SEQ:HASH]');
    return 2;
  }
  const headArg = argv.indexOf('--head') >= 0 ? argv[argv.indexOf('--head') + 1] : null;
  let entries;
  try {
    const text = fs.readFileSync(file, 'utf8');
    entries = file.endsWith('.csv') ? parseCsv(text) : parseJsonLines(text);
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    return 2;
  }
  let prev = '0'.repeat(64);
  for (let i = 0; i < entries.length; ++i) {
    const e = entries[i];
    const seq = String(e.seq);
    if (seq !== String(i + 1)) return bad(`entry ${i + 1} is missing (found ${seq})`);
    if (e.prev_hash !== prev) return bad(`entry ${seq} does not link to entry ${i}`);
    const fields = columns.slice(0, 10).map((name) => (name === 'seq' ? seq : e[name]));
    const hash = crypto.createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
    if (hash !== e.hash) return bad(`entry ${seq} does not match its hash`);
    prev = e.hash;
  }
  if (headArg) {
    const [seq, hash] = String(headArg).split(':');
    if (Number(seq) > 0) {
      const seen = entries[Number(seq) - 1];
      if (!seen) return bad(`entry ${seq}, seen before, is gone: the log was cut`);
      if (seen.hash !== hash) return bad(`entry ${seq} is not the one seen before: the log was rewritten`);
    }
  }
  const last = entries.length ? entries[entries.length - 1] : { seq: 0, hash: prev };
  console.log(`intact: ${entries.length} entries, head ${last.seq} ${last.hash}`);
  return 0;
}

function bad(problem) {
  console.log(`broken: ${problem}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
