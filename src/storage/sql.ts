/**
 * Small helpers shared by the repositories: chunking under D1's bound-parameter limit, JSON
 * columns, batching.
 */

/** D1 accepts at most 100 bound parameters per statement; IN lists are chunked under it. */
export const MAX_PARAMS = 90;

/**
 * Splits a list into chunks of at most `size` items.
 *
 * @example
 * chunk([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * `?, ?, ?` for an IN list of `n` parameters.
 *
 * @example
 * placeholders(3) // "?, ?, ?"
 */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/**
 * Parses a JSON column, returning `fallback` when the column is NULL.
 *
 * @example
 * parseJson<string[]>('["a"]', []) // ["a"]
 */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === "") return fallback;
  return JSON.parse(text) as T;
}

/**
 * Runs prepared statements with `DB.batch` (one implicit transaction per batch), in groups so
 * one huge page never exceeds what a single batch should carry.
 *
 * @example
 * await runBatches(env.DB, statements);
 */
export async function runBatches(
  db: D1Database,
  statements: D1PreparedStatement[],
  size = 200,
): Promise<number> {
  let rowsWritten = 0;
  for (const group of chunk(statements, size)) {
    if (group.length === 0) continue;
    const results = await db.batch(group);
    for (const r of results) rowsWritten += r.meta?.rows_written ?? 0;
  }
  return rowsWritten;
}
