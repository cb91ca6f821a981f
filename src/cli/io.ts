import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** A user error: printed without a stack trace, exit status 2. */
export class UsageError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text, refusing binary data with a clear message. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0))
    throw new UsageError(`${source} is not a text file (it contains binary data).`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${source} is not UTF-8 text.`);
  }
}

export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`File not found: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`${path} is a folder, not a file.`);
    throw new UsageError(`Cannot read ${path}: ${(e as Error).message}`);
  }
  return decodeText(bytes, path);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks), 'Standard input');
}

export const printJson = (value: unknown): void => {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
};

/** A whole number option within [min, max], or a usage error that names the option. */
export function parseCount(value: string, option: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(
      `${option} must be a whole number from ${min} to ${max.toLocaleString('en-US')}; got "${value}".`,
    );
  }
  return n;
}

/** Parses YAML (JSON is YAML too), or a usage error that names the file and the first problem. */
export function parseYamlFile(text: string, path: string): unknown {
  try {
    return parseYaml(text, { maxAliasCount: 50 });
  } catch (e) {
    throw new UsageError(
      `${path} is not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}`,
    );
  }
}
