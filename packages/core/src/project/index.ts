export { initProject, type InitOptions, type InitResult, type InitAction } from './init-project.js';
export { readAsset, corePackageRoot } from './assets.js';
