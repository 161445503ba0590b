import { HttpError } from './http-error.js';

export async function fetchQuote(http, symbol) {
  const response = await http.get(`/quotes/${symbol}`);
  if (response.status !== 200) throw new HttpError(response.status, 'quote unavailable');
  return response.data;
}

export async function fetchQuotes(http, symbols) {
  const quotes = [];
  for (const symbol of symbols) {
    quotes.push(await fetchQuote(http, symbol));
  }
  return quotes;
}

export async function fetchHistory(http, symbol, days) {
  try {
    const response = await http.get(`/quotes/${symbol}/history?days=${days}`);
    return response.data.points;
  } catch (error) {
    throw new HttpError(502, `history for ${symbol}: ${error.message}`);
  }
}
