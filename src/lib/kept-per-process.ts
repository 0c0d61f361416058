/**
 * A per-process store of values that are dear to build and never change for their key (Intl
 * formatters, for one): `kept(key, make)` answers the value kept for `key`, making it with
 * `make` the first time. At most `max` keys are kept; when full, all are dropped and built anew.
 */
export function keptPerProcess<T>(max = 1_000): (key: string, make: () => T) => T {
  const values = new Map<string, T>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      value = make();
      if (values.size >= max) values.clear();
      values.set(key, value);
    }
    return value;
  };
}
