// @ts-check
// After the app has closed: search every file under the test HOME (vault, WebView data and
// caches, anything else the app or WebKit wrote) for the canary strings, as UTF-8 and UTF-16LE.

import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {{ label: string, value: string }} Needle
 * @typedef {{ file: string, needle: string, encoding: string, offset: number }} Hit
 */

const CHUNK = 8 * 1024 * 1024;

/**
 * @param {string} root
 * @param {Needle[]} needles
 * @returns {Promise<{ files: number, bytes: number, hits: Hit[], dirs: string[] }>}
 */
export async function scanForCanaries(root, needles) {
  const patterns = needles.flatMap((n) => [
    { label: n.label, encoding: 'utf-8', bytes: Buffer.from(n.value, 'utf8') },
    { label: n.label, encoding: 'utf-16le', bytes: Buffer.from(n.value, 'utf16le') },
  ]);
  const longest = Math.max(...patterns.map((p) => p.bytes.length));
  /** @type {Hit[]} */
  const hits = [];
  /** @type {string[]} */
  const dirs = [];
  let files = 0;
  let bytes = 0;

  /** @param {string} dir */
  async function walk(dir) {
    dirs.push(dir);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const info = await lstat(path);
      if (info.isSymbolicLink()) continue;
      if (info.isDirectory()) await walk(path);
      else if (info.isFile()) {
        files += 1;
        bytes += await scanFile(path);
      }
    }
  }

  /** @param {string} path */
  async function scanFile(path) {
    const handle = await open(path, 'r');
    try {
      let position = 0;
      let carry = Buffer.alloc(0);
      for (;;) {
        const chunk = Buffer.alloc(CHUNK);
        const { bytesRead } = await handle.read(chunk, 0, CHUNK, position);
        if (bytesRead === 0) break;
        const window = Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
        const base = position - carry.length;
        for (const p of patterns) {
          let at = window.indexOf(p.bytes);
          while (at !== -1) {
            // Matches that lie entirely inside the carried-over tail were counted last round.
            if (at + p.bytes.length > carry.length) {
              hits.push({ file: path, needle: p.label, encoding: p.encoding, offset: base + at });
            }
            at = window.indexOf(p.bytes, at + 1);
          }
        }
        position += bytesRead;
        carry = window.subarray(Math.max(0, window.length - (longest - 1)));
      }
      return position;
    } finally {
      await handle.close();
    }
  }

  await walk(root);
  return { files, bytes, hits, dirs };
}
