import { NotFoundError } from './errors.js';
import { Database } from './database.js';

export interface Cart {
  id: string;
  items: { sku: string; quantity: number }[];
}

const db = new Database(process.env.DATABASE_URL ?? '');
const cartCache = new Map<string, Cart>();
let lastLoadedAt = 0;

export class CartService {
  async getCart(cartId: string): Promise<Cart> {
    const cached = cartCache.get(cartId);
    if (cached) return cached;
    const rows = await db.query<Cart>('select * from carts where id = $1', [cartId]);
    if (!rows[0]) throw new NotFoundError(`cart ${cartId}`);
    cartCache.set(cartId, rows[0]);
    lastLoadedAt = Date.now();
    return rows[0];
  }

  async addItem(cartId: string, sku: string, quantity: number): Promise<Cart> {
    const cart = await this.getCart(cartId);
    const updated = { ...cart, items: [...cart.items, { sku, quantity }] };
    await db.execute('update carts set items = $2 where id = $1', [cartId, JSON.stringify(updated.items)]);
    cartCache.set(cartId, updated);
    return updated;
  }

  async clearCart(cartId: string): Promise<void> {
    await db.execute('delete from cart_items where cart_id = $1', [cartId]);
    cartCache.delete(cartId);
  }

  cacheAge(): number {
    return Date.now() - lastLoadedAt;
  }
}
