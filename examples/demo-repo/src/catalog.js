import { NotFoundError } from './errors.js';

const DEFAULT_PRODUCTS = [
  { sku: 'book', price: 1500 },
  { sku: 'pen', price: 250 },
];

/** Looks a product up in a catalog. */
export async function findProduct(catalog, sku) {
  const product = catalog.find((candidate) => candidate.sku === sku);
  if (!product) {
    throw new NotFoundError(`unknown product ${sku}`);
  }
  return product;
}

/** The catalog the shop starts with. */
export function defaultCatalog() {
  return DEFAULT_PRODUCTS.map((product) => ({ ...product }));
}
