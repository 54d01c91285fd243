import * as crypto from "node:crypto";

/**
 * The digest of `data` in one call. A build hashes tens of thousands of page records and files;
 * `crypto.hash` (Node 20.12 and later) skips the Hash object `createHash` makes for each, about
 * twice as fast per call for records of a few kilobytes. Older Node takes the long way. The bytes
 * hashed, and so the digest, are the same either way.
 */
export const oneShotHash: (
  algorithm: "sha1" | "sha256",
  data: string | Buffer,
  encoding: "hex" | "base64url",
) => string =
  typeof crypto.hash === "function"
    ? (algorithm, data, encoding) => crypto.hash(algorithm, data, encoding)
    : (algorithm, data, encoding) => crypto.createHash(algorithm).update(data).digest(encoding);
