import type { ProductRepository } from './product-repository.js';
import type { Logger } from './logger.js';

export interface Product {
  id: string;
  title: string;
  priceCents: number;
}

export class ProductService {
  constructor(
    private readonly products: ProductRepository,
    private readonly logger: Logger,
  ) {}

  async getProduct(productId: string): Promise<Product | null> {
    const product = await this.products.findById(productId);
    if (!product) return null;
    return product;
  }

  async changePrice(productId: string, priceCents: number): Promise<Product | null> {
    if (priceCents < 0) return null;
    const product = await this.getProduct(productId);
    if (!product) return null;
    const updated = { ...product, priceCents };
    try {
      await this.products.save(updated);
    } catch (error) {
      this.logger.error('save failed', { productId, error });
      return null;
    }
    return updated;
  }

  async removeProduct(productId: string): Promise<boolean | null> {
    try {
      await this.products.remove(productId);
      return true;
    } catch {
      return null;
    }
  }
}
