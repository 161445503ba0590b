'use strict';
const fs = require('fs/promises');
const path = require('path');

async function loadProfile(baseDir, profileId) {
  const text = await fs.readFile(path.join(baseDir, profileId + '.json'), 'utf8');
  return JSON.parse(text);
}

async function saveProfile(baseDir, profile) {
  await fs.writeFile(path.join(baseDir, profile.id + '.json'), JSON.stringify(profile));
  return profile;
}

async function renameProfile(baseDir, profileId, name) {
  const profile = await loadProfile(baseDir, profileId);
  return saveProfile(baseDir, Object.assign({}, profile, { name: name }));
}

module.exports = { loadProfile, saveProfile, renameProfile };
