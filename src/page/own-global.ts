// Values our scripts share inside the page's isolated world (the content script and the page
// tools it asks for). Read as OWN properties of the global only: a page element with a matching
// id or name (`<div id="__zjolPageTools">`) shows through named access on window even in the
// isolated world, and must never be taken for ours (DOM clobbering, test/hostile/spoofing.ts).
export function ownGlobal<T>(key: string): T | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
  return descriptor && 'value' in descriptor ? (descriptor.value as T) : undefined;
}

/** Sets it once; later calls keep the first value. */
export function defineOwnGlobal<T>(key: string, value: T): T {
  const existing = ownGlobal<T>(key);
  if (existing !== undefined) return existing;
  Object.defineProperty(globalThis, key, { value, configurable: false, enumerable: false, writable: false });
  return value;
}
