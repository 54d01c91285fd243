/**
 * Whether a parsed YAML value stays within `maxNodes` values and `maxDepth` levels once its
 * aliases are expanded. YAML aliases let a few lines stand for an exponentially large value
 * ("billion laughs"); anything that walks or serialises it (schema validation, JSON export)
 * would hang, so such input is refused before it is used. Stops counting at the first excess.
 */
export function withinYamlBounds(value: unknown, maxNodes: number, maxDepth: number): boolean {
  let nodes = 0;
  const walk = (node: unknown, depth: number): boolean => {
    if (++nodes > maxNodes || depth > maxDepth) return false;
    if (node === null || typeof node !== "object" || node instanceof Date) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    return children.every((child) => walk(child, depth + 1));
  };
  return walk(value, 0);
}
