import { NotFoundError, ValidationError } from './errors.js';
import type { SubscriptionRepository } from './subscription-repository.js';
import type { BillingGateway } from './billing-gateway.js';
import type { Logger } from './logger.js';

export interface Subscription {
  id: string;
  plan: 'free' | 'pro' | 'team';
  renewsAt: string;
}

export class SubscriptionService {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly billing: BillingGateway,
    private readonly logger: Logger,
  ) {}

  async getSubscription(subscriptionId: string): Promise<Subscription> {
    const subscription = await this.subscriptions.findById(subscriptionId);
    if (!subscription) throw new NotFoundError(`subscription ${subscriptionId}`);
    return subscription;
  }

  async changePlan(subscriptionId: string, plan: Subscription['plan']): Promise<Subscription> {
    const subscription = await this.getSubscription(subscriptionId);
    if (subscription.plan === plan) throw new ValidationError(`already on ${plan}`);
    try {
      await this.billing.updatePlan(subscriptionId, plan);
    } catch (error) {
      this.logger.error('billing update failed', { subscriptionId, error });
      throw error;
    }
    const changed = { ...subscription, plan };
    await this.subscriptions.save(changed);
    return changed;
  }
}
