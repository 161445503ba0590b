import { HttpError } from './http-error.js';

export function translate(http, text, targetLanguage) {
  return http
    .post('/translate', { text, target: targetLanguage })
    .then((response) => {
      if (response.status !== 200) throw new HttpError(response.status, 'translation unavailable');
      return response.data.translation;
    })
    .catch((error) => {
      throw new HttpError(502, `translate to ${targetLanguage}: ${error.message}`);
    });
}

export function detectLanguage(http, text) {
  return http.post('/detect', { text }).then((response) => response.data.language);
}
