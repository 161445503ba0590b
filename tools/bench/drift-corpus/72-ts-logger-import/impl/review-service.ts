import { NotFoundError, ValidationError } from './errors.js';
import { logger } from './logger.js';
import type { ReviewRepository } from './review-repository.js';

export class ReviewService {
  constructor(private readonly reviews: ReviewRepository) {}

  async getReview(reviewId: string) {
    const review = await this.reviews.findById(reviewId);
    if (!review) throw new NotFoundError(`review ${reviewId}`);
    return review;
  }

  async publishReview(reviewId: string) {
    const review = await this.getReview(reviewId);
    if (review.text.length < 10) throw new ValidationError('review too short');
    await this.reviews.save({ ...review, published: true });
    logger.info('review published', { reviewId });
  }
}
