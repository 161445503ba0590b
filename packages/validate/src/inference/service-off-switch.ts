/**
 * An option that keeps a run from reporting to a hosted service (`cucumber --publish-quiet`, `--no-publish`,
 * `--no-upload`) names the service only to switch it off: the line is still the run it names, not a
 * publishing or upload step. The option is taken out before such steps are looked for.
 */
const SERVICE_OFF = /(^|\s)--(no-(publish|upload|deploy|release)|(publish|upload)-quiet)(?=[\s=]|$)(=\S*)?/g;

export function withoutServiceOffSwitches(command: string): string {
  return command.replace(SERVICE_OFF, '$1');
}
