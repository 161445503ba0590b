const DEFAULT_CURRENCY = 'EUR';
const MINOR_UNITS = { EUR: 2, USD: 2, JPY: 0 };

function minorUnits(currency) {
  const units = MINOR_UNITS[currency];
  if (units === undefined) throw new RangeError(`unknown currency ${currency}`);
  return units;
}

function toMinor(amount, currency = DEFAULT_CURRENCY) {
  return Math.round(amount * 10 ** minorUnits(currency));
}

function fromMinor(minor, currency = DEFAULT_CURRENCY) {
  return minor / 10 ** minorUnits(currency);
}

function formatMoney(minor, currency = DEFAULT_CURRENCY) {
  const value = fromMinor(minor, currency).toFixed(minorUnits(currency));
  return `${value} ${currency}`;
}

function sumMoney(amounts, currency = DEFAULT_CURRENCY) {
  return amounts.reduce((total, amount) => total + toMinor(amount, currency), 0);
}

function splitEvenly(minor, parts) {
  if (parts <= 0) throw new RangeError('parts must be positive');
  const share = Math.floor(minor / parts);
  const remainder = minor - share * parts;
  return Array.from({ length: parts }, (_, index) => share + (index < remainder ? 1 : 0));
}

module.exports = { toMinor, fromMinor, formatMoney, sumMoney, splitEvenly };
