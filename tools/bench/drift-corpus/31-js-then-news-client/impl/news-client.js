import { HttpError } from './http-error.js';

export function fetchHeadlines(http, topic) {
  return http
    .get(`/headlines?topic=${encodeURIComponent(topic)}`)
    .then((response) => {
      if (response.status !== 200) throw new HttpError(response.status, 'headlines unavailable');
      return response.data.items;
    })
    .then((items) => items.map((item) => ({ title: item.title, url: item.link })));
}
