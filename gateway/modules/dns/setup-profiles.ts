/**
 * One-click setup of a device's encrypted DNS: an Apple configuration profile (`.mobileconfig`,
 * a `com.apple.dnsSettings.managed` payload) that points iOS and macOS at the device's DoH URL.
 * Its UUIDs follow from the device id, so installing it again replaces it.
 */
import { createHash } from 'node:crypto';

export function appleProfile(dohUrl: string, deviceName: string, deviceId: string): string {
  const uuid = (what: string) => {
    const hex = createHash('sha256').update(`${what}\n${deviceId}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
  };
  const text = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>DNSSettings</key>
      <dict>
        <key>DNSProtocol</key>
        <string>HTTPS</string>
        <key>ServerURL</key>
        <string>${text(dohUrl)}</string>
      </dict>
      <key>PayloadDisplayName</key>
      <string>Redoubt DNS (${text(deviceName)})</string>
      <key>PayloadIdentifier</key>
      <string>org.redoubt.dns.${deviceId}.settings</string>
      <key>PayloadType</key>
      <string>com.apple.dnsSettings.managed</string>
      <key>PayloadUUID</key>
      <string>${uuid('settings')}</string>
      <key>PayloadVersion</key>
      <integer>1</integer>
    </dict>
  </array>
  <key>PayloadDisplayName</key>
  <string>Redoubt DNS for ${text(deviceName)}</string>
  <key>PayloadIdentifier</key>
  <string>org.redoubt.dns.${deviceId}</string>
  <key>PayloadType</key>
  <string>Configuration</string>
  <key>PayloadUUID</key>
  <string>${uuid('profile')}</string>
  <key>PayloadVersion</key>
  <integer>1</integer>
</dict>
</plist>
`;
}
