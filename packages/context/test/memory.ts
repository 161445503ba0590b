import type { MemoryStore } from '@ce/state';

/** The configured memory store of a test repository (@ce/state is loaded lazily, as the library does). */
export async function memoryStore(root: string): Promise<MemoryStore> {
  const { createMemoryStore } = await import('@ce/state');
  return createMemoryStore(root);
}
