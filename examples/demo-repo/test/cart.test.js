import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addItem, cartTotal, createCart, removeItem } from '../src/cart.js';
import { findProduct, defaultCatalog } from '../src/catalog.js';

test('adds items and totals the cart', async () => {
  const catalog = defaultCatalog();
  let cart = createCart();
  cart = await addItem(cart, await findProduct(catalog, 'book'), 2);
  cart = await addItem(cart, await findProduct(catalog, 'pen'));
  assert.equal(cartTotal(cart), 3250);
});

test('removes items and refuses unknown ones', async () => {
  const cart = await addItem(createCart(), { sku: 'pen', price: 250 });
  assert.equal(cartTotal(await removeItem(cart, 'pen')), 0);
  await assert.rejects(removeItem(cart, 'book'), { name: 'NotFoundError' });
});
