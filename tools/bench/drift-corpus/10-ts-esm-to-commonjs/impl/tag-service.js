'use strict';
const { NotFoundError } = require('./errors');

class TagService {
  constructor(tags, logger) {
    this.tags = tags;
    this.logger = logger;
  }

  async getTag(tagId) {
    const tag = await this.tags.findById(tagId);
    if (!tag) throw new NotFoundError(`tag ${tagId}`);
    return tag;
  }

  async renameTag(tagId, label) {
    const tag = await this.getTag(tagId);
    const renamed = { ...tag, label };
    await this.tags.save(renamed);
    this.logger.info('tag renamed', { tagId });
    return renamed;
  }
}

module.exports = { TagService };
