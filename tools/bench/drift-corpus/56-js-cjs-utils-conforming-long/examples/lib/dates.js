const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(date, days) {
  return new Date(date.getTime() + days * DAY_MS);
}

function daysBetween(start, end) {
  if (end < start) throw new RangeError('end before start');
  return Math.round((end - start) / DAY_MS);
}

module.exports = { addDays, daysBetween };
