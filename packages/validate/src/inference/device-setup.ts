/**
 * Steps that prepare a device for a mobile app's end-to-end run: the Android SDK's tools
 * (`sdkmanager --install`, `avdmanager create avd -n e2e_emulator …`, `emulator -avd …`, `adb install`)
 * and iOS simulators (`xcrun simctl boot`). They set up where the suite runs; words in their
 * arguments (`e2e_emulator`) do not make them the suite.
 */
const DEVICE_TOOL = /^["']?(?:\S*\/)?(avdmanager|sdkmanager|emulator|adb)["']?(\s|$)|^xcrun\s+simctl(\s|$)/;

export function isDeviceSetup(command: string): boolean {
  return DEVICE_TOOL.test(command.trim());
}
