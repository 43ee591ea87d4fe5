/**
 * One value per key for the life of the process, for things costly to build and never changing once
 * built (translators over the bundled messages, Intl formats): mail runs build thousands of texts.
 */
export function memoByKey<TKey, TValue>(make: (key: TKey) => TValue): (key: TKey) => TValue {
  const made = new Map<TKey, TValue>();
  return (key) => {
    if (made.has(key)) return made.get(key) as TValue;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
