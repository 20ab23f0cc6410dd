// The S3 server for the cascade and provisioning tests: the real s3rver
// (npm) for everything it implements, plus what the S3 steps need that it
// does not:
//  - SigV4 verification (s3rver 3.7.1 accepts any v4 signature): every
//    request is re-signed with AWS's own signer (@smithy/signature-v4) and
//    refused with SignatureDoesNotMatch when the signatures differ;
//  - bucket policies (s3rver answers NotImplemented): PUT/GET/DELETE
//    ?policy, stored per bucket, and Deny statements enforced on object and
//    listing requests with AccessDenied, as S3 does;
//  - bucket tagging (NotImplemented too): PUT/GET/DELETE ?tagging with S3's
//    Tagging XML, stored per bucket; both go when the bucket is deleted.
// Usage: node server.js PORT DIRECTORY   (prints "ready" when listening)
'use strict';

const crypto = require('crypto');
const S3rver = require('s3rver');
const { SignatureV4 } = require('@smithy/signature-v4');
const { Sha256 } = require('@aws-crypto/sha256-js');

const [port, directory] = process.argv.slice(2);
const ACCESS_KEY = 'S3RVER'; // s3rver's built-in account
const SECRET_KEY = 'S3RVER';

function xmlError(ctx, status, code, message) {
  ctx.status = status;
  ctx.type = 'application/xml';
  ctx.body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// Returns null when the signature holds, otherwise the reason.
async function signatureProblem(ctx) {
  const auth = ctx.get('authorization');
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!match) return 'missing or malformed AWS4-HMAC-SHA256 Authorization header';
  const [, accessKey, , region, signedHeaderList, signature] = match;
  if (accessKey !== ACCESS_KEY) return 'unknown access key ' + accessKey;
  const amzDate = ctx.get('x-amz-date');
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!date) return 'missing x-amz-date';
  const signingDate = new Date(Date.UTC(date[1], date[2] - 1, date[3], date[4], date[5], date[6]));
  const signedHeaders = signedHeaderList.split(';');
  const headers = {};
  for (const name of signedHeaders) headers[name] = ctx.get(name);
  const signer = new SignatureV4({
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
  });
  const signed = await signer.sign(
    { method: ctx.method, protocol: 'http:', hostname: ctx.hostname, path: ctx.path,
      query: { ...ctx.query }, headers },
    { signingDate, signableHeaders: new Set(signedHeaders) });
  const expected = /Signature=([0-9a-f]{64})/.exec(signed.headers.authorization)[1];
  return expected === signature ? null : 'SignatureDoesNotMatch';
}

const policies = new Map(); // bucket -> policy document
const tagSets = new Map(); // bucket -> [{Key, Value}]

function parseTagging(xml) {
  if (!/^\s*(<\?xml[^>]*\?>)?\s*<Tagging[\s>][\s\S]*<TagSet>[\s\S]*<\/TagSet>[\s\S]*<\/Tagging>\s*$/.test(xml))
    return null;
  const tags = [];
  const tag = /<Tag>\s*<Key>([^<]*)<\/Key>\s*<Value>([^<]*)<\/Value>\s*<\/Tag>/g;
  for (let m; (m = tag.exec(xml));) tags.push({ Key: m[1], Value: m[2] });
  return tags;
}

async function checkedBody(ctx) {
  const body = await readBody(ctx);
  const sha = crypto.createHash('sha256').update(body).digest('hex');
  if (sha !== ctx.get('x-amz-content-sha256')) return { error: ['XAmzContentSHA256Mismatch', 'payload hash mismatch'] };
  const md5 = ctx.get('content-md5');
  if (md5 && md5 !== crypto.createHash('md5').update(body).digest('base64'))
    return { error: ['BadDigest', 'Content-MD5 mismatch'] };
  return { body };
}

function matches(pattern, value) {
  const regex = new RegExp('^' + pattern.split('*').map(s => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return regex.test(value);
}

function denied(bucket, key, method) {
  const policy = policies.get(bucket);
  if (!policy) return false;
  const action = key
    ? { GET: 's3:GetObject', HEAD: 's3:GetObject', PUT: 's3:PutObject', DELETE: 's3:DeleteObject' }[method]
    : method === 'GET' ? 's3:ListBucket' : null;
  if (!action) return false;
  const resource = 'arn:aws:s3:::' + bucket + (key ? '/' + key : '');
  const list = v => (Array.isArray(v) ? v : [v]);
  return policy.Statement.some(
    s => s.Effect === 'Deny' &&
      list(s.Action).some(a => matches(a, action)) &&
      list(s.Resource).some(r => matches(r, resource)));
}

const server = new S3rver({ port: Number(port), address: '127.0.0.1', directory, silent: true });

server.middleware.unshift(async (ctx, next) => {
  const problem = await signatureProblem(ctx);
  if (problem) return xmlError(ctx, 403, 'SignatureDoesNotMatch', problem);

  const [, bucket, ...rest] = ctx.path.split('/');
  const key = rest.join('/');
  if (bucket && !key && 'policy' in ctx.query) {
    if (!(await ctx.app.store.getBucket(bucket)))
      return xmlError(ctx, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    if (ctx.method === 'GET') {
      if (!policies.has(bucket))
        return xmlError(ctx, 404, 'NoSuchBucketPolicy', 'The bucket policy does not exist');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(policies.get(bucket));
      return;
    }
    if (ctx.method === 'DELETE') {
      policies.delete(bucket);
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'PUT') {
      const { body, error } = await checkedBody(ctx);
      if (error) return xmlError(ctx, 400, ...error);
      let policy;
      try {
        policy = JSON.parse(body.toString('utf8'));
      } catch (e) {
        return xmlError(ctx, 400, 'MalformedPolicy', 'Policies must be valid JSON');
      }
      if (!Array.isArray(policy.Statement) || policy.Statement.length === 0)
        return xmlError(ctx, 400, 'MalformedPolicy', 'Policy has no statements');
      policies.set(bucket, policy);
      ctx.status = 204;
      return;
    }
  }
  if (bucket && !key && 'tagging' in ctx.query) {
    if (!(await ctx.app.store.getBucket(bucket)))
      return xmlError(ctx, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    if (ctx.method === 'GET') {
      if (!tagSets.has(bucket))
        return xmlError(ctx, 404, 'NoSuchTagSet', 'The TagSet does not exist');
      ctx.type = 'application/xml';
      ctx.body = '<?xml version="1.0" encoding="UTF-8"?>\n<Tagging><TagSet>' +
        tagSets.get(bucket).map(t => `<Tag><Key>${t.Key}</Key><Value>${t.Value}</Value></Tag>`).join('') +
        '</TagSet></Tagging>';
      return;
    }
    if (ctx.method === 'DELETE') {
      tagSets.delete(bucket);
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'PUT') {
      if (!ctx.get('content-md5'))
        return xmlError(ctx, 400, 'InvalidRequest', 'Content-MD5 is required for PutBucketTagging');
      const { body, error } = await checkedBody(ctx);
      if (error) return xmlError(ctx, 400, ...error);
      const tags = parseTagging(body.toString('utf8'));
      if (!tags) return xmlError(ctx, 400, 'MalformedXML', 'The XML you provided was not well-formed');
      tagSets.set(bucket, tags);
      ctx.status = 204;
      return;
    }
  }
  if (bucket && Object.keys(ctx.query).length === 0 && denied(bucket, key, ctx.method))
    return xmlError(ctx, 403, 'AccessDenied', 'Access Denied');
  await next();
  // A deleted bucket takes its policy and tags with it.
  if (ctx.method === 'DELETE' && bucket && !key && Object.keys(ctx.query).length === 0 &&
      ctx.status === 204) {
    policies.delete(bucket);
    tagSets.delete(bucket);
  }
});

server.run().then(() => console.log('ready'));
