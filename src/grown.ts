/** A copy of `array` with room for at least `size` entries: twice as long or more, zeros after the old ones. */
export function grown(array: Int32Array, size: number): Int32Array {
  const copy = new Int32Array(Math.max(size, array.length * 2));
  copy.set(array);
  return copy;
}
