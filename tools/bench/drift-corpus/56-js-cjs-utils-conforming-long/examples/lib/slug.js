const MAX_LENGTH = 64;

function toSlug(title) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_LENGTH);
}

function uniqueSlug(title, takenSlugs) {
  const base = toSlug(title);
  let candidate = base;
  let counter = 2;
  while (takenSlugs.has(candidate)) {
    candidate = `${base}-${counter}`;
    counter += 1;
  }
  return candidate;
}

module.exports = { toSlug, uniqueSlug };
