/**
 * The known field an unknown front matter field was probably meant to be (`Title`, `tittle`,
 * `tag` -> `title`, `title`, `tags`), or undefined when it is just a field of the user's own.
 */
export function suggestField(field: string, known: Iterable<string>): string | undefined {
  const lower = field.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(lower, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  // Short names sit one edit apart by chance (`url`/`uri` is a typo, `tag`/`tax` is not a field of ours).
  const allowed = best.name.length >= 5 ? 2 : 1;
  return best.distance <= allowed && (best.distance > 0 || field !== best.name) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
