import { NotFoundError, ValidationError } from './errors.js';

/** Creates an empty cart. */
export function createCart(currency = 'EUR') {
  return { currency, items: [] };
}

/** Adds a product to a cart, returning a new cart. */
export async function addItem(cart, product, quantity = 1) {
  if (!Number.isInteger(quantity) || quantity <= 0) {
    throw new ValidationError(`quantity must be a positive integer, got ${quantity}`);
  }
  const existing = cart.items.find((item) => item.sku === product.sku);
  const items = existing
    ? cart.items.map((item) => (item.sku === product.sku ? { ...item, quantity: item.quantity + quantity } : item))
    : [...cart.items, { sku: product.sku, price: product.price, quantity }];
  return { ...cart, items };
}

/** Removes a product from a cart, returning a new cart. */
export async function removeItem(cart, sku) {
  if (!cart.items.some((item) => item.sku === sku)) {
    throw new NotFoundError(`no item ${sku} in the cart`);
  }
  return { ...cart, items: cart.items.filter((item) => item.sku !== sku) };
}

/** The total price of a cart in cents. */
export function cartTotal(cart) {
  return cart.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
}
