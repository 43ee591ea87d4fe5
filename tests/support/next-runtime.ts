// Next's server installs AsyncLocalStorage as a global before it loads anything; its modules read
// it once, when loaded, to scope `cookies()` and `headers()` to a request.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
