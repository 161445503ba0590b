import { HttpError } from './http-error.js';

export function geocode(http, address) {
  return http
    .get(`/geocode?q=${encodeURIComponent(address)}`)
    .then((response) => {
      if (response.status !== 200) throw new HttpError(response.status, 'geocoding unavailable');
      const [first] = response.data.results;
      if (!first) throw new HttpError(404, `no match for ${address}`);
      return { lat: first.lat, lon: first.lon };
    });
}

export function reverseGeocode(http, lat, lon) {
  return http.get(`/reverse?lat=${lat}&lon=${lon}`).then((response) => response.data.address);
}

export function distanceBetween(http, from, to) {
  return Promise.all([geocode(http, from), geocode(http, to)]).then(([a, b]) => haversine(a, b));
}

function haversine(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
