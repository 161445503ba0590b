import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addItem, cartTotal, createCart } from '../src/cart.js';
import { applyDiscount, discountedTotal } from '../src/discounts.js';

test('applies percentage and fixed discounts, never below zero', async () => {
  const cart = await addItem(createCart(), { sku: 'book', price: 1500 }, 2);
  const percent = await applyDiscount(cart, 'WELCOME10');
  assert.equal(discountedTotal(percent, cartTotal(percent)), 2700);
  const fixed = await applyDiscount(await addItem(createCart(), { sku: 'pen', price: 250 }), 'FIVEOFF');
  assert.equal(discountedTotal(fixed, cartTotal(fixed)), 0);
});

test('refuses unknown codes and a second code', async () => {
  await assert.rejects(applyDiscount(createCart(), 'NOPE'), { name: 'NotFoundError' });
  const once = await applyDiscount(createCart(), 'FIVEOFF');
  await assert.rejects(applyDiscount(once, 'WELCOME10'), { name: 'ValidationError' });
});
