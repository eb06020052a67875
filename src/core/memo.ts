// Remembers a pure function's answers per string key; cleared when full, so memory stays bounded.
export function memoByString<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= max) known.clear();
      value = fn(key);
      known.set(key, value);
    }
    return value;
  };
}
