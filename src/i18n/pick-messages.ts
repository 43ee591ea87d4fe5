export type TMessageTree = { [key: string]: string | TMessageTree };

/** Only the named messages: a namespace ("Directory") or one key of it ("Rcp.established"). */
export function pickMessages(all: TMessageTree, paths: readonly string[]): TMessageTree {
  const picked: TMessageTree = {};
  for (const path of paths) {
    const [namespace, key] = path.split(".", 2) as [string, string | undefined];
    const source = all[namespace];
    if (source === undefined || (key !== undefined && typeof source === "string")) {
      throw new Error(`No messages at "${path}"`);
    }
    if (key === undefined) {
      picked[namespace] = source;
      continue;
    }
    const value = (source as TMessageTree)[key];
    if (value === undefined) throw new Error(`No messages at "${path}"`);
    const into = (picked[namespace] ??= {}) as TMessageTree;
    into[key] = value;
  }
  return picked;
}
