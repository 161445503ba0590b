import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function loadCart(baseDir, cartId) {
  const text = await readFile(join(baseDir, `${cartId}.json`), 'utf8');
  return JSON.parse(text);
}

export async function addToCart(baseDir, cartId, item) {
  const cart = await loadCart(baseDir, cartId);
  cart.items.push(item);
  await writeFile(join(baseDir, `${cartId}.json`), JSON.stringify(cart));
  return cart;
}
