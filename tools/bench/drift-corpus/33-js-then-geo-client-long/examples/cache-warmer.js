export function warmCache(cache, loaders) {
  return Promise.all(loaders.map((load) => load().then((value) => cache.put(load.key, value)))).then(() => cache.size());
}

export function refreshEntry(cache, key, loader) {
  return loader()
    .then((value) => cache.put(key, value))
    .catch((error) => {
      cache.evict(key);
      throw error;
    });
}
