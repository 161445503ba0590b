import { NotFoundError, ValidationError } from './errors.js';

const DISCOUNT_CODES = [
  { code: 'WELCOME10', kind: 'percent', value: 10 },
  { code: 'FIVEOFF', kind: 'fixed', value: 500 },
];

/** Looks a discount code up in a table of codes. */
export async function findDiscount(codes, code) {
  const discount = codes.find((candidate) => candidate.code === code);
  if (!discount) {
    throw new NotFoundError(`unknown discount code ${code}`);
  }
  return discount;
}

/** Applies a discount code to a cart, returning a new cart. */
export async function applyDiscount(cart, code, codes = DISCOUNT_CODES) {
  if (cart.discount) {
    throw new ValidationError(`the cart already has the code ${cart.discount.code}`);
  }
  const discount = await findDiscount(codes, code);
  return { ...cart, discount };
}

/** The total of a cart after its discount, in cents, never below zero. */
export function discountedTotal(cart, total) {
  if (!cart.discount) return total;
  const off = cart.discount.kind === 'percent' ? Math.round((total * cart.discount.value) / 100) : cart.discount.value;
  return Math.max(0, total - off);
}
