import { NotFoundError, ValidationError } from './errors.js';
import type { CouponRepository } from './coupon-repository.js';

export interface Coupon {
  code: string;
  percentOff: number;
  usesLeft: number;
}

export class CouponService {
  constructor(private readonly coupon_repo: CouponRepository) {}

  async get_coupon(coupon_code: string): Promise<Coupon> {
    const found_coupon = await this.coupon_repo.findById(coupon_code);
    if (!found_coupon) throw new NotFoundError(`coupon ${coupon_code}`);
    return found_coupon;
  }

  async redeem_coupon(coupon_code: string): Promise<Coupon> {
    const current_coupon = await this.get_coupon(coupon_code);
    if (current_coupon.usesLeft <= 0) throw new ValidationError('coupon used up');
    const next_coupon = { ...current_coupon, usesLeft: current_coupon.usesLeft - 1 };
    await this.coupon_repo.save(next_coupon);
    return next_coupon;
  }

  async apply_discount(coupon_code: string, total_cents: number): Promise<number> {
    const valid_coupon = await this.get_coupon(coupon_code);
    const discount_cents = Math.round((total_cents * valid_coupon.percentOff) / 100);
    return total_cents - discount_cents;
  }
}
