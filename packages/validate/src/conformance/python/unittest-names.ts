/**
 * Names spelled after unittest's camelCase API: `assertParsesTo`, `failUnlessValid`, `setUp`,
 * `tearDownClass`, `asyncSetUp`. A snake_case house writes its own test assertions and fixtures
 * this way so they sit beside `assertEqual`; the name follows the framework it extends, not the
 * house, and is no evidence of the house's convention either way.
 */
const UNITTEST_NAME =
  /^(?:(?:assert|fail)[A-Z]\w*|(?:async)?(?:setUp|tearDown|SetUp|TearDown)(?:Class|Module|TestData)?|addCleanup|addClassCleanup)$/;

export function isUnittestApiName(name: string): boolean {
  return UNITTEST_NAME.test(name);
}
