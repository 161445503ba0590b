import { HttpError } from './http-error.js';

export function fetchForecast(http, city) {
  return http
    .get(`/forecast?city=${encodeURIComponent(city)}`)
    .then((response) => {
      if (response.status !== 200) throw new HttpError(response.status, 'forecast unavailable');
      return response.data;
    })
    .then((data) => data.days.map((day) => ({ date: day.date, high: day.max, low: day.min })));
}

export function fetchAlerts(http, region) {
  return http
    .get(`/alerts/${region}`)
    .then((response) => response.data.alerts)
    .catch((error) => {
      throw new HttpError(502, `alerts for ${region}: ${error.message}`);
    });
}
