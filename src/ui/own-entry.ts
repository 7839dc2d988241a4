/**
 * The entry of `table` that `key` names, from the table's own entries only. A stored or typed
 * word can be anything, and `table[key]` would hand out what every object inherits for
 * "constructor", "valueOf" or "__proto__": a function where a drawing or a message was meant.
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
